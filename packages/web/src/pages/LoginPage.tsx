import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { useApi, useApiMutation } from '../api/hooks.js';
import { useLang } from '../i18n/lang.js';
import { useMe } from '../layout/auth.js';
import { DemoAccounts } from './DemoAccounts.js';

/** Login with e-mail and password; the demo accounts are listed in demo mode. */
export function LoginPage() {
  const { t, lang, setLang } = useLang();
  const me = useMe();
  const qc = useQueryClient();
  const [search] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const login = useApiMutation('authLogin');
  const demo = useApi('authDemoAccounts', {}, { enabled: !!me.data?.demo });
  const returnTo = search.get('returnTo') ?? '/';

  if (me.data?.user) return <Navigate to={returnTo.startsWith('/') ? returnTo : '/'} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!email.trim() || !password) return setError(t('login.required'));
    setError(null);
    try {
      const res = await login.mutateAsync({ body: { email, password } });
      qc.setQueryData(['authMe', {}], res);
      await qc.invalidateQueries();
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <>
      <header className="it-header-wrapper">
        <div className="it-header-slim-wrapper">
          <div className="container d-flex justify-content-between align-items-center py-2">
            <span className="text-white fw-semibold">{t('app.name')}</span>
            <button type="button" className="lang-btn" onClick={() => setLang(lang === 'it' ? 'en' : 'it')}>{t('lang.switch')}</button>
          </div>
        </div>
      </header>
      <main id="main" className="login-wrap px-3">
        <div className="row g-4">
          <div className="col-md-5">
            <div className="panel">
              <h1 className="h3">{t('login.title')}</h1>
              <form onSubmit={submit} noValidate>
                <div className="form-group mt-4">
                  <label htmlFor="login-email" className="active">{t('login.email')}</label>
                  <input id="login-email" type="email" className="form-control" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
                </div>
                <div className="form-group">
                  <label htmlFor="login-password" className="active">{t('login.password')}</label>
                  <input id="login-password" type="password" className="form-control" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
                </div>
                {error && <Alert color="danger" role="alert">{t('login.failed')}: {error}</Alert>}
                <Button color="primary" type="submit" disabled={login.isPending}>{t('login.submit')}</Button>
              </form>
            </div>
          </div>
          {me.data?.demo && demo.data && (
            <div className="col-md-7">
              <DemoAccounts accounts={demo.data} onPick={(a) => { setEmail(a.email); setPassword('demo'); }} />
            </div>
          )}
        </div>
      </main>
    </>
  );
}
