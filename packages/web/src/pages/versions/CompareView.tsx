import { useApi } from '../../api/hooks.js';
import { QueryState } from '../../components/Status.js';
import { useLang } from '../../i18n/lang.js';
import { usePlan } from '../../layout/usePlan.js';
import { formatTarget } from '../../model/format.js';

function show(v: unknown, lang: 'it' | 'en'): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'object' && v && 'op' in v) return formatTarget(v as never, null, lang);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Two versions side by side: every difference, before and after, with its reason. */
export function CompareView({ versions, pair, onPair }: { versions: number[]; pair: [number, number]; onPair(p: [number, number]): void }) {
  const { t, lang } = useLang();
  const { sel } = usePlan();
  const q = useApi('compareVersions', { params: { entityId: sel.entityId, planId: sel.planId }, query: { from: pair[0], to: pair[1] } });
  const picker = (i: 0 | 1, id: string, label: string) => (
    <div>
      <label htmlFor={id} className="form-label small fw-semibold mb-0 d-block">{label}</label>
      <select id={id} className="form-select form-select-sm" value={pair[i]} onChange={(e) => onPair(i === 0 ? [Number(e.target.value), pair[1]] : [pair[0], Number(e.target.value)])}>
        {versions.map((v) => <option key={v} value={v}>{t('ctx.version', { n: v })}</option>)}
      </select>
    </div>
  );
  return (
    <section className="panel" aria-labelledby="cmp-title">
      <h2 id="cmp-title">{t('ver.compare')}</h2>
      <div className="d-flex gap-3 mb-3">
        {picker(0, 'cmp-from', t('ver.from'))}
        {picker(1, 'cmp-to', t('ver.to'))}
      </div>
      <QueryState q={q}>
        {(c) =>
          c.differences.length === 0 ? (
            <p className="mb-0">{t('ver.same')}</p>
          ) : (
            <table className="table table-sm table-dense mb-0" data-testid="compare-table">
              <thead>
                <tr>
                  <th scope="col">{t('ver.part')}</th>
                  <th scope="col">{t('ver.key')}</th>
                  <th scope="col">{t('ver.field')}</th>
                  <th scope="col">{t('ctx.version', { n: c.from })}</th>
                  <th scope="col">{t('ctx.version', { n: c.to })}</th>
                  <th scope="col">{t('common.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {c.differences.map((d, i) => (
                  <tr key={i}>
                    <td>{d.part}</td>
                    <td><code>{d.key}</code></td>
                    <td>{d.field}</td>
                    <td className={d.change === 'added' ? '' : 'diff-removed'}>{d.change === 'added' ? '–' : show(d.before, lang)}</td>
                    <td className={d.change === 'removed' ? '' : 'diff-added'}>{d.change === 'removed' ? '–' : show(d.after, lang)}</td>
                    <td>{d.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}
