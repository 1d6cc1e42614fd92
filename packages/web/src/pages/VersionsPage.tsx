import { useState } from 'react';
import { formatDate, formatDateTime } from '@performa/core';
import { useApi } from '../api/hooks.js';
import { HistoryPanel } from '../components/HistoryPanel.js';
import { QueryState } from '../components/Status.js';
import { useLang } from '../i18n/lang.js';
import { useHasRole } from '../layout/auth.js';
import { usePlan } from '../layout/usePlan.js';
import { CompareView } from './versions/CompareView.js';
import { PlanStatePanel } from './versions/PlanStatePanel.js';
import { RimodulazioneForm } from './versions/RimodulazioneForm.js';

/** Versioni del piano: state and adoption act, the versions with act and reasons, side-by-side comparison. */
export function VersionsPage() {
  const { t, lang } = useLang();
  const { sel } = usePlan();
  const canEdit = useHasRole(sel.entityId, 'controllo');
  const q = useApi('listVersions', { params: { entityId: sel.entityId, planId: sel.planId } });
  const [pair, setPair] = useState<[number, number] | null>(null);
  return (
    <>
      <h1>{t('nav.versioni')}</h1>
      <PlanStatePanel />
      <QueryState q={q}>
        {(versions) => {
          const cur = pair ?? (versions.length >= 2 ? [versions.at(-2)!.version, versions.at(-1)!.version] as [number, number] : null);
          return (
            <>
              <section className="panel" aria-labelledby="ver-title">
                <h2 id="ver-title">{t('ver.list')}</h2>
                <table className="table table-sm table-dense mb-0" data-testid="versions-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('ver.version')}</th>
                      <th scope="col">{t('ver.kind')}</th>
                      <th scope="col">{t('common.act')}</th>
                      <th scope="col">{t('ver.effective')}</th>
                      <th scope="col">{t('common.who')}</th>
                      <th scope="col">{t('ver.changes')}</th>
                      <th scope="col">{t('ver.periods')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {versions.map((v) => (
                      <tr key={v.version}>
                        <th scope="row">{v.version}{v.current && <span className="ms-1 badge bg-primary">{t('ver.current')}</span>}</th>
                        <td>{t(`ver.kind.${v.kind}` as never)}</td>
                        <td>{v.act ?? '–'}{v.actDate && <div className="small muted">{formatDate(v.actDate)}</div>}</td>
                        <td>{v.effectiveFrom ? formatDate(v.effectiveFrom) : '–'}</td>
                        <td>{v.createdBy?.name ?? '–'}<div className="small muted">{formatDateTime(v.createdAt, lang)}</div></td>
                        <td className="small">{v.changes.length === 0 ? '–' : v.changes.map((c, i) => <div key={i}>{c.type}: {'objective' in c ? c.objective : ''}{'indicator' in c ? `:${c.indicator}` : ''}{c.reason ? ` — ${c.reason}` : ''}</div>)}</td>
                        <td>{v.periods.join(', ') || '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
              {versions.length >= 2 && cur && <CompareView versions={versions.map((v) => v.version)} pair={cur} onPair={setPair} />}
            </>
          );
        }}
      </QueryState>
      {canEdit && <RimodulazioneForm />}
      <HistoryPanel entityId={sel.entityId} objectType="plan" objectId={sel.planId} title={t('ver.history')} />
    </>
  );
}
