import { z } from 'zod';
import { route } from '../route.js';
import { Ok } from '../schemas/common.js';
import { DemoAccount, LoginBody, LogoutAllBody, MeBody, OidcCallbackQuery, OidcStartQuery, Redirect } from '../schemas/auth.js';

/**
 * The authentication contract. Implemented by packages/server/src/auth/** (the auth plugin), not
 * by the generic route registration: these definitions fix paths, bodies and answers.
 */
export const authRoutes = {
  authLogin: route({
    method: 'POST',
    path: '/api/auth/login',
    summary: 'Accesso con e-mail e password (imposta il cookie di sessione)',
    tags: ['accesso'],
    public: true,
    csrf: false,
    body: LoginBody,
    response: MeBody,
  }),
  authLogout: route({
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'Esce da questa sessione',
    tags: ['accesso'],
    public: true,
    response: Ok,
  }),
  authLogoutAll: route({
    method: 'POST',
    path: '/api/auth/logout-all',
    summary: 'Esce da tutte le sessioni dell’utente, su ogni dispositivo',
    tags: ['accesso'],
    action: 'session.self',
    response: LogoutAllBody,
  }),
  authMe: route({
    method: 'GET',
    path: '/api/auth/me',
    summary: 'Chi è collegato, il token CSRF e le modalità di accesso disponibili',
    tags: ['accesso'],
    public: true,
    response: MeBody,
  }),
  authDemoAccounts: route({
    method: 'GET',
    path: '/api/auth/demo-accounts',
    summary: 'Gli account dimostrativi (solo in modalità demo; password «demo»)',
    tags: ['accesso'],
    public: true,
    response: z.array(DemoAccount),
  }),
  authOidcStart: route({
    method: 'GET',
    path: '/api/auth/oidc/start',
    summary: 'Avvia l’accesso OpenID Connect (SPID/CIE, Keycloak): reindirizza al fornitore',
    tags: ['accesso'],
    public: true,
    status: 302,
    query: OidcStartQuery,
    response: Redirect,
  }),
  authOidcCallback: route({
    method: 'GET',
    path: '/api/auth/oidc/callback',
    summary: 'Ritorno dal fornitore OpenID Connect: apre la sessione e reindirizza all’applicazione',
    tags: ['accesso'],
    public: true,
    status: 302,
    query: OidcCallbackQuery,
    response: Redirect,
  }),
} as const;
