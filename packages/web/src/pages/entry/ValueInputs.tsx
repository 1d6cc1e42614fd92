import { useLang } from '../../i18n/lang.js';
import type { Draft, Errors, Kind } from './draft.js';

interface Props {
  idp: string;
  kind: Kind;
  unit: string | null;
  draft: Draft;
  errors: Errors;
  onChange(d: Partial<Draft>): void;
}

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div className="mb-1" style={{ minWidth: 160 }}>
      <label htmlFor={id} className="form-label small fw-semibold mb-1">{label}</label>
      {children}
      {error && <div id={`${id}-err`} className="field-error" role="alert">{error}</div>}
    </div>
  );
}

/** The inputs for a value: a number or numerator/denominator, a completion date, SI/NO, or "non disponibile". */
export function ValueInputs({ idp, kind, unit, draft, errors, onChange }: Props) {
  const { t } = useLang();
  const input = (key: 'value' | 'numerator' | 'denominator', label: string) => (
    <Field id={`${idp}-${key}`} label={label} error={errors[key]}>
      <input id={`${idp}-${key}`} className={`form-control form-control-sm${errors[key] ? ' is-invalid' : ''}`} inputMode="decimal" value={draft[key]}
        aria-invalid={!!errors[key]} aria-describedby={errors[key] ? `${idp}-${key}-err` : undefined} onChange={(e) => onChange({ [key]: e.target.value })} />
    </Field>
  );
  const numeric = kind === 'number' || kind === 'any';
  return (
    <>
      <div className="d-flex gap-3 flex-wrap mb-1" role="radiogroup" aria-label={t('entry.mode')}>
        <div className="form-check form-check-inline mb-0">
          <input type="radio" id={`${idp}-m-value`} name={`${idp}-mode`} checked={draft.mode === 'value'} onChange={() => onChange({ mode: 'value' })} />
          <label htmlFor={`${idp}-m-value`}>{kind === 'date' ? t('entry.modeDate') : kind === 'boolean' ? t('entry.modeYes') : t('entry.modeValue')}</label>
        </div>
        {numeric && (
          <div className="form-check form-check-inline mb-0">
            <input type="radio" id={`${idp}-m-ratio`} name={`${idp}-mode`} checked={draft.mode === 'ratio'} onChange={() => onChange({ mode: 'ratio' })} />
            <label htmlFor={`${idp}-m-ratio`}>{t('entry.modeRatio')}</label>
          </div>
        )}
        <div className="form-check form-check-inline mb-0">
          <input type="radio" id={`${idp}-m-nd`} name={`${idp}-mode`} checked={draft.mode === 'nd'} onChange={() => onChange({ mode: 'nd' })} />
          <label htmlFor={`${idp}-m-nd`}>{t('entry.modeNd')}</label>
        </div>
      </div>
      <div className="d-flex gap-3 flex-wrap align-items-start">
        {draft.mode === 'value' && numeric && input('value', `${t('ind.value')}${unit && unit !== 'date' ? ` (${unit})` : ''}`)}
        {draft.mode === 'ratio' && (
          <>
            {input('numerator', t('ind.numerator'))}
            {input('denominator', t('ind.denominator'))}
          </>
        )}
        {draft.mode === 'value' && kind === 'date' && (
          <Field id={`${idp}-date`} label={t('entry.completionDate')} error={errors.date}>
            <input id={`${idp}-date`} type="date" className="form-control form-control-sm" value={draft.date} aria-invalid={!!errors.date} onChange={(e) => onChange({ date: e.target.value })} />
          </Field>
        )}
        {draft.mode === 'value' && kind === 'boolean' && (
          <fieldset className="mb-2">
            <legend className="form-label small fw-semibold mb-1">{t('entry.done')}</legend>
            {(['true', 'false'] as const).map((v) => (
              <div key={v} className="form-check form-check-inline">
                <input type="radio" id={`${idp}-yes-${v}`} name={`${idp}-yes`} checked={draft.yes === v} onChange={() => onChange({ yes: v })} />
                <label htmlFor={`${idp}-yes-${v}`}>{v === 'true' ? t('common.yes') : t('common.no')}</label>
              </div>
            ))}
            {errors.yes && <div className="field-error" role="alert">{errors.yes}</div>}
          </fieldset>
        )}
        <div className="flex-grow-1" style={{ minWidth: 220 }}>
          <Field id={`${idp}-note`} label={draft.mode === 'nd' ? t('entry.ndReason') : t('common.notes')} error={errors.note}>
            <textarea id={`${idp}-note`} className="form-control form-control-sm" rows={1} value={draft.note} aria-invalid={!!errors.note} onChange={(e) => onChange({ note: e.target.value })} />
          </Field>
        </div>
      </div>
    </>
  );
}
