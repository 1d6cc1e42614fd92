import { useDeferredValue, useMemo, useState } from 'react';
import { useApi } from '../api/hooks.js';
import type { Tree } from '../api/types.js';
import { QueryState } from '../components/Status.js';
import { TreeList } from '../components/TreeList.js';
import { useLang } from '../i18n/lang.js';
import { planPath } from '../layout/selection.js';
import { usePlan } from '../layout/usePlan.js';
import { allParents, filterIds, indexTree, visibleRows } from '../model/tree.js';
import { TreeChart } from './tree/TreeChart.js';

/** Albero della performance: expandable, searchable, "solo sotto target", list or sunburst. */
export function TreePage() {
  const { t } = useLang();
  const { sel } = usePlan();
  const q = useApi('getTree', { params: { entityId: sel.entityId, planId: sel.planId }, query: { period: sel.period } });
  return (
    <>
      <h1>{t('tree.title')}</h1>
      <QueryState q={q}>{(tree) => <TreeView tree={tree} hrefOf={(id) => planPath(sel, `obiettivi/${encodeURIComponent(id)}`)} />}</QueryState>
    </>
  );
}

function TreeView({ tree, hrefOf }: { tree: Tree; hrefOf(id: string): string }) {
  const { t } = useLang();
  const ix = useMemo(() => indexTree(tree.roots), [tree]);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(tree.roots.map((r) => r.id)));
  const [query, setQuery] = useState('');
  const [onlyBelow, setOnlyBelow] = useState(false);
  const [view, setView] = useState<'list' | 'chart'>('list');
  const deferredQuery = useDeferredValue(query);
  const keep = useMemo(() => filterIds(ix, { query: deferredQuery, onlyBelow }), [ix, deferredQuery, onlyBelow]);
  const rows = useMemo(() => visibleRows(ix, expanded, keep), [ix, expanded, keep]);
  const toggle = (id: string) =>
    setExpanded((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const shown = keep ? keep.size : ix.all.length;

  return (
    <div className="panel">
      <div className="d-flex flex-wrap gap-3 align-items-end mb-3" role="search">
        <div className="form-group mb-0 flex-grow-1" style={{ maxWidth: 420 }}>
          <label htmlFor="tree-search" className="active">{t('tree.search')}</label>
          <input id="tree-search" type="search" className="form-control" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <div className="form-check mb-0">
          <input id="tree-below" type="checkbox" checked={onlyBelow} onChange={(e) => setOnlyBelow(e.target.checked)} />
          <label htmlFor="tree-below">{t('tree.onlyBelow')}</label>
        </div>
        <div className="btn-group" role="group" aria-label={t('tree.view')}>
          <button type="button" className={`btn btn-sm ${view === 'list' ? 'btn-primary' : 'btn-outline-primary'}`} aria-pressed={view === 'list'} onClick={() => setView('list')}>{t('tree.viewList')}</button>
          <button type="button" className={`btn btn-sm ${view === 'chart' ? 'btn-primary' : 'btn-outline-primary'}`} aria-pressed={view === 'chart'} onClick={() => setView('chart')}>{t('tree.viewChart')}</button>
        </div>
        {view === 'list' && !keep && (
          <div className="d-flex gap-2">
            <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setExpanded(allParents(ix))}>{t('tree.expandAll')}</button>
            <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setExpanded(new Set())}>{t('tree.collapseAll')}</button>
          </div>
        )}
      </div>
      <p className="small muted" aria-live="polite" data-testid="tree-count">{t('tree.count', { shown, total: ix.all.length })}</p>
      {view === 'list' ? (
        <TreeList rows={rows} onToggle={toggle} hrefOf={hrefOf} />
      ) : (
        <TreeChart roots={tree.roots} keep={keep} hrefOf={hrefOf} />
      )}
    </div>
  );
}
