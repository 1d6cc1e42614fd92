import { formatPercent } from '@performa/core';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import type { TreeNode } from '../../api/types.js';
import { EChart } from '../../charts/EChart.js';
import { useBands, type Band } from '../../components/bands.js';
import { toneOf } from '../../components/VerdictBadge.js';
import { useLang } from '../../i18n/lang.js';

const COLORS = { success: '#00804d', warning: '#e6a100', danger: '#cc334d', neutral: '#8c9aa8' } as const;

interface Datum {
  name: string;
  value: number;
  id: string;
  label: string;
  itemStyle: { color: string };
  children?: Datum[];
}

function toData(nodes: TreeNode[], keep: Set<string> | null, bands: readonly Band[], fmt: (s: number | null) => string): Datum[] {
  return nodes
    .filter((n) => !keep || keep.has(n.id))
    .map((n) => {
      const children = toData(n.children, keep, bands, fmt);
      return {
        name: n.id,
        id: n.id,
        label: `${n.id} ${n.name}: ${fmt(n.result.score)}${n.result.verdict ? ` (${n.result.verdict})` : ''}`,
        value: children.length ? children.reduce((s, c) => s + c.value, 0) : 1,
        itemStyle: { color: COLORS[toneOf(n.result.verdict, bands)] },
        ...(children.length ? { children } : {}),
      };
    });
}

/** The tree as a sunburst: rings are levels, colours the verdict bands; a click opens the objective. */
export function TreeChart({ roots, keep, hrefOf }: { roots: TreeNode[]; keep: Set<string> | null; hrefOf(id: string): string }) {
  const { t, lang } = useLang();
  const { bands, decimals } = useBands();
  const nav = useNavigate();
  const option = useMemo(() => {
    const data = toData(roots, keep, bands, (s) => formatPercent(s, decimals, lang));
    return {
      tooltip: { formatter: (p: { data: Datum }) => p.data.label },
      series: [
        {
          type: 'sunburst',
          data,
          radius: ['12%', '95%'],
          sort: undefined,
          emphasis: { focus: 'ancestor' },
          label: { rotate: 'radial', fontSize: 10, minAngle: 6 },
          itemStyle: { borderColor: '#fff', borderWidth: 1 },
        },
      ],
    };
  }, [roots, keep, bands, decimals, lang]);
  return (
    <EChart
      option={option}
      height={640}
      label={t('tree.chartLabel')}
      onClick={(p) => {
        const id = (p.data as Datum | undefined)?.id;
        if (id) nav(hrefOf(id));
      }}
    />
  );
}
