import { useParams } from 'react-router-dom';
import { useLang } from '../i18n/lang.js';
import { useSelection } from '../layout/selection.js';
import { ExportPanel } from './transfer/ExportPanel.js';
import { ImportPanel } from './transfer/ImportPanel.js';

/** Importa / esporta: upload a performa/1 file (preview or validation report, nothing written until confirmed); downloads. */
export function ImportPage() {
  const { t } = useLang();
  const { planId } = useParams();
  const sel = useSelection();
  return (
    <>
      <h1>{t('nav.importa')}</h1>
      <ImportPanel />
      {planId && <ExportPanel sel={sel} />}
    </>
  );
}
