import { createColumnHelper, flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { ScoreBody } from '../../api/types.js';
import { Score } from '../../components/Score.js';
import { VerdictBadge } from '../../components/VerdictBadge.js';
import { useLang } from '../../i18n/lang.js';

type Unit = ScoreBody & { id: string; name: string; parent: string | null };
const col = createColumnHelper<Unit>();

/** Performance of the organisational units, sortable (TanStack Table). */
export function UnitsTable({ units }: { units: Unit[] }) {
  const { t } = useLang();
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns = useMemo(
    () => [
      col.accessor('name', { header: t('common.name') }),
      col.accessor((u) => u.score ?? -1, { id: 'score', header: t('common.score'), cell: (c) => <Score score={c.row.original.score} status={c.row.original.status} /> }),
      col.accessor((u) => u.verdict ?? '', { id: 'verdict', header: t('common.verdict'), cell: (c) => <VerdictBadge verdict={c.row.original.verdict} status={c.row.original.status} small /> }),
    ],
    [t],
  );
  const table = useReactTable({ data: units, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });
  return (
    <section className="panel" aria-labelledby="units-title">
      <h2 id="units-title">{t('dash.units')}</h2>
      <div className="table-responsive">
        <table className="table table-sm table-dense mb-0">
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => {
                  const dir = h.column.getIsSorted();
                  return (
                    <th key={h.id} scope="col" aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'} className={h.column.id === 'score' ? 'num' : undefined}>
                      <button type="button" className="btn btn-link p-0 text-white text-decoration-none fw-semibold" onClick={h.column.getToggleSortingHandler()}>
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        {dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ''}
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((r) => (
              <tr key={r.id}>
                {r.getVisibleCells().map((c) => (
                  <td key={c.id} className={c.column.id === 'score' ? 'num' : undefined}>{flexRender(c.column.columnDef.cell, c.getContext())}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
