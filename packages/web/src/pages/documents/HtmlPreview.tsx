import { useQuery } from '@tanstack/react-query';
import { fetchText } from '../../api/client.js';
import type { ApiError } from '../../api/hooks.js';
import type { DocumentJob } from '../../api/types.js';
import { QueryState } from '../../components/Status.js';
import { useLang } from '../../i18n/lang.js';
import { usePlan } from '../../layout/usePlan.js';
import { KIND_LABEL } from './kinds.js';

/**
 * An HTML document in a sandboxed frame: `sandbox=""` gives it an opaque origin and no scripts,
 * forms, popups or navigation of the app (the generators write no script anyway).
 */
export function HtmlPreview({ job, onClose }: { job: DocumentJob; onClose(): void }) {
  const { t } = useLang();
  const { sel } = usePlan();
  const input = { params: { entityId: sel.entityId, planId: sel.planId, jobId: job.id } };
  const q = useQuery<string, ApiError>({ queryKey: ['downloadDocument', input], queryFn: () => fetchText('downloadDocument', input), staleTime: Infinity });
  const title = `${t('doc.preview')}: ${t(KIND_LABEL[job.kind])} ${job.period}`;
  return (
    <section className="panel" aria-labelledby="doc-preview-title" data-testid="document-preview">
      <div className="d-flex justify-content-between align-items-center mb-2">
        <h2 id="doc-preview-title" className="mb-0">{title}</h2>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onClose}>{t('common.close')}</button>
      </div>
      <QueryState q={q}>
        {(html) => <iframe className="doc-frame" title={title} sandbox="" srcDoc={html} />}
      </QueryState>
    </section>
  );
}
