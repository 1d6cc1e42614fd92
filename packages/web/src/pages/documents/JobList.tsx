import { formatNumber, formatDateTime } from '@performa/core';
import { api } from '../../api/client.js';
import type { DocumentJob } from '../../api/types.js';
import { useLang } from '../../i18n/lang.js';
import { usePlan } from '../../layout/usePlan.js';
import { FORMAT_LABEL, KIND_LABEL } from './kinds.js';

export const isActive = (j: DocumentJob) => j.status === 'queued' || j.status === 'running';

/** The generated documents, newest first: state, progress, download, staleness, errors. */
export function JobList({ jobs, previewing, onPreview }: { jobs: DocumentJob[]; previewing: string | null; onPreview(job: DocumentJob | null): void }) {
  const { t } = useLang();
  if (jobs.length === 0) return <p className="muted mb-0">{t('doc.none')}</p>;
  return (
    <div className="table-responsive">
      <table className="table table-sm table-dense mb-0" data-testid="documents-table">
        <thead>
          <tr>
            <th scope="col">{t('doc.document')}</th>
            <th scope="col">{t('ctx.period')}</th>
            <th scope="col">{t('doc.format')}</th>
            <th scope="col" style={{ width: '28%' }}>{t('common.state')}</th>
            <th scope="col">{t('doc.created')}</th>
            <th scope="col">{t('doc.file')}</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((j) => <JobRow key={j.id} job={j} previewing={previewing === j.id} onPreview={onPreview} />)}
        </tbody>
      </table>
    </div>
  );
}

function JobRow({ job: j, previewing, onPreview }: { job: DocumentJob; previewing: boolean; onPreview(job: DocumentJob | null): void }) {
  const { t, lang } = useLang();
  const { sel } = usePlan();
  const title = `${t(KIND_LABEL[j.kind])}${j.scorecard ? ` (${j.scorecard})` : ''}`;
  const name = `${title} ${j.period} ${j.format.toUpperCase()}`;
  const pct = Math.round(j.progress * 100);
  const href = api.url('downloadDocument', { params: { entityId: sel.entityId, planId: sel.planId, jobId: j.id } });
  return (
    <tr data-testid={`document-${j.id}`} data-status={j.status}>
      <th scope="row" className="fw-semibold">{title}</th>
      <td>{j.period}</td>
      <td>{FORMAT_LABEL[j.format]}</td>
      <td>
        <JobState status={j.status} />
        {isActive(j) && (
          <div className="mt-1">
            <div className="progress doc-progress">
              <div className="progress-bar" role="progressbar" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100} aria-label={t('doc.progressOf', { doc: name })} style={{ width: `${pct}%` }} />
            </div>
            <div className="small muted">{formatNumber(pct, 0, { locale: lang })} %{j.message ? ` · ${j.message}` : ''}</div>
          </div>
        )}
        {j.status === 'failed' && <div className="field-error" data-testid="document-error">{j.message ?? t('common.error')}</div>}
        {j.status === 'done' && j.stale && (
          <div className="doc-stale" role="note" data-testid="document-stale">
            <span aria-hidden="true">⚠ </span>{t('doc.stale')}
          </div>
        )}
      </td>
      <td className="small">
        {formatDateTime(j.createdAt, lang)}
        {j.createdBy && <div className="muted">{j.createdBy.name}</div>}
      </td>
      <td>
        {j.status === 'done' && (
          <div className="d-flex flex-column align-items-start gap-1">
            <a href={href} download={j.fileName ?? true} data-testid="document-download">
              {t('doc.download')}<span className="visually-hidden"> {name}</span>{j.size !== null ? ` (${formatSize(j.size, lang)})` : ''}
            </a>
            {j.format === 'html' && (
              <button type="button" className="btn btn-link p-0 doc-action" aria-pressed={previewing} onClick={() => onPreview(previewing ? null : j)}>
                {previewing ? t('doc.hidePreview') : t('doc.preview')}<span className="visually-hidden"> {name}</span>
              </button>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}

function JobState({ status }: { status: DocumentJob['status'] }) {
  const { t } = useLang();
  const tone = status === 'done' ? 'verdict-success' : status === 'failed' ? 'verdict-danger' : 'verdict-neutral';
  const icon = status === 'done' ? '✓' : status === 'failed' ? '✕' : status === 'running' ? '⟳' : '…';
  return (
    <span className={`verdict verdict-sm ${tone}`} data-testid="document-status">
      <span aria-hidden="true">{icon}</span> {t(`doc.status.${status}`)}
    </span>
  );
}

function formatSize(bytes: number, lang: 'it' | 'en'): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 0, { locale: lang })} kB`;
  return `${formatNumber(bytes / (1024 * 1024), 1, { locale: lang })} MB`;
}
