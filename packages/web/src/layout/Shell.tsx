import { Suspense } from 'react';
import { Outlet, useMatch, useSearchParams } from 'react-router-dom';
import { Loading } from '../components/Status.js';
import { useLang } from '../i18n/lang.js';
import { AppHeader } from './AppHeader.js';
import { SideNav } from './SideNav.js';

/** Skip links, header, navigation and main region of every logged-in page. */
export function Shell() {
  const { t } = useLang();
  const m = useMatch('/e/:entityId/:planId/*');
  const [search] = useSearchParams();
  const sel = m ? { entityId: m.params.entityId!, planId: m.params.planId!, period: search.get('periodo') ?? '' } : null;
  return (
    <>
      <nav className="skiplinks" aria-label={t('skip.main')}>
        <a className="visually-hidden-focusable" href="#main">{t('skip.main')}</a>
        <a className="visually-hidden-focusable" href="#nav">{t('skip.nav')}</a>
      </nav>
      <AppHeader sel={sel} />
      <div className="app-layout">
        <SideNav sel={sel} />
        <main id="main" className="app-main" tabIndex={-1}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <footer className="it-footer-small-prints py-3 px-4 bg-dark text-white small">
        Performa · EUPL-1.2 · {t('app.tagline')}
      </footer>
    </>
  );
}
