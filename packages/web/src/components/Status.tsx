import { Alert, Spinner } from 'design-react-kit';
import { useLang } from '../i18n/lang.js';
import type { ApiError } from '../api/hooks.js';

export function Loading() {
  const { t } = useLang();
  return (
    <div className="d-flex align-items-center gap-2 p-4" role="status">
      <Spinner active small />
      <span>{t('common.loading')}</span>
    </div>
  );
}

/** An API error in words (the server's Italian message when it gives one). */
export function ErrorAlert({ error }: { error: ApiError | Error | null | undefined }) {
  const { t } = useLang();
  if (!error) return null;
  const e = error as ApiError;
  const msg = e.status === 403 ? t('common.forbidden') : e.message;
  return (
    <Alert color="danger">
      <strong>{t('common.error')}</strong>: {msg}
      {(e.fields?.length ?? 0) > 0 && (
        <ul className="mb-0">
          {e.fields.map((f) => (
            <li key={f.path}>
              <code>{f.path}</code>: {f.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

/** Renders children once a query has data; loading and error states otherwise. */
export function QueryState<T>({ q, children }: { q: { data?: T; error: unknown; isPending: boolean }; children: (data: T) => React.ReactNode }) {
  if (q.error) return <ErrorAlert error={q.error as ApiError} />;
  if (q.isPending || q.data === undefined) return <Loading />;
  return <>{children(q.data)}</>;
}
