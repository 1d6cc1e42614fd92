import type { DemoAccount } from '../api/types.js';
import { useLang } from '../i18n/lang.js';

/** The demo accounts (demo mode only), one per role, each with a button filling the form. */
export function DemoAccounts({ accounts, onPick }: { accounts: DemoAccount[]; onPick(a: DemoAccount): void }) {
  const { t } = useLang();
  return (
    <section className="panel" aria-labelledby="demo-title">
      <h2 id="demo-title" className="h4">{t('login.demo')}</h2>
      <p className="muted">{t('login.demoNote')}</p>
      <table className="table table-sm table-dense">
        <thead>
          <tr>
            <th scope="col">{t('login.email')}</th>
            <th scope="col">{t('user.roles')}</th>
            <th scope="col"><span className="visually-hidden">{t('login.useAccount')}</span></th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.email}>
              <td><code>{a.email}</code><div className="small muted">{a.description}</div></td>
              <td>{a.role}<div className="small muted">{a.entityId}</div></td>
              <td>
                <button type="button" className="btn btn-outline-primary btn-xs btn-sm" onClick={() => onPick(a)} aria-label={`${t('login.useAccount')}: ${a.email}`}>
                  {t('login.useAccount')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
