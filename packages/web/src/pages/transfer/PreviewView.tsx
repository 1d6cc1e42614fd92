import { formatDate } from '@performa/core';
import type { ImportPreview } from '../../api/types.js';
import { useLang } from '../../i18n/lang.js';

interface Props {
  preview: ImportPreview;
  fileName: string;
  replace: boolean;
  onReplace(v: boolean): void;
  onConfirm(): void;
  busy: boolean;
}

/** What an import would create, or the validation report with its JSON pointers. */
export function PreviewView({ preview, fileName, replace, onReplace, onConfirm, busy }: Props) {
  const { t } = useLang();
  if (!preview.ok) {
    return (
      <div className="alert alert-danger" data-testid="import-problems">
        <h3 className="h5">{t('imp.invalid', { file: fileName, n: preview.problems.length })}</h3>
        <table className="table table-sm table-dense bg-white mb-0">
          <thead>
            <tr>
              <th scope="col">{t('imp.pointer')}</th>
              <th scope="col">{t('imp.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.problems.map((p, i) => (
              <tr key={i}>
                <td><code>{p.pointer || '/'}</code></td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <div className="border rounded p-3" data-testid="import-preview">
      <h3 className="h5">{t('imp.preview')}</h3>
      <p>
        {preview.entityName} ({preview.entityId}) · {t('ctx.plan')} <strong>{preview.planId}</strong> · {t('ctx.version', { n: preview.version })}
        {!preview.entityExists && <> · {t('imp.newEntity')}</>}
      </p>
      <table className="table table-sm table-dense" style={{ maxWidth: 480 }}>
        <caption className="visually-hidden">{t('imp.counts')}</caption>
        <tbody>
          {Object.entries(preview.counts).map(([k, n]) => (
            <tr key={k}>
              <th scope="row">{t(`imp.count.${k}` as never) === `imp.count.${k}` ? k : t(`imp.count.${k}` as never)}</th>
              <td className="num">{n}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small">{t('imp.periods')}: {preview.periods.map((p) => `${p.id} (${formatDate(p.start)} – ${formatDate(p.end)})`).join(' · ')}</p>
      {preview.exists && (
        <div className="form-check mb-2">
          <input type="checkbox" id="imp-replace" checked={replace} onChange={(e) => onReplace(e.target.checked)} />
          <label htmlFor="imp-replace">{t('imp.replace', { plan: preview.planId })}</label>
        </div>
      )}
      <p className="small muted">{t('imp.nothingYet')}</p>
      <button type="button" className="btn btn-primary" onClick={onConfirm} disabled={busy || (preview.exists && !replace)}>{t('imp.confirm')}</button>
    </div>
  );
}
