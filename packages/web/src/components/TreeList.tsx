import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'react-router-dom';
import { useLang } from '../i18n/lang.js';
import type { TreeRow } from '../model/tree.js';
import { Score } from './Score.js';
import { VerdictBadge } from './VerdictBadge.js';

export interface TreeListProps {
  rows: TreeRow[];
  onToggle(id: string): void;
  hrefOf(id: string): string;
}

const ROW = 44;

/** The performance tree as a virtualised list: only the rows in view are in the DOM. */
export function TreeList({ rows, onToggle, hrefOf }: TreeListProps) {
  const { t } = useLang();
  const parent = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: rows.length, getScrollElement: () => parent.current, estimateSize: () => ROW, overscan: 12 });
  return (
    <div ref={parent} className="tree-viewport" data-testid="tree-viewport">
      <ul className="list-unstyled m-0" style={{ height: v.getTotalSize(), position: 'relative' }} aria-label={t('tree.title')}>
        {v.getVirtualItems().map((item) => {
          const { node, depth, hasChildren, expanded } = rows[item.index]!;
          return (
            <li key={node.id} className="tree-row" data-id={node.id} style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}>
              <div className="tree-cell-name" style={{ paddingLeft: depth * 22 }}>
                {hasChildren ? (
                  <button type="button" className="tree-toggle" aria-expanded={expanded} aria-label={`${expanded ? t('tree.collapse') : t('tree.expand')} ${node.id}`} onClick={() => onToggle(node.id)}>
                    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" style={{ transform: expanded ? 'rotate(90deg)' : undefined }}>
                      <path d="M9 6l6 6-6 6" stroke="currentColor" strokeWidth="2.5" fill="none" />
                    </svg>
                  </button>
                ) : (
                  <span className="tree-spacer" />
                )}
                <Link to={hrefOf(node.id)} title={node.name}>
                  <code>{node.id}</code> {node.name}
                </Link>
              </div>
              <div className="num">
                <Score score={node.result.score} status={node.result.status} />
              </div>
              <div>
                <VerdictBadge verdict={node.result.verdict} status={node.result.status} small />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
