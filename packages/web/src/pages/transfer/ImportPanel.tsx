import { useState, type ChangeEvent } from 'react';
import { Link } from 'react-router-dom';
import { useApiMutation } from '../../api/hooks.js';
import type { ImportPreview, ImportSummary } from '../../api/types.js';
import { ErrorAlert } from '../../components/Status.js';
import { useLang } from '../../i18n/lang.js';
import { planPath } from '../../layout/selection.js';
import { PreviewView } from './PreviewView.js';

type Doc = { format?: string; entity?: { id?: string } } & Record<string, unknown>;

/** Upload → dry run → confirm. The file is parsed in the browser; the server validates and previews. */
export function ImportPanel() {
  const { t } = useLang();
  const [doc, setDoc] = useState<Doc | null>(null);
  const [fileName, setFileName] = useState('');
  const [parseError, setParseError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [replace, setReplace] = useState(false);
  const [done, setDone] = useState<ImportSummary | null>(null);
  const dry = useApiMutation('previewImport');
  const imp = useApiMutation('importPlan', ['listEntities', 'getPlan', 'getDashboard', 'getTree', 'getObjective', 'getResults', 'listVersions']);
  const entityId = typeof doc?.entity?.id === 'string' && doc.entity.id ? doc.entity.id : 'nuovo-ente';

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    setPreview(null);
    setDone(null);
    setParseError(null);
    if (!f) return;
    setFileName(f.name);
    try {
      const parsed = JSON.parse(await f.text()) as Doc;
      setDoc(parsed);
      const p = await dry.mutateAsync({ params: { entityId: typeof parsed.entity?.id === 'string' && parsed.entity.id ? parsed.entity.id : 'nuovo-ente' }, body: { document: parsed as never, replace: false } });
      setPreview(p);
      setReplace(false);
    } catch (err) {
      if (err instanceof SyntaxError) setParseError(t('imp.notJson', { msg: err.message }));
    }
  };
  const confirm = async () => {
    if (!doc) return;
    setDone(await imp.mutateAsync({ params: { entityId }, body: { document: doc as never, replace } }));
  };

  return (
    <section className="panel" aria-labelledby="imp-title">
      <h2 id="imp-title">{t('imp.title')}</h2>
      <p className="small muted">{t('imp.hint')}</p>
      <label htmlFor="imp-file" className="form-label fw-semibold">{t('imp.file')}</label>
      <input id="imp-file" type="file" accept=".json,application/json" className="form-control mb-3" onChange={onFile} />
      {parseError && <div className="alert alert-danger" role="alert">{parseError}</div>}
      <ErrorAlert error={dry.error} />
      {preview && !done && (
        <PreviewView preview={preview} fileName={fileName} replace={replace} onReplace={setReplace} onConfirm={confirm} busy={imp.isPending} />
      )}
      <ErrorAlert error={imp.error} />
      {done && (
        <div className="alert alert-success" role="status" data-testid="import-done">
          {t('imp.done', { plan: done.planId, v: done.version })}{' '}
          <Link to={planPath({ entityId: done.entityId, planId: done.planId }, 'cruscotto')}>{t('imp.open')}</Link>
        </div>
      )}
    </section>
  );
}
