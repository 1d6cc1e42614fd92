import type { ResolvedMethodology } from '@performa/core';
import type { ReactNode } from 'react';
import { useLang } from '../../i18n/lang.js';
import { EXPLAIN } from './explanations.js';

type M = ResolvedMethodology;
interface Props {
  m: M;
  disabled: boolean;
  onChange(patch: Partial<M>): void;
}

function Option({ id, title, text, children }: { id: string; title: string; text: string; children: ReactNode }) {
  return (
    <div className="border-bottom py-3 row g-2" data-testid={`opt-${id}`}>
      <div className="col-md-5">
        <h3 className="h6 mb-1" id={`opt-${id}`}>{title}</h3>
        <p className="small muted mb-0">{text}</p>
      </div>
      <div className="col-md-7">{children}</div>
    </div>
  );
}

function Choice<T extends string>({ name, value, options, disabled, onChange }: { name: string; value: T; options: [T, string][]; disabled: boolean; onChange(v: T): void }) {
  return (
    <div role="radiogroup" aria-labelledby={`opt-${name}`}>
      {options.map(([v, label]) => (
        <div key={v} className="form-check mb-1">
          <input type="radio" id={`${name}-${v}`} name={name} checked={value === v} disabled={disabled} onChange={() => onChange(v)} />
          <label htmlFor={`${name}-${v}`}>{label}</label>
        </div>
      ))}
    </div>
  );
}

function NumberField({ id, label, value, step = 0.01, disabled, onChange }: { id: string; label: string; value: number; step?: number; disabled: boolean; onChange(v: number): void }) {
  return (
    <div className="d-inline-block me-3">
      <label htmlFor={id} className="form-label small fw-semibold mb-0 d-block">{label}</label>
      <input id={id} type="number" step={step} className="form-control form-control-sm" style={{ width: 120 }} value={value} disabled={disabled}
        onChange={(e) => e.target.value !== '' && onChange(Number(e.target.value))} />
    </div>
  );
}

/** Every option of spec §3, each with its Italian explanation. */
export function OptionFields({ m, disabled, onChange }: Props) {
  const { t } = useLang();
  const E = EXPLAIN;
  const late = m.lateDeadline === 'zero' ? 'zero' : 'perDay';
  return (
    <>
      <Option id="interimTargets" title={E.interimTargets.title} text={E.interimTargets.text}>
        <Choice name="interimTargets" value={m.interimTargets} disabled={disabled} onChange={(v) => onChange({ interimTargets: v })} options={[['annual', E.interimTargets.annual], ['prorata', E.interimTargets.prorata]]} />
      </Option>
      <Option id="atLeast" title={E.atLeast.title} text={E.atLeast.text}>
        <Choice name="atLeast" value={m.atLeast} disabled onChange={() => undefined} options={[['linear', E.atLeast.linear]]} />
      </Option>
      <Option id="atMost" title={E.atMost.title} text={E.atMost.text}>
        <Choice name="atMost" value={m.atMost} disabled={disabled} onChange={(v) => onChange({ atMost: v })} options={[['linear', E.atMost.linear], ['ratio', E.atMost.ratio]]} />
      </Option>
      <Option id="equals" title={E.equals.title} text={E.equals.text}>
        <Choice name="equals" value={m.equals} disabled={disabled} onChange={(v) => onChange({ equals: v })} options={[['exact', E.equals.exact], ['proportional', E.equals.proportional]]} />
      </Option>
      <Option id="lateDeadline" title={E.lateDeadline.title} text={E.lateDeadline.text}>
        <Choice name="lateDeadline" value={late} disabled={disabled} onChange={(v) => onChange({ lateDeadline: v === 'zero' ? 'zero' : { perDay: 0.01 } })} options={[['zero', E.lateDeadline.zero], ['perDay', E.lateDeadline.perDay]]} />
        {typeof m.lateDeadline === 'object' && (
          <NumberField id="perDay" label={t('meth.perDay')} value={m.lateDeadline.perDay} step={0.005} disabled={disabled} onChange={(v) => onChange({ lateDeadline: { perDay: v } })} />
        )}
      </Option>
      <Option id="bounds" title={E.bounds.title} text={E.bounds.text}>
        <NumberField id="floor" label={t('meth.floor')} value={m.floor} disabled={disabled} onChange={(v) => onChange({ floor: v })} />
        <NumberField id="cap" label={t('meth.cap')} value={m.cap} disabled={disabled} onChange={(v) => onChange({ cap: v })} />
      </Option>
      <Option id="missing" title={E.missing.title} text={E.missing.text}>
        <Choice name="missing" value={m.missing} disabled={disabled} onChange={(v) => onChange({ missing: v })} options={[['zero', E.missing.zero], ['exclude', E.missing.exclude]]} />
      </Option>
      <Option id="mix" title={E.mix.title} text={E.mix.text}>
        <NumberField id="mix-ind" label={t('meth.mixIndicators')} value={m.mix.indicators} step={0.05} disabled={disabled} onChange={(v) => onChange({ mix: { ...m.mix, indicators: v } })} />
        <NumberField id="mix-child" label={t('meth.mixChildren')} value={m.mix.children} step={0.05} disabled={disabled} onChange={(v) => onChange({ mix: { ...m.mix, children: v } })} />
      </Option>
      <Option id="tolerance" title={E.tolerance.title} text={E.tolerance.text}>
        <Choice name="tolerance" value={m.tolerance ? m.tolerance.appliesTo : 'none'} disabled={disabled}
          onChange={(v) => onChange({ tolerance: v === 'none' ? null : { from: m.tolerance?.from ?? 0.9, appliesTo: v } })}
          options={[['none', E.tolerance.none], ['label', E.tolerance.label], ['score', E.tolerance.score]]} />
        {m.tolerance && <NumberField id="tol-from" label={t('meth.tolFrom')} value={m.tolerance.from} disabled={disabled} onChange={(v) => onChange({ tolerance: { ...m.tolerance!, from: v } })} />}
      </Option>
      <Option id="entity" title={E.entity.title} text={E.entity.text}>
        <Choice name="entity" value={m.entity} disabled={disabled} onChange={(v) => onChange({ entity: v })} options={[['areas', E.entity.areas], ['perspectives', E.entity.perspectives]]} />
      </Option>
      <Option id="units" title={E.units.title} text={E.units.text}>
        <Choice name="units" value={m.units} disabled={disabled} onChange={(v) => onChange({ units: v })} options={[['operational', E.units.operational], ['all', E.units.all]]} />
      </Option>
      <Option id="verdicts" title={E.verdicts.title} text={E.verdicts.text}>
        {m.verdicts.map((b, i) => (
          <div key={i} className="d-flex gap-2 align-items-end mb-1">
            <NumberField id={`band-${i}`} label={t('meth.bandFrom')} value={b.from} disabled={disabled}
              onChange={(v) => onChange({ verdicts: m.verdicts.map((x, j) => (j === i ? { ...x, from: v } : x)) })} />
            <div>
              <label htmlFor={`band-label-${i}`} className="form-label small fw-semibold mb-0 d-block">{t('meth.bandLabel')}</label>
              <input id={`band-label-${i}`} className="form-control form-control-sm" value={b.label} disabled={disabled}
                onChange={(e) => onChange({ verdicts: m.verdicts.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)) })} />
            </div>
          </div>
        ))}
      </Option>
      <Option id="decimals" title={E.decimals.title} text={E.decimals.text}>
        <NumberField id="decimals" label={t('meth.decimals')} value={m.decimals} step={1} disabled={disabled} onChange={(v) => onChange({ decimals: Math.max(0, Math.min(6, Math.round(v))) })} />
      </Option>
    </>
  );
}
