import { formatNumber } from '@performa/core';
import { useMemo } from 'react';
import type { IndicatorCard } from '../../api/types.js';
import { EChart } from '../../charts/EChart.js';
import { useLang } from '../../i18n/lang.js';

/** Actual vs target across periods, for numeric indicators (bars: actual, and the target of each assignment beside it). */
export function ActualVsTarget({ c }: { c: IndicatorCard }) {
  const { t, lang } = useLang();
  const numeric = c.history.some((h) => typeof h.entry.value === 'number');
  const option = useMemo(() => {
    const periods = c.history.map((h) => h.period);
    const fmt = (v: number) => formatNumber(v, 2, { fixed: false, locale: lang });
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null || v === undefined ? '–' : fmt(v)) },
      legend: { bottom: 0 },
      grid: { left: 56, right: 16, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => fmt(v) } },
      series: [
        { name: t('ind.actual'), type: 'bar', data: c.history.map((h) => (typeof h.entry.value === 'number' ? h.entry.value : null)), itemStyle: { color: '#0066cc' }, barMaxWidth: 64 },
        ...c.assignments.map((a) => ({
          name: `${t('ind.target')} ${a.objective}`,
          type: 'bar',
          barMaxWidth: 64,
          itemStyle: { color: '#b3c9e0', borderColor: '#17324d', borderWidth: 1, borderType: 'dashed' },
          data: c.history.map((h) => {
            const tg = h.scores.find((s) => s.objective === a.objective)?.target ?? a.targets[h.period];
            return tg && typeof tg.value === 'number' ? tg.value : null;
          }),
        })),
      ],
    };
  }, [c, t, lang]);
  if (!numeric) return null;
  return (
    <section className="panel" aria-labelledby="chart-title">
      <h2 id="chart-title">{t('ind.chart')}</h2>
      <EChart option={option} height={280} label={t('ind.chart')} />
    </section>
  );
}
