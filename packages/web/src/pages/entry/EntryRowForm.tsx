import { Alert } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { formatNumber, type Results } from '@performa/core';
import { useApiMutation, type ApiError } from '../../api/hooks.js';
import type { Entry, EntryFormRow } from '../../api/types.js';
import { EntryStateBadge } from '../../components/EntryStateBadge.js';
import { Score } from '../../components/Score.js';
import { useLang } from '../../i18n/lang.js';
import { planPath } from '../../layout/selection.js';
import { usePlan } from '../../layout/usePlan.js';
import { formatTarget, formatValue } from '../../model/format.js';
import { bodyOf, draftOf, ratioOf, validate, type Draft, type Errors } from './draft.js';
import { ValueInputs } from './ValueInputs.js';

const AFFECTED = ['getEntryForm', 'getResults', 'getDashboard', 'getTree', 'getObjective', 'getIndicator', 'getMonitoring', 'listValidationQueue', 'getMissingData'] as const;

/** One indicator of the rilevazione: its targets, last value, the value form, draft and submit. */
export function EntryRowForm({ row, period, closed, results }: { row: EntryFormRow; period: string; closed: boolean; results: Results | undefined }) {
  const { t, lang } = useLang();
  const { sel } = usePlan();
  const [draft, setDraft] = useState<Draft>(() => draftOf(row.entry, row.kind));
  const [errors, setErrors] = useState<Errors>({});
  const [conflict, setConflict] = useState<Entry | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useApiMutation('saveEntry', [...AFFECTED]);
  const submit = useApiMutation('submitEntry', [...AFFECTED]);
  const params = { entityId: sel.entityId, planId: sel.planId, indicatorId: row.indicator, periodId: period };
  const editable = row.can.edit && !closed;
  const idp = `e-${row.indicator.replace(/[^\w-]/g, '_')}`;

  const onError = (e: ApiError) => {
    if (e.status === 409 && e.current) setConflict(e.current as Entry);
    else if (e.fields?.length) setErrors(Object.fromEntries(e.fields.map((f) => [f.path.split('.').pop() ?? 'value', f.message])));
    else setErrors({ value: e.message });
  };

  const onSave = async (ev: FormEvent) => {
    ev.preventDefault();
    const errs = validate(draft, row.kind);
    setErrors(errs);
    setSaved(null);
    if (Object.keys(errs).length) return;
    try {
      await save.mutateAsync({ params, body: bodyOf(draft, row.kind, row.entry.version) });
      setSaved(t('entry.saved'));
    } catch (e) {
      onError(e as ApiError);
    }
  };
  const onSubmit = async () => {
    try {
      await submit.mutateAsync({ params, body: { expectedVersion: row.entry.version } });
    } catch (e) {
      onError(e as ApiError);
    }
  };
  const ratio = draft.mode === 'ratio' ? ratioOf(draft, row.unit) : null;

  return (
    <form className="panel entry-row" onSubmit={onSave} noValidate aria-labelledby={`${idp}-title`} data-testid={`entry-${row.indicator}`}>
      <div className="row g-3">
        <div className="col-lg-5">
          <div className="d-flex justify-content-between align-items-start gap-2">
            <h2 id={`${idp}-title`} className="h6 mb-1">
              <Link to={planPath(sel, `indicatori/${encodeURIComponent(row.indicator)}`)}>{row.name}</Link>
            </h2>
            <EntryStateBadge state={row.entry.state} />
          </div>
          {row.algorithm && <p className="small muted mb-1">{row.algorithm}</p>}
          <ul className="small mb-1 ps-3">
            {row.objectives.map((o) => {
              const r = results?.objectives[o.id];
              return (
                <li key={o.id}>
                  <Link to={planPath(sel, `obiettivi/${encodeURIComponent(o.id)}`)}>{o.id}</Link> – {t('ind.target')}: <strong>{formatTarget(o.target, row.unit, lang)}</strong>
                  {r && <> · {t('common.score')}: <span data-testid={`score-${o.id}`}><Score score={r.score} status={r.status} /></span></>}
                </li>
              );
            })}
          </ul>
          {row.last && <p className="small mb-1">{t('entry.last', { p: row.last.period })}: {row.last.status ? t(`status.${row.last.status}`) : formatValue(row.last.value, row.unit, lang)}</p>}
          {row.entry.comment && (row.entry.state === 'restituito' || row.entry.state === 'bozza') && (
            <div className="comment-returned" role="note" data-testid="returned-comment">
              <strong>{t('entry.returnedComment')}</strong> {row.entry.comment}
            </div>
          )}
        </div>
        <div className="col-lg-7">
          <fieldset disabled={!editable}>
            <legend className="visually-hidden">{t('entry.valueOf', { name: row.name })}</legend>
            <ValueInputs idp={idp} kind={row.kind} unit={row.unit} draft={draft} errors={errors} onChange={(d) => setDraft({ ...draft, ...d })} />
            {ratio !== null && (
              <p className="small mb-1" aria-live="polite" data-testid="ratio">{t('entry.ratio')}: <strong>{formatNumber(ratio, 2, { locale: lang })}{row.unit === '%' ? ' %' : ''}</strong></p>
            )}
          </fieldset>
          {conflict && (
            <Alert color="warning" data-testid="conflict">
              {t('entry.conflict', { who: conflict.updatedBy?.name ?? '—' })}{' '}
              <strong>{conflict.status ? t(`status.${conflict.status}`) : formatValue(conflict.value, row.unit, lang)}</strong>
              {conflict.numerator !== null && conflict.denominator !== null && <> ({formatNumber(conflict.numerator, 2, { fixed: false, locale: lang })} / {formatNumber(conflict.denominator, 2, { fixed: false, locale: lang })})</>}
              . {t('entry.conflictHint')}
            </Alert>
          )}
          {saved && <p className="text-success small mb-1" role="status">{saved}</p>}
          {editable && (
            <div className="d-flex gap-2">
              <button type="submit" className="btn btn-primary btn-xs" disabled={save.isPending}>{t('entry.saveDraft')}</button>
              {row.can.submit && (row.entry.state === 'bozza' || row.entry.state === 'restituito') && (
                <button type="button" className="btn btn-outline-primary btn-xs" onClick={onSubmit} disabled={submit.isPending}>{t('entry.submit')}</button>
              )}
            </div>
          )}
        </div>
      </div>
    </form>
  );
}
