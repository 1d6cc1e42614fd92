import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useApi } from '../api/hooks.js';
import type { PlanDetail } from '../api/types.js';
import { QueryState } from '../components/Status.js';
import { useLang } from '../i18n/lang.js';
import { useHasRole } from '../layout/auth.js';
import { planPath } from '../layout/selection.js';
import { usePlan } from '../layout/usePlan.js';
import type { Narrative } from '../api/types.js';
import { KIND_LABEL, KINDS, sectionsOf, sharedWith, type Kind, type SectionKey } from './documents/kinds.js';
import { NarrativeEditor } from './documents/NarrativeEditor.js';

/** The years a plan's texts can be written for: its annual periods and the years of the plan. */
export function planYears(plan: PlanDetail): string[] {
  const years = new Set<string>();
  for (const p of plan.periods) {
    const y = p.year ?? p.id;
    if (/^\d{4}$/.test(y)) years.add(y);
  }
  for (const y of plan.years ?? []) years.add(String(y));
  return [...years].sort();
}

/** Testi del documento: the administration's narrative sections of a year (safe Markdown subset), per document. */
export function NarrativesPage() {
  const { t } = useLang();
  const { plan, sel } = usePlan();
  const canEdit = useHasRole(sel.entityId, 'controllo');
  const years = useMemo(() => planYears(plan), [plan]);
  const current = plan.periods.find((p) => p.id === sel.period);
  const [year, setYear] = useState(() => {
    const y = current?.year ?? current?.id ?? '';
    return years.includes(y) ? y : (years.at(-1) ?? '');
  });
  const [kind, setKind] = useState<Kind>('relazione');
  const q = useApi('listNarratives', { params: { entityId: sel.entityId, planId: sel.planId } });

  return (
    <>
      <div className="page-header">
        <h1 className="mb-0">{t('narr.title')}</h1>
        <Link to={planPath(sel, 'documenti')}>{t('narr.toDocuments')}</Link>
      </div>
      <section className="panel" aria-labelledby="narr-choice">
        <h2 id="narr-choice" className="visually-hidden">{t('narr.choice')}</h2>
        <p className="small muted">{t('narr.intro')}</p>
        <div className="d-flex flex-wrap gap-3 align-items-end">
          <div>
            <label htmlFor="narr-year" className="form-label small fw-semibold mb-0 d-block">{t('narr.year')}</label>
            <select id="narr-year" className="form-select form-select-sm" value={year} onChange={(e) => setYear(e.target.value)}>
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="narr-kind" className="form-label small fw-semibold mb-0 d-block">{t('doc.kind')}</label>
            <select id="narr-kind" className="form-select form-select-sm" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              {KINDS.map((k) => <option key={k} value={k}>{t(KIND_LABEL[k])}</option>)}
            </select>
          </div>
        </div>
        {!canEdit && <p className="small mt-2 mb-0" role="note">{t('narr.readOnly')}</p>}
      </section>
      <QueryState q={q}>
        {(all) => (
          <>
            {sectionsOf(kind).map(({ key, hint }) => (
              <SectionEditor key={`${year}/${kind}/${key}`} kind={kind} section={key} hint={hint} year={year} texts={all.filter((n) => n.year === year)} canEdit={canEdit} />
            ))}
          </>
        )}
      </QueryState>
    </>
  );
}

/**
 * A section the document shares with others (the "premessa" of the Relazione, the Piano and the
 * Monitoraggio) is one text per year, stored as `premessa`; the document can have its own instead,
 * stored as `relazione.premessa`, which the server prefers for that document.
 */
function SectionEditor({ kind, section, hint, year, texts, canEdit }: { kind: Kind; section: SectionKey; hint: string; year: string; texts: Narrative[]; canEdit: boolean }) {
  const { t } = useLang();
  const own = texts.find((n) => n.section === `${kind}.${section}`);
  const common = texts.find((n) => n.section === section);
  const [useOwn, setUseOwn] = useState(!!own);
  const shared = sharedWith(kind, section).length > 0;
  const storageKey = shared && useOwn ? `${kind}.${section}` : section;
  const id = `own-${kind}-${section}`;
  const note = own ? <div className="small muted">{t('narr.ownStored')}</div> : null;
  const scope = !shared ? null : !canEdit ? note : (
    <div className="form-check mb-2">
      <input id={id} type="checkbox" className="form-check-input" checked={useOwn} disabled={!!own} onChange={(e) => setUseOwn(e.target.checked)} />
      <label htmlFor={id} className="form-check-label small">{t('narr.own', { doc: t(KIND_LABEL[kind]) })}</label>
      {note}
    </div>
  );
  return (
    <NarrativeEditor
      key={storageKey}
      kind={kind}
      section={section}
      storageKey={storageKey}
      hint={hint}
      year={year}
      saved={storageKey === section ? common : own}
      initialDraft={storageKey === section ? undefined : common?.content}
      canEdit={canEdit}
      scope={scope}
    />
  );
}
