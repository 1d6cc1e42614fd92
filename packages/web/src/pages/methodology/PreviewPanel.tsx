import { formatPercent, formatSigned } from '@performa/core';
import type { Preview } from '../../api/types.js';
import { useBands } from '../../components/bands.js';
import { VerdictBadge } from '../../components/VerdictBadge.js';
import { useLang } from '../../i18n/lang.js';

/** Before/after scores of the entity, the areas and the objectives that change. */
export function PreviewPanel({ preview, pending, dirty }: { preview: Preview | null; pending: boolean; dirty: boolean }) {
  const { t, lang } = useLang();
  const { decimals } = useBands();
  const pct = (s: number | null | undefined) => formatPercent(s, decimals, lang);
  const delta = (a: number | null, b: number | null) => (a === null || b === null ? '' : `${formatSigned((b - a) * 100, decimals, { locale: lang })} pp`);
  return (
    <section className="panel" aria-labelledby="preview-title" aria-busy={pending} data-testid="meth-preview">
      <h2 id="preview-title">{t('meth.preview')}</h2>
      {!dirty && <p className="muted mb-0">{t('meth.previewHint')}</p>}
      {dirty && !preview && <p className="muted mb-0" role="status">{t('common.loading')}</p>}
      {dirty && preview && (
        <>
          <table className="table table-sm table-dense">
            <thead>
              <tr>
                <th scope="col"></th>
                <th scope="col" className="num">{t('meth.before')}</th>
                <th scope="col" className="num">{t('meth.after')}</th>
                <th scope="col" className="num">Δ</th>
              </tr>
            </thead>
            <tbody>
              <tr className="fw-semibold" data-testid="preview-entity">
                <th scope="row">{t('ctx.entity')}</th>
                <td className="num">{pct(preview.before.entity.score)}</td>
                <td className="num">{pct(preview.after.entity.score)} <VerdictBadge verdict={preview.after.entity.verdict} status={preview.after.entity.status} small /></td>
                <td className="num">{delta(preview.before.entity.score, preview.after.entity.score)}</td>
              </tr>
              {Object.entries(preview.after.areas).map(([id, a]) => (
                <tr key={id}>
                  <th scope="row">{id}</th>
                  <td className="num">{pct(preview.before.areas[id]?.score)}</td>
                  <td className="num">{pct(a.score)}</td>
                  <td className="num">{delta(preview.before.areas[id]?.score ?? null, a.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className="h6">{t('meth.changed', { n: preview.changed.length })}</h3>
          <div style={{ maxHeight: 280, overflow: 'auto' }}>
            <table className="table table-sm table-dense mb-0">
              <tbody>
                {preview.changed.map((id) => (
                  <tr key={id}>
                    <th scope="row">{id}</th>
                    <td className="num">{pct(preview.before.objectives[id]?.score)}</td>
                    <td className="num">{pct(preview.after.objectives[id]?.score)}</td>
                    <td><VerdictBadge verdict={preview.after.objectives[id]?.verdict} status={preview.after.objectives[id]?.status} small /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
