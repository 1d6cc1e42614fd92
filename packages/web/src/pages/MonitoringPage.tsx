import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatNumber } from '@performa/core';
import { useApi } from '../api/hooks.js';
import type { Monitoring, MonitoringRow } from '../api/types.js';
import { Score } from '../components/Score.js';
import { QueryState } from '../components/Status.js';
import { VerdictBadge } from '../components/VerdictBadge.js';
import { useLang } from '../i18n/lang.js';
import { useHasRole } from '../layout/auth.js';
import { planPath } from '../layout/selection.js';
import { usePlan } from '../layout/usePlan.js';
import { formatDeviation, formatTarget, formatValue } from '../model/format.js';
import { NoteEditor } from './monitoring/NoteEditor.js';

const col = createColumnHelper<MonitoringRow>();

/** Monitoraggio: the OIV's table — tree with weights, targets, values, achievement, verdict, causes and actions. */
export function MonitoringPage() {
  const { t } = useLang();
  const { sel } = usePlan();
  const q = useApi('getMonitoring', { params: { entityId: sel.entityId, planId: sel.planId }, query: { period: sel.period } });
  return (
    <>
      <h1>{t('nav.monitoraggio')}</h1>
      <QueryState q={q}>{(m) => <MonitoringTable m={m} />}</QueryState>
    </>
  );
}

function MonitoringTable({ m }: { m: Monitoring }) {
  const { t, lang } = useLang();
  const { sel } = usePlan();
  const canNote = useHasRole(sel.entityId, 'oiv', 'controllo');
  const [editing, setEditing] = useState<MonitoringRow | null>(null);
  const columns = useMemo(
    () => [
      col.display({
        id: 'name',
        header: t('mon.item'),
        cell: ({ row: { original: r } }) => (
          <div style={{ paddingLeft: r.depth * 16 }}>
            {r.kind === 'objective' ? (
              <Link to={planPath(sel, `obiettivi/${encodeURIComponent(r.objective)}`)} className="fw-semibold">{r.objective}</Link>
            ) : (
              <Link to={planPath(sel, `indicatori/${encodeURIComponent(r.indicator ?? '')}`)}>↳</Link>
            )}{' '}
            {r.name}
          </div>
        ),
      }),
      col.accessor('weight', { header: t('common.weight'), cell: (c) => (c.getValue() === null ? t('common.equalWeight') : formatNumber(c.getValue()!, 2, { fixed: false, locale: lang })) }),
      col.display({ id: 'annual', header: t('mon.annualTarget', { y: m.year }), cell: ({ row: { original: r } }) => (r.kind === 'indicator' ? formatTarget(r.annualTarget, r.unit, lang) : '') }),
      col.display({ id: 'period', header: t('mon.periodTarget', { p: m.period }), cell: ({ row: { original: r } }) => (r.kind === 'indicator' ? formatTarget(r.periodTarget, r.unit, lang) : '') }),
      col.display({ id: 'value', header: t('ind.value'), cell: ({ row: { original: r } }) => (r.kind === 'indicator' ? formatValue(r.value, r.unit, lang) : '') }),
      col.display({ id: 'dev', header: t('mon.deviation'), cell: ({ row: { original: r } }) => (r.kind === 'indicator' ? formatDeviation(r.deviation, r.periodTarget, r.unit, lang) : '') }),
      col.display({ id: 'score', header: t('common.score'), cell: ({ row: { original: r } }) => <Score score={r.result.score} status={r.result.status} /> }),
      col.display({ id: 'verdict', header: t('common.verdict'), cell: ({ row: { original: r } }) => (r.kind === 'objective' ? <VerdictBadge verdict={r.result.verdict} status={r.result.status} small /> : null) }),
      col.display({
        id: 'notes',
        header: t('mon.notes'),
        cell: ({ row: { original: r } }) => (
          <div className="small">
            {r.notes.map((n) => (
              <div key={n.id} className="mb-1">
                {n.cause && <div><strong>{t('mon.cause')}:</strong> {n.cause}</div>}
                {n.action && <div><strong>{t('mon.action')}:</strong> {n.action}</div>}
                {n.proposal && <div><strong>{t('mon.proposal')}:</strong> {formatTarget(n.proposal, r.unit, lang)}</div>}
              </div>
            ))}
            {canNote && (
              <button type="button" className="btn btn-link btn-sm p-0" onClick={() => setEditing(r)} aria-label={`${t('mon.addNote')}: ${r.indicator ?? r.objective}`}>
                {t('mon.addNote')}
              </button>
            )}
          </div>
        ),
      }),
    ],
    [t, lang, sel, m.year, m.period, canNote],
  );
  const table = useReactTable({ data: m.rows, columns, getCoreRowModel: getCoreRowModel() });
  return (
    <div className="panel">
      <p>
        {t('dash.entityScore')}: <Score score={m.entity.score} status={m.entity.status} />{' '}
        <VerdictBadge verdict={m.entity.verdict} status={m.entity.status} small />
      </p>
      {editing && <NoteEditor row={editing} period={m.period} onClose={() => setEditing(null)} />}
      <div className="table-responsive">
        <table className="table table-sm table-dense" data-testid="monitoring-table">
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>{hg.headers.map((h) => <th key={h.id} scope="col">{flexRender(h.column.columnDef.header, h.getContext())}</th>)}</tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((r) => (
              <tr key={r.id} className={r.original.kind === 'objective' ? 'table-light' : undefined}>
                {r.getVisibleCells().map((c) => (
                  <td key={c.id} className={['weight', 'score', 'dev'].includes(c.column.id) ? 'num' : undefined}>{flexRender(c.column.columnDef.cell, c.getContext())}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
