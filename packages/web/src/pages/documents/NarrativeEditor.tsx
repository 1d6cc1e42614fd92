import { formatDateTime } from '@performa/core';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useApiMutation } from '../../api/hooks.js';
import type { Narrative } from '../../api/types.js';
import { ErrorAlert } from '../../components/Status.js';
import { useLang } from '../../i18n/lang.js';
import { usePlan } from '../../layout/usePlan.js';
import { emptySection, KIND_LABEL, SECTION_LABEL, sharedWith, type Kind, type SectionKey } from './kinds.js';
import { prefixLines, wrap, type Edit } from './markup.js';
import { RichPreview } from './RichPreview.js';

interface Props {
  kind: Kind;
  section: SectionKey;
  /** Where the text is stored: `premessa` (every document of the year) or `relazione.premessa` (this one only). */
  storageKey: string;
  hint: string;
  year: string;
  /** The stored text, if any. */
  saved: Narrative | undefined;
  /** The text to start from when nothing is stored under `storageKey` (a copy of the shared text). */
  initialDraft?: string;
  canEdit: boolean;
  /** Shown under the hint (the choice between the shared text and this document's own). */
  scope?: ReactNode;
}

/** One section's text: textarea with a small Markdown toolbar, live preview, save with the version read. */
export function NarrativeEditor({ kind, section, storageKey, hint, year, saved, initialDraft, canEdit, scope }: Props) {
  const { t, lang } = useLang();
  const { sel } = usePlan();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState(saved?.content ?? initialDraft ?? '');
  /** The stored text the draft started from, and its version (sent back as expectedVersion). */
  const [synced, setSynced] = useState({ content: saved?.content ?? '', version: saved?.version ?? 0 });
  /** What is stored (for "versione N, salvata da … il …"): the text listed, then the answer of a save. */
  const [stored, setStored] = useState(saved);
  const [justSaved, setJustSaved] = useState(false);
  const save = useApiMutation('saveNarrative', ['listNarratives', 'listDocuments']);
  const dirty = draft !== synced.content;

  // Someone saved meanwhile and nothing is being edited here: show their text.
  useEffect(() => {
    if (saved && saved.version !== synced.version && !dirty) {
      setSynced({ content: saved.content, version: saved.version });
      setDraft(saved.content);
      setStored(saved);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved?.version]);

  const conflict = save.error?.status === 409 ? ((save.error.current ?? null) as Narrative | null) : undefined;
  const label = t(SECTION_LABEL[section]);
  const shared = sharedWith(kind, section);
  const placeholder = emptySection(section, hint);
  const empty = placeholder ? t('narr.empty', { placeholder }) : t('narr.emptyOptional');

  const apply = (edit: (text: string, start: number, end: number) => Edit) => {
    const el = area.current;
    if (!el) return;
    const e = edit(draft, el.selectionStart, el.selectionEnd);
    setDraft(e.text);
    setJustSaved(false);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(e.start, e.end);
    });
  };

  const submit = () => {
    setJustSaved(false);
    save.mutate(
      { params: { entityId: sel.entityId, planId: sel.planId, year, section: storageKey }, body: { content: draft, expectedVersion: synced.version } },
      {
        onSuccess: (n) => {
          setSynced({ content: n.content, version: n.version });
          setDraft(n.content);
          setStored(n);
          setJustSaved(true);
        },
      },
    );
  };

  return (
    <section className="panel narrative" aria-labelledby={`${id}-title`} data-testid={`narrative-${section}`}>
      <h2 id={`${id}-title`} className="h5 mb-1">{label}</h2>
      <p id={`${id}-hint`} className="small muted mb-2">
        {hint.charAt(0).toUpperCase() + hint.slice(1)}
        {shared.length > 0 && storageKey === section && <> · {t('narr.shared', { docs: shared.map((k) => t(KIND_LABEL[k])).join(', ') })}</>}
      </p>
      {scope}
      <div className="row g-3">
        {canEdit && (
          <div className="col-lg-6">
            <div className="btn-toolbar gap-1 mb-1" role="toolbar" aria-label={t('narr.toolbar', { section: label })} aria-controls={`${id}-text`}>
              <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => apply((s, a, b) => wrap(s, a, b, '**', t('narr.sampleText')))}><strong>{t('narr.bold')}</strong></button>
              <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => apply((s, a, b) => wrap(s, a, b, '*', t('narr.sampleText')))}><em>{t('narr.italic')}</em></button>
              <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => apply((s, a, b) => prefixLines(s, a, b, 'bullet'))}>{t('narr.bullets')}</button>
              <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => apply((s, a, b) => prefixLines(s, a, b, 'numbered'))}>{t('narr.numbered')}</button>
              <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => apply((s, a, b) => prefixLines(s, a, b, 'heading'))}>{t('narr.subheading')}</button>
            </div>
            <textarea
              id={`${id}-text`}
              ref={area}
              className="form-control narrative-text"
              rows={12}
              value={draft}
              aria-labelledby={`${id}-title`}
              aria-describedby={`${id}-hint ${id}-syntax`}
              onChange={(e) => {
                setDraft(e.target.value);
                setJustSaved(false);
              }}
            />
            <p id={`${id}-syntax`} className="small muted mt-1 mb-0">{t('narr.syntax')}</p>
          </div>
        )}
        <div className={canEdit ? 'col-lg-6' : 'col-12'}>
          {canEdit && <p className="small fw-semibold mb-1" id={`${id}-preview`}>{t('narr.preview')}</p>}
          <div className="narrative-preview" aria-labelledby={canEdit ? `${id}-preview` : undefined} role={canEdit ? 'region' : undefined} data-testid="narrative-preview">
            <RichPreview source={draft} empty={empty} />
          </div>
        </div>
      </div>
      {conflict !== undefined && (
        <div className="alert alert-warning mt-3 mb-0" role="alert" data-testid="narrative-conflict">
          <p className="mb-2">
            <strong>{t('narr.conflict')}</strong>{' '}
            {conflict?.updatedBy && conflict.updatedAt ? t('narr.conflictBy', { who: conflict.updatedBy.name, when: formatDateTime(conflict.updatedAt, lang) }) : null}
          </p>
          <p className="small fw-semibold mb-1">{t('narr.current')}</p>
          <div className="narrative-preview mb-2"><RichPreview source={conflict?.content ?? ''} empty={empty} /></div>
          <div className="d-flex gap-2">
            <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => { setDraft(conflict?.content ?? ''); setSynced({ content: conflict?.content ?? '', version: conflict?.version ?? 0 }); setStored(conflict ?? undefined); save.reset(); }}>{t('narr.useCurrent')}</button>
            <button type="button" className="btn btn-outline-danger btn-xs" onClick={() => { setSynced({ content: conflict?.content ?? '', version: conflict?.version ?? 0 }); setStored(conflict ?? undefined); save.reset(); }}>{t('narr.keepMine')}</button>
          </div>
        </div>
      )}
      {save.error && save.error.status !== 409 && <ErrorAlert error={save.error} />}
      <div className="d-flex align-items-center gap-3 mt-2 flex-wrap">
        {canEdit && (
          <button type="button" className="btn btn-primary btn-sm" onClick={submit} disabled={save.isPending || !dirty || conflict !== undefined} aria-label={`${t('common.save')}: ${label}`}>
            {t('common.save')}
          </button>
        )}
        <span className="small muted" role="status" data-testid="narrative-status">
          {justSaved ? t('narr.saved') + ' · ' : ''}
          {canEdit && dirty ? t('narr.unsaved') : stored ? t('narr.version', { v: stored.version, who: stored.updatedBy?.name ?? '–', when: stored.updatedAt ? formatDateTime(stored.updatedAt, lang) : '–' }) : t('narr.never')}
        </span>
      </div>
    </section>
  );
}
