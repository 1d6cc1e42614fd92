import { formatPercent } from '@performa/core';
import { useApi } from '../api/hooks.js';
import { useBands } from '../components/bands.js';
import { QueryState } from '../components/Status.js';
import { useLang } from '../i18n/lang.js';
import { useHasRole } from '../layout/auth.js';
import { usePlan } from '../layout/usePlan.js';
import { DecideButtons } from './overrides/DecideButtons.js';
import { ProposeForm } from './overrides/ProposeForm.js';

const TONE: Record<string, string> = { proposto: 'warning', approvato: 'success', respinto: 'danger' };

/** Neutralizzazioni: proposals with their reason, the computed score beside the override, approval by the OIV. */
export function OverridesPage() {
  const { t, lang } = useLang();
  const { decimals } = useBands();
  const { sel } = usePlan();
  const canPropose = useHasRole(sel.entityId, 'controllo', 'dirigente');
  const q = useApi('listOverrides', { params: { entityId: sel.entityId, planId: sel.planId }, query: { period: sel.period } });
  return (
    <>
      <h1>{t('nav.neutralizzazioni')}</h1>
      <QueryState q={q}>
        {(rows) => (
          <section className="panel">
            {rows.length === 0 ? (
              <p className="mb-0">{t('ovr.empty')}</p>
            ) : (
              <table className="table table-sm table-dense mb-0" data-testid="overrides-table">
                <thead>
                  <tr>
                    <th scope="col">{t('ovr.object')}</th>
                    <th scope="col" className="num">{t('obj.computed')}</th>
                    <th scope="col" className="num">{t('ovr.score')}</th>
                    <th scope="col">{t('common.reason')}</th>
                    <th scope="col">{t('common.state')}</th>
                    <th scope="col">{t('ovr.by')}</th>
                    <th scope="col"><span className="visually-hidden">{t('per.actions')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((o) => (
                    <tr key={o.id} data-testid={`override-${o.objective}${o.indicator ? `-${o.indicator}` : ''}`}>
                      <td><strong>{o.objective}</strong>{o.indicator && <div className="small">{o.indicator}</div>}<div className="small muted">{o.period}</div></td>
                      <td className="num">{formatPercent(o.computed, decimals, lang)}</td>
                      <td className="num fw-semibold">{formatPercent(o.score, decimals, lang)}</td>
                      <td>{o.reason}{o.decisionNote && <div className="small muted">{t('ovr.note')}: {o.decisionNote}</div>}</td>
                      <td><span className={`verdict verdict-sm verdict-${TONE[o.state] ?? 'neutral'}`}>{t(`ovr.state.${o.state}` as never)}</span></td>
                      <td className="small">{o.proposedBy?.name ?? (o.source === 'import' ? t('ovr.imported') : '–')}{o.decidedBy && <div>{t('ovr.decidedBy')}: {o.decidedBy.name}</div>}</td>
                      <td>{o.state === 'proposto' && <DecideButtons o={o} />}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        )}
      </QueryState>
      {canPropose && <ProposeForm />}
    </>
  );
}
