import type { RoleCode } from '@performa/api';
import { NavLink } from 'react-router-dom';
import type { DictKey } from '../i18n/dict.js';
import { useLang } from '../i18n/lang.js';
import { useMe } from './auth.js';
import { planPath, type Selection } from './selection.js';

interface Item {
  page: string;
  label: DictKey;
  /** Roles that see the link (every role when absent). */
  roles?: RoleCode[];
}

const SECTIONS: { title: DictKey; items: Item[] }[] = [
  {
    title: 'nav.section.analisi',
    items: [
      { page: 'cruscotto', label: 'nav.cruscotto' },
      { page: 'albero', label: 'nav.albero' },
      { page: 'monitoraggio', label: 'nav.monitoraggio' },
    ],
  },
  {
    title: 'nav.section.ciclo',
    items: [
      { page: 'rilevazione', label: 'nav.rilevazione', roles: ['referente', 'dirigente', 'controllo', 'amministratore'] },
      { page: 'validazione', label: 'nav.validazione', roles: ['dirigente', 'controllo'] },
      { page: 'dati-mancanti', label: 'nav.mancanti', roles: ['referente', 'dirigente', 'controllo', 'amministratore', 'oiv'] },
      { page: 'neutralizzazioni', label: 'nav.neutralizzazioni' },
    ],
  },
  {
    title: 'nav.section.gestione',
    items: [
      { page: 'metodologia', label: 'nav.metodologia' },
      { page: 'versioni', label: 'nav.versioni' },
      { page: 'periodi', label: 'nav.periodi' },
      { page: 'documenti', label: 'nav.documenti' },
      { page: 'documenti/testi', label: 'nav.testi' },
      { page: 'importa', label: 'nav.importa' },
    ],
  },
];

/** The main navigation: every screen of the selected plan, by section. */
export function SideNav({ sel }: { sel: Selection | null }) {
  const { t } = useLang();
  const me = useMe().data;
  const held = new Set(me?.user?.roles.filter((r) => !sel || r.entityId === sel.entityId).map((r) => r.role));
  return (
    <nav id="nav" className="app-nav" aria-label={t('nav.label')} tabIndex={-1}>
      {SECTIONS.map((s) => (
        <div key={s.title} className="link-list-wrapper">
          <h2>{t(s.title)}</h2>
          <ul className="link-list">
            {s.items
              .filter((i) => !i.roles || i.roles.some((r) => held.has(r)))
              .map((i) => {
                const to = sel ? planPath(sel, i.page) : i.page === 'importa' ? '/importa' : null;
                return (
                  <li key={i.page}>
                    {to ? (
                      <NavLink to={to} end className={({ isActive }) => `list-item${isActive ? ' active' : ''}`}>
                        <span>{t(i.label)}</span>
                      </NavLink>
                    ) : (
                      <span className="list-item disabled" aria-disabled="true"><span>{t(i.label)}</span></span>
                    )}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
