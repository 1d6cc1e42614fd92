import { Header, HeaderBrand, HeaderContent, HeaderRightZone, Headers } from 'design-react-kit';
import { Link } from 'react-router-dom';
import { useLang } from '../i18n/lang.js';
import { useLogout, useMe } from './auth.js';
import { ContextBar } from './ContextBar.js';
import type { Selection } from './selection.js';

const ROLE_LABELS: Record<string, string> = {
  amministratore: 'amministratore',
  controllo: 'controllo di gestione',
  dirigente: 'dirigente / PO',
  referente: 'referente',
  oiv: 'OIV',
  lettore: 'Giunta / lettore',
};

/** The slim header (language, user) and the centre header (app name, entity/plan/period), in one banner landmark. */
export function AppHeader({ sel }: { sel: Selection | null }) {
  const { t, lang, setLang } = useLang();
  const me = useMe().data;
  const logout = useLogout();
  const user = me?.user;
  const roles = user ? [...new Set(user.roles.filter((r) => !sel || r.entityId === sel.entityId).map((r) => ROLE_LABELS[r.role] ?? r.role))] : [];
  return (
    <header>
      <Headers>
        <Header type="slim" theme="">
          <HeaderContent>
            <HeaderBrand href="/">{t('app.name')}</HeaderBrand>
            <HeaderRightZone>
              <button type="button" className="lang-btn me-3" lang={lang === 'it' ? 'en' : 'it'} onClick={() => setLang(lang === 'it' ? 'en' : 'it')} aria-label={`${t('lang.label')}: ${t('lang.switch')}`}>
                {t('lang.switch')}
              </button>
              {user && (
                <span className="text-white small me-3" data-testid="current-user">
                  {user.name ?? user.email}
                  {roles.length > 0 && <span className="ms-1">({roles.join(', ')})</span>}
                </span>
              )}
              {user && (
                <button type="button" className="btn btn-primary btn-sm btn-full" onClick={logout}>
                  {t('user.logout')}
                </button>
              )}
            </HeaderRightZone>
          </HeaderContent>
        </Header>
        <Header type="center" small>
          <HeaderContent>
            <div className="it-brand-wrapper">
              <Link to="/">
                <div className="it-brand-text">
                  <div className="it-brand-title">{t('app.name')}</div>
                  <div className="it-brand-tagline d-none d-md-block">{t('app.tagline')}</div>
                </div>
              </Link>
            </div>
            <HeaderRightZone>{sel && <ContextBar sel={sel} />}</HeaderRightZone>
          </HeaderContent>
        </Header>
      </Headers>
    </header>
  );
}
