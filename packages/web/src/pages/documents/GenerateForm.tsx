import { useState } from 'react';
import { useApi, useApiMutation } from '../../api/hooks.js';
import { ErrorAlert } from '../../components/Status.js';
import { useLang } from '../../i18n/lang.js';
import { usePlan } from '../../layout/usePlan.js';
import { FORMAT_LABEL, FORMATS, KIND_LABEL, KINDS, type Format, type Kind } from './kinds.js';

interface Scorecard {
  id: string;
  holder?: string;
  role?: string;
}

/** The choices of `performa document`: kind (and scorecard), period, format; "Genera" queues a background job. */
export function GenerateForm({ busy }: { busy: boolean }) {
  const { t } = useLang();
  const { plan, sel } = usePlan();
  const [kind, setKind] = useState<Kind>('relazione');
  const [period, setPeriod] = useState(sel.period);
  const [format, setFormat] = useState<Format>('pdf');
  const [scorecard, setScorecard] = useState('');
  const params = { entityId: sel.entityId, planId: sel.planId };
  // The scorecards are in the plan document (performa/1), read only when a scheda is asked for.
  const doc = useApi('getPlanDocument', { params }, { enabled: kind === 'scheda', staleTime: 300_000 });
  const scorecards = ((doc.data as { scorecards?: Scorecard[] } | undefined)?.scorecards ?? []).filter((s) => typeof s?.id === 'string');
  const chosenCard = scorecard || scorecards[0]?.id || '';
  const create = useApiMutation('createDocument', ['listDocuments']);

  const submit = () => {
    create.mutate({ params, body: { kind, format, period, ...(kind === 'scheda' && chosenCard ? { scorecard: chosenCard } : {}) } });
  };
  const hint = kind === 'monitoraggio' ? t('doc.hint.monitoraggio') : kind === 'piano' ? t('doc.hint.piano') : kind === 'scheda' ? t('doc.hint.scheda') : t('doc.hint.relazione');

  return (
    <section className="panel" aria-labelledby="gen-title">
      <h2 id="gen-title">{t('doc.generate')}</h2>
      <div className="d-flex flex-wrap gap-3 align-items-end">
        <div>
          <label htmlFor="gen-kind" className="form-label small fw-semibold mb-0 d-block">{t('doc.kind')}</label>
          <select id="gen-kind" className="form-select form-select-sm" value={kind} onChange={(e) => {
              const next = e.target.value as Kind;
              setKind(next);
              if (next !== 'piano' && !plan.periods.some((p) => p.id === period)) setPeriod(sel.period);
            }} aria-describedby="gen-hint">
            {KINDS.map((k) => <option key={k} value={k}>{t(KIND_LABEL[k])}</option>)}
          </select>
        </div>
        {kind === 'scheda' && (
          <div>
            <label htmlFor="gen-card" className="form-label small fw-semibold mb-0 d-block">{t('doc.scorecard')}</label>
            <select id="gen-card" className="form-select form-select-sm" value={chosenCard} onChange={(e) => setScorecard(e.target.value)} disabled={!scorecards.length}>
              {scorecards.length === 0 && <option value="">{doc.isPending ? t('common.loading') : t('doc.noScorecards')}</option>}
              {scorecards.map((s) => (
                <option key={s.id} value={s.id}>{[s.holder ?? s.id, s.role].filter(Boolean).join(' – ')}</option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor="gen-period" className="form-label small fw-semibold mb-0 d-block">{t('ctx.period')}</label>
          <select id="gen-period" className="form-select form-select-sm" value={period} onChange={(e) => setPeriod(e.target.value)}>
            {plan.periods.map((p) => <option key={p.id} value={p.id}>{p.year ? `${p.id} (${t('doc.interim')})` : p.id}</option>)}
            {/* The Piano can also be made for a year of the triennium that has no period yet. */}
            {kind === 'piano' && (plan.years ?? []).map(String).filter((y) => !plan.periods.some((p) => p.id === y)).map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="gen-format" className="form-label small fw-semibold mb-0 d-block">{t('doc.format')}</label>
          <select id="gen-format" className="form-select form-select-sm" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
            {FORMATS.map((f) => <option key={f} value={f}>{FORMAT_LABEL[f]}</option>)}
          </select>
        </div>
        <button type="button" className="btn btn-primary btn-sm" onClick={submit} disabled={create.isPending || !period || (kind === 'scheda' && !chosenCard)}>
          {t('doc.generateBtn')}
        </button>
      </div>
      <p id="gen-hint" className="small muted mt-2 mb-0">{hint}</p>
      <ErrorAlert error={create.error} />
      {create.isSuccess && busy && <p className="small mt-1 mb-0" role="status">{t('doc.queued')}</p>}
    </section>
  );
}
