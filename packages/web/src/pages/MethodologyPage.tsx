import { useEffect, useState } from 'react';
import type { ResolvedMethodology } from '@performa/core';
import { useApi, useApiMutation } from '../api/hooks.js';
import type { MethodologyInfo, Preview } from '../api/types.js';
import { ErrorAlert, QueryState } from '../components/Status.js';
import { useLang } from '../i18n/lang.js';
import { useHasRole } from '../layout/auth.js';
import { usePlan } from '../layout/usePlan.js';
import { OptionFields } from './methodology/OptionFields.js';
import { PreviewPanel } from './methodology/PreviewPanel.js';
import { SaveBar } from './methodology/SaveBar.js';

/** Metodologia (SMVP): every option of spec §3 explained, with a live preview of the scores before saving. */
export function MethodologyPage() {
  const { t } = useLang();
  const { sel } = usePlan();
  const q = useApi('getMethodology', { params: { entityId: sel.entityId, planId: sel.planId } });
  return (
    <>
      <h1>{t('nav.metodologia')}</h1>
      <QueryState q={q}>{(info) => <Editor key={info.version} info={info} />}</QueryState>
    </>
  );
}

function Editor({ info }: { info: MethodologyInfo }) {
  const { t } = useLang();
  const { sel } = usePlan();
  const canEdit = useHasRole(sel.entityId, 'controllo');
  const saved = info.resolved as unknown as ResolvedMethodology;
  const [m, setM] = useState<ResolvedMethodology>(saved);
  const [preview, setPreview] = useState<Preview | null>(null);
  const previewM = useApiMutation('previewMethodology');
  const dirty = JSON.stringify(m) !== JSON.stringify(saved);

  useEffect(() => {
    if (!dirty) return setPreview(null);
    const h = setTimeout(() => {
      previewM
        .mutateAsync({ params: { entityId: sel.entityId, planId: sel.planId }, body: { methodology: { ...info.methodology, ...m }, period: sel.period } })
        .then(setPreview, () => setPreview(null));
    }, 250);
    return () => clearTimeout(h);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [m, dirty, sel.period]);

  return (
    <div className="row g-3">
      <div className="col-xl-7">
        <section className="panel" aria-labelledby="opts-title">
          <h2 id="opts-title">{t('meth.options')}</h2>
          <p className="small muted">{canEdit ? t('meth.editHint') : t('meth.readOnly')}</p>
          <OptionFields m={m} disabled={!canEdit} onChange={(p) => setM({ ...m, ...p })} />
        </section>
      </div>
      <div className="col-xl-5">
        <div style={{ position: 'sticky', top: 16 }}>
          <PreviewPanel preview={preview} pending={previewM.isPending} dirty={dirty} />
          <ErrorAlert error={previewM.error} />
          {canEdit && dirty && <SaveBar info={info} m={m} onReset={() => setM(saved)} />}
        </div>
      </div>
    </div>
  );
}
