import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authorize } from '../../../core/auth/authorize.js';
import { tokenHash } from '../../../core/auth/session-token.js';
import { AppError } from '../../../core/http/errors.js';
import { listOutbox } from '../../../core/mail/mail.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { findUserById, grantsOf } from '../db/queries.js';
import { sessionCookieName, sessionTtlMs } from '../domain/account-rules.js';
import { canBlockUser, canDeleteOwnAccount, canGrantRole, canManageUsers, canReadOutbox, canRevokeRole, canUseOwnAccount } from '../policy.js';

import { getUser, listUsers, setBlocked } from '../use-cases/admin-users.js';
import { getPublicProfile } from '../use-cases/public-profile.js';
import { deleteAccount, requestDeletionCode } from '../use-cases/delete-account.js';
import { exportPersonalData } from '../use-cases/export-data.js';
import { listStaff } from '../use-cases/public-people.js';
import { confirmEmail } from '../use-cases/confirm-email.js';
import { grantRole, revokeRole } from '../use-cases/manage-roles.js';
import { registerAccount } from '../use-cases/register-account.js';
import { requestPasswordReset, resendConfirmation, resetPassword } from '../use-cases/reset-password.js';
import { endSession } from '../use-cases/sessions.js';
import { signIn } from '../use-cases/sign-in.js';
import { changePassword, updateProfile } from '../use-cases/update-profile.js';
import { presentAdminUser, presentBlock, presentMe } from './presenters.js';
import * as s from './schemas.js';
import { deskRoutes } from './desk-routes.js';

const cookieName = sessionCookieName;

/** Who may call: anyone. Sign-in style routes are rate-limited per address and per e-mail. */
const limited = (max: number, minutes: number) => ({
  policy: 'public' as const,
  rateLimit: {
    max,
    timeWindow: minutes * 60_000,
    // per address and per whom the attempt is about (the e-mail, the link's token or the signed-in
    // account), so one office network does not share a single budget of attempts
    keyGenerator: (req: FastifyRequest) => {
      const body = req.body as { email?: unknown; token?: unknown } | undefined;
      const who =
        typeof body?.email === 'string'
          ? body.email.trim().toLowerCase()
          : typeof body?.token === 'string'
            ? tokenHash(body.token)
            : req.actor.kind === 'user'
              ? req.actor.userId
              : '';
      return `${req.routeOptions.url}|${req.ip}|${who}`;
    },
  },
});

export function accountRoutes(app: App, ctx: ModuleContext): void {
  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(cookieName, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: ctx.config.cookieSecure, maxAge: sessionTtlMs / 1000 });

  const meBody = async (userId: string, csrfToken: string | null) => {
    const user = await findUserById(ctx.database.db, userId);
    if (!user) throw new AppError(404, 'user_not_found');
    return { user: presentMe(user, await grantsOf(ctx.database.db, userId)), csrfToken };
  };

  // Public: create an account; a confirmation mail is queued in the same transaction. An address that has an
  // account gets the same answer, and its owner a mail saying someone tried (the form reveals no accounts).
  app.post(
    '/api/auth/register',
    {
      config: limited(20, 60),
      schema: {
        tags: ['accounts'],
        summary: 'Register with e-mail and password',
        body: s.registerBodySchema,
        response: { 201: s.registrationSchema },
      },
    },
    async (req, reply) => {
      return reply.status(201).send(await registerAccount(ctx, { ...req.body, language: req.body.language ?? req.lang }));
    },
  );

  // Public: confirm the e-mail with the token from the mail; signs the person in.
  app.post(
    '/api/auth/confirm',
    { config: limited(30, 15), schema: { tags: ['accounts'], summary: 'Confirm e-mail', body: s.confirmBodySchema, response: { 200: s.meResponseSchema } } },
    async (req, reply) => {
      const { userId, session } = await confirmEmail(ctx, req.body.token, req.headers['user-agent']);
      setSessionCookie(reply, session.token);
      return meBody(userId, session.csrfToken);
    },
  );

  // Public: mail a new confirmation link (same answer whether or not the address has an account).
  app.post(
    '/api/auth/resend-confirmation',
    {
      config: limited(5, 15),
      schema: { tags: ['accounts'], summary: 'Resend the confirmation mail', body: s.emailOnlyBodySchema, response: { 202: s.okSchema } },
    },
    async (req, reply) => {
      await resendConfirmation(ctx, req.body.email);
      return reply.status(202).send({ ok: true });
    },
  );

  // Public, rate-limited per address and e-mail, with budgets of failures per address and per e-mail (see signIn):
  // sign in; sets the httpOnly session cookie and returns the CSRF token.
  app.post(
    '/api/auth/login',
    { config: limited(10, 15), schema: { tags: ['accounts'], summary: 'Sign in', body: s.loginBodySchema, response: { 200: s.meResponseSchema } } },
    async (req, reply) => {
      const { userId, session } = await signIn(ctx, req.body, { ip: req.ip, userAgent: req.headers['user-agent'] });
      setSessionCookie(reply, session.token);
      return meBody(userId, session.csrfToken);
    },
  );

  // Anyone: ends the current session (no-op without one). With a session, the CSRF token is required (src/app.ts),
  // so another site cannot sign a person out.
  app.post(
    '/api/auth/logout',
    { config: { policy: 'public' }, schema: { tags: ['accounts'], summary: 'Sign out', response: { 204: z.null() } } },
    async (req, reply) => {
      const token = req.cookies[cookieName];
      if (token) await endSession(ctx.database.db, token);
      reply.clearCookie(cookieName, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  // Public, rate-limited: mail a password reset link (same answer for unknown addresses).
  app.post(
    '/api/auth/password-reset/request',
    {
      config: limited(5, 15),
      schema: { tags: ['accounts'], summary: 'Ask for a password reset link', body: s.emailOnlyBodySchema, response: { 202: s.okSchema } },
    },
    async (req, reply) => {
      await requestPasswordReset(ctx, req.body.email);
      return reply.status(202).send({ ok: true });
    },
  );

  // Public, rate-limited: set a new password with the token from the reset mail; signs out everywhere.
  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: limited(10, 15),
      schema: { tags: ['accounts'], summary: 'Set a new password from a reset link', body: s.resetBodySchema, response: { 200: s.okSchema } },
    },
    async (req) => {
      await resetPassword(ctx, req.body.token, req.body.password);
      return { ok: true as const };
    },
  );

  // Public: who this browser is — the account, or nobody. The web app asks this on every page load,
  // so a visitor who is not signed in gets a 200 with no user instead of /api/me's 401.
  app.get(
    '/api/session',
    {
      config: { policy: 'public' },
      schema: { tags: ['accounts'], summary: 'The signed-in account, or nobody', response: { 200: s.currentSessionSchema } },
    },
    async (req) => (req.actor.kind === 'user' ? meBody(req.actor.userId, req.csrfToken ?? null) : { user: null, csrfToken: null }),
  );

  // Signed in: the caller's own account.
  app.get(
    '/api/me',
    { config: { policy: canUseOwnAccount }, schema: { tags: ['accounts'], summary: 'The signed-in account', response: { 200: s.meResponseSchema } } },
    async (req) => {
      authorize(req.actor, canUseOwnAccount(req.actor));
      return meBody(req.actor.userId, req.csrfToken ?? null);
    },
  );

  // Signed in: change display name, district, language.
  app.patch(
    '/api/me',
    {
      config: { policy: canUseOwnAccount },
      schema: { tags: ['accounts'], summary: 'Update the profile', body: s.profileBodySchema, response: { 200: s.meResponseSchema } },
    },
    async (req) => meBody(await updateProfile(ctx, req.actor, req.body), req.csrfToken ?? null),
  );

  // Signed in, rate-limited: change the password knowing the current one; every other session of the account ends.
  app.post(
    '/api/me/password',
    {
      config: { ...limited(10, 15), policy: canUseOwnAccount },
      schema: { tags: ['accounts'], summary: 'Change the password', body: s.passwordChangeBodySchema, response: { 200: s.okSchema } },
    },
    async (req) => {
      await changePassword(ctx, req.actor, { ...req.body, sessionToken: req.cookies[cookieName] });
      return { ok: true as const };
    },
  );

  // Signed in, a few an hour: the signed-in person's own data as a ZIP streamed out (one JSON per module and their
  // images). Only one's own: no route takes another account's id (GET /api/people/:id/data is a 404).
  app.get(
    '/api/me/data',
    {
      config: { ...limited(5, 60), policy: canUseOwnAccount },
      schema: { tags: ['accounts'], summary: 'Download my data (application/zip: one JSON file per module and my images)' },
    },
    async (req, reply) => {
      const { stream, fileName } = await exportPersonalData(ctx, req.actor);
      return reply
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .type('application/zip')
        .send(stream);
    },
  );

  // Signed in, rate-limited (each call sends a mail): an account without a password asks for the code confirming its deletion.
  app.post(
    '/api/me/account/deletion-code',
    {
      config: { ...limited(5, 15), policy: canUseOwnAccount },
      schema: {
        tags: ['accounts'],
        summary: 'Mail me a code to confirm deleting my account (an account without a password only; 409 otherwise)',
        response: { 200: s.deletionCodeSentSchema },
      },
    },
    async (req) => {
      const sent = await requestDeletionCode(ctx, req.actor);
      return { sentTo: sent.sentTo, expiresAt: sent.expiresAt.toISOString() };
    },
  );

  // Signed in, rate-limited: the signed-in person deletes their own account, with the password (or, without one, the
  // mailed code), keeping what they wrote anonymised or removing it; the session ends (canDeleteOwnAccount: not the
  // last city administrator).
  app.post(
    '/api/me/account/delete',
    {
      config: { ...limited(10, 15), policy: [canUseOwnAccount, canDeleteOwnAccount] },
      schema: { tags: ['accounts'], summary: 'Delete my account', body: s.accountDeletionBodySchema, response: { 200: s.accountDeletedSchema } },
    },
    async (req, reply) => {
      const deleted = await deleteAccount(ctx, req.actor, req.body);
      reply.clearCookie(cookieName, { path: '/' });
      return deleted;
    },
  );

  // Public: the staff directory (officials, moderators, experts, administrators; never residents), e.g. a department's officials.
  app.get(
    '/api/people',
    {
      config: { policy: 'public' },
      schema: { tags: ['accounts'], summary: 'Staff directory', querystring: s.staffQuerySchema, response: { 200: s.staffListSchema } },
    },
    async (req) => {
      return { items: await listStaff(ctx.database.db, req.query) };
    },
  );

  // Public: a person's profile (name, district, roles, what they created); never e-mail or phone.
  app.get(
    '/api/people/:id',
    {
      config: { policy: 'public' },
      schema: { tags: ['accounts'], summary: 'Public profile', params: s.userIdParamsSchema, response: { 200: s.publicProfileSchema } },
    },
    async (req) => {
      const p = await getPublicProfile(ctx, req.params.id);
      return {
        ...p,
        joinedAt: p.joinedAt.toISOString(),
        authored: p.authored.map((a) => ({
          type: a.type,
          items: a.items.map((i) => ({ type: i.type, id: i.id, title: i.title, excerpt: i.excerpt, path: i.path, createdAt: i.createdAt.toISOString() })),
        })),
      };
    },
  );

  // City moderators (people without roles) and administrators: block until a date with a reason, or lift a block (audited).
  app.post(
    '/api/people/:id/block',
    {
      config: { policy: canBlockUser },
      schema: {
        tags: ['moderation'],
        summary: 'Block or unblock a person',
        params: s.userIdParamsSchema,
        body: s.blockBodySchema,
        response: { 200: s.personBlockSchema },
      },
    },
    async (req) => {
      await setBlocked(ctx, req.actor, req.params.id, req.body);
      const user = await findUserById(ctx.database.db, req.params.id);
      if (!user) throw new AppError(404, 'user_not_found');
      return { id: user.id, displayName: user.displayName, ...presentBlock(user) };
    },
  );

  // Administrators: accounts, search and filter.
  app.get(
    '/api/admin/users',
    {
      config: { policy: canManageUsers },
      schema: { tags: ['admin'], summary: 'List accounts', querystring: s.userListQuerySchema, response: { 200: s.userListSchema } },
    },
    async (req) => {
      const { items, total } = await listUsers(ctx, req.actor, req.query);
      return { items: items.map((i) => presentAdminUser(i.user, i.roles)), total };
    },
  );

  // Administrators: one account.
  app.get(
    '/api/admin/users/:id',
    {
      config: { policy: canManageUsers },
      schema: { tags: ['admin'], summary: 'One account', params: s.userIdParamsSchema, response: { 200: s.adminUserSchema } },
    },
    async (req) => {
      const { user, roles } = await getUser(ctx, req.actor, req.params.id);
      return presentAdminUser(user, roles);
    },
  );

  // Administrators: block or unblock an account (audited).
  app.post(
    '/api/admin/users/:id/block',
    {
      config: { policy: [canManageUsers, canBlockUser] },
      schema: { tags: ['admin'], summary: 'Block or unblock', params: s.userIdParamsSchema, body: s.blockBodySchema, response: { 200: s.adminUserSchema } },
    },
    async (req) => {
      authorize(req.actor, canManageUsers(req.actor));
      await setBlocked(ctx, req.actor, req.params.id, req.body);
      const { user, roles } = await getUser(ctx, req.actor, req.params.id);
      return presentAdminUser(user, roles);
    },
  );

  // Administrators: grant a role in a scope (audited).
  app.post(
    '/api/admin/users/:id/roles',
    {
      config: { policy: [canGrantRole, canManageUsers] },
      schema: { tags: ['admin'], summary: 'Grant a role', params: s.userIdParamsSchema, body: s.grantBodySchema, response: { 201: s.adminUserSchema } },
    },
    async (req, reply) => {
      await grantRole(ctx, req.actor, req.params.id, req.body);
      const { user, roles } = await getUser(ctx, req.actor, req.params.id);
      return reply.status(201).send(presentAdminUser(user, roles));
    },
  );

  // Administrators: revoke a role grant (audited; never the last administrator).
  app.delete(
    '/api/admin/users/:id/roles/:grantId',
    {
      config: { policy: [canRevokeRole, canManageUsers] },
      schema: { tags: ['admin'], summary: 'Revoke a role', params: s.grantParamsSchema, response: { 200: s.adminUserSchema } },
    },
    async (req) => {
      await revokeRole(ctx, req.actor, req.params.id, req.params.grantId);
      const { user, roles } = await getUser(ctx, req.actor, req.params.id);
      return presentAdminUser(user, roles);
    },
  );

  // Administrators: outgoing mail, newest first (how a city without SMTP reads what was sent).
  app.get(
    '/api/admin/outbox',
    {
      config: { policy: canReadOutbox },
      schema: { tags: ['admin'], summary: 'Outgoing mail', querystring: s.pageQuerySchema, response: { 200: s.outboxListSchema } },
    },
    async (req) => {
      authorize(req.actor, canReadOutbox(req.actor));
      const rows = await listOutbox(ctx.database.db, req.query);
      return {
        mode: ctx.mailer.mode,
        items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), sentAt: r.sentAt?.toISOString() ?? null })),
      };
    },
  );

  deskRoutes(app, ctx);
}
