import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApi } from '../api/hooks.js';
import type { DocumentJob } from '../api/types.js';
import { QueryState } from '../components/Status.js';
import { useLang } from '../i18n/lang.js';
import { planPath } from '../layout/selection.js';
import { usePlan } from '../layout/usePlan.js';
import { GenerateForm } from './documents/GenerateForm.js';
import { HtmlPreview } from './documents/HtmlPreview.js';
import { isActive, JobList } from './documents/JobList.js';

/** Documenti: generate the Relazione, the Piano, the OIV pack or a scorecard in the background; the list with progress and downloads. */
export function DocumentsPage() {
  const { t } = useLang();
  const { sel } = usePlan();
  const [preview, setPreview] = useState<DocumentJob | null>(null);
  const q = useApi(
    'listDocuments',
    { params: { entityId: sel.entityId, planId: sel.planId } },
    // While a job is queued or running the list is asked again every second (progress, then the file).
    { refetchInterval: (query) => (query.state.data?.some(isActive) ? 1000 : false), staleTime: 0 },
  );
  return (
    <>
      <div className="page-header">
        <h1 className="mb-0">{t('nav.documenti')}</h1>
        <Link to={planPath(sel, 'documenti/testi')}>{t('doc.toNarratives')}</Link>
      </div>
      {/* Every role of the entity may generate (policy `document.generate`); the server decides. */}
      <GenerateForm busy={!!q.data?.some(isActive)} />
      <section className="panel" aria-labelledby="doc-list-title">
        <h2 id="doc-list-title">{t('doc.list')}</h2>
        <QueryState q={q}>{(jobs) => <JobList jobs={jobs} previewing={preview?.id ?? null} onPreview={setPreview} />}</QueryState>
      </section>
      {preview && <HtmlPreview key={preview.id} job={preview} onClose={() => setPreview(null)} />}
    </>
  );
}
