import { formatPercent } from '@performa/core';
import { useMemo } from 'react';
import { EChart } from '../../charts/EChart.js';
import { useBands } from '../../components/bands.js';
import { useLang } from '../../i18n/lang.js';

interface Props {
  trend: { period: string; entity: number | null; areas: Record<string, number | null> }[];
  areas: { id: string; name: string }[];
}

/** Entity and area scores across the periods of the plan, with a text table for screen readers. */
export function TrendChart({ trend, areas }: Props) {
  const { t, lang } = useLang();
  const { decimals } = useBands();
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 10000) / 100);
  const single = trend.length === 1;
  const option = useMemo(
    () => single ? {
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => (v === null ? '–' : formatPercent(v / 100, decimals, lang)) },
      grid: { left: 48, right: 16, top: 16, bottom: 32 },
      xAxis: { type: 'category', data: [t('ctx.entity'), ...areas.map((a) => a.id)] },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      series: [{ type: 'bar', barMaxWidth: 48, name: trend[0]!.period, itemStyle: { color: '#0066cc' }, label: { show: true, position: 'top', formatter: (p: { value: number }) => formatPercent(p.value / 100, decimals, lang) },
        data: [pct(trend[0]!.entity), ...areas.map((a) => pct(trend[0]!.areas[a.id]))] }],
    } : ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => (v === null ? '–' : formatPercent(v / 100, decimals, lang)) },
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 48, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: trend.map((p) => p.period) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      series: [
        { name: t('dash.entityScore'), type: 'line', data: trend.map((p) => pct(p.entity)), symbolSize: 10, lineStyle: { width: 3 } },
        ...areas.map((a) => ({ name: a.id, type: 'line', data: trend.map((p) => pct(p.areas[a.id])), symbolSize: 6 })),
      ],
    }),
    [trend, areas, t, lang, decimals, single],
  );
  return (
    <section className="panel" aria-labelledby="trend-title">
      <h2 id="trend-title">{t('dash.trend')}</h2>
      <EChart option={option} height={300} label={t('dash.trend')} />
      <details className="small mt-2">
        <summary>{t('common.tableView')}</summary>
        <table className="table table-sm table-dense">
          <thead>
            <tr>
              <th scope="col">{t('ctx.period')}</th>
              <th scope="col" className="num">{t('ctx.entity')}</th>
              {areas.map((a) => <th key={a.id} scope="col" className="num">{a.id}</th>)}
            </tr>
          </thead>
          <tbody>
            {trend.map((p) => (
              <tr key={p.period}>
                <th scope="row">{p.period}</th>
                <td className="num">{formatPercent(p.entity, decimals, lang)}</td>
                {areas.map((a) => <td key={a.id} className="num">{formatPercent(p.areas[a.id], decimals, lang)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
