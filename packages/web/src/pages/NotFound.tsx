import { Link } from 'react-router-dom';
import { useLang } from '../i18n/lang.js';

export function NotFound() {
  const { t } = useLang();
  return (
    <>
      <h1>{t('notfound.title')}</h1>
      <p><Link to="/">{t('notfound.home')}</Link></p>
    </>
  );
}
