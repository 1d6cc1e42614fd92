/** The authentication module: what the server, the CLI and the tests use. */
export type { Actor, RoleGrant } from './actor.js';
export { authPlugin, CSRF_REFUSED, type AuthPluginOptions } from './plugin.js';
export { requireActor, actorOf, UnauthenticatedError, UNAUTHENTICATED } from './require-actor.js';
export { authConfigFromEnv, type AuthConfig } from './config.js';
export { oidcSettingsFromEnv, type OidcSettings } from './oidc-settings.js';
export { OIDC_ERRORS, type OidcErrorCode } from './oidc.js';
export { ALL_ENTITIES, ROLE_CODES, ROLE_LABELS, UNIT_ROLES, isRoleCode, normalizeEmail, normalizeFiscalCode } from './identity.js';
export { hashPassword, verifyPassword, MIN_PASSWORD_LENGTH } from './password.js';
export { addUser, AccountInputError, type AddUserInput, type AddUserResult } from './accounts.js';
export { createDemoAccounts, demoAccountList, DEMO_ACCOUNTS, DEMO_ENTITIES, DEMO_PASSWORD } from './demo-accounts.js';
export { endAllSessions } from './sessions.js';
export { sendReminders, sendAllReminders, ReminderInputError, type ReminderOptions, type ReminderRequest, type ReminderReport } from './reminders/send.js';
export { smtpSettingsFromEnv, type SmtpSettings } from './reminders/smtp.js';
export type { MissingValue } from './reminders/model.js';
