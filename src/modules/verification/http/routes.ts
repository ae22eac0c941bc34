import type { App, ModuleContext } from '../../../core/module/module.js';
import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import { canAdministerVerification, canOpenVerificationDesk, canSeeOwnVerification, canVerifyInPerson } from '../policy.js';
import { listVerifications, verificationStats } from '../use-cases/admin-list.js';
import { deskAccount, verifyInPerson } from '../use-cases/in-person.js';
import { methodSettings, setMethodEnabled } from '../use-cases/method-settings.js';
import { myVerification, offeredMethods } from '../use-cases/my-verification.js';
import { revokeVerification } from '../use-cases/revoke.js';
import { registerRoutes } from './register-routes.js';
import { smsRoutes } from './sms-routes.js';
import { oidcRoutes } from './oidc-routes.js';
import { presentMethodSettings, presentMyVerification, presentVerificationList, presentStats } from './presenters.js';
import * as s from './schemas.js';

/** Verification routes: the resident's status, in-person verification by staff, and administration. */
export function verificationRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone signed in (their own status only).
  app.get(
    '/api/verification/me',
    {
      config: { policy: canSeeOwnVerification },
      schema: { tags: ['verification'], summary: 'My verification status', response: { 200: s.myVerificationSchema } },
    },
    async (req) => presentMyVerification(req.actor, await myVerification(ctx, req.actor)),
  );

  // Who may call: anyone (the sign-in page offers «Sign in with …» when the provider is on).
  app.get(
    '/api/verification/methods',
    {
      config: { policy: 'public' },
      schema: { tags: ['verification'], summary: 'The ways of verifying the city offers now', response: { 200: s.offeredMethodsSchema } },
    },
    async () => offeredMethods(ctx),
  );

  // Who may call: verifiers (any scope) and administrators — the desk looks the account up before verifying it.
  app.get(
    '/api/verification/accounts/:userId',
    {
      config: { ...perUserRateLimit(120, 15), policy: canOpenVerificationDesk },
      schema: {
        tags: ['verification'],
        summary: 'An account as the verification desk sees it',
        params: s.userIdParamsSchema,
        response: { 200: s.deskAccountSchema },
      },
    },
    async (req) => deskAccount(ctx, req.actor, req.params.userId),
  );

  // Who may call: verifiers of the district (or city-wide) and administrators, never for their own account.
  app.post(
    '/api/verification/in-person',
    {
      config: { ...perUserRateLimit(60, 15), policy: canVerifyInPerson },
      schema: { tags: ['verification'], summary: 'Verify a resident in person', body: s.inPersonBodySchema, response: { 201: s.deskAccountSchema } },
    },
    async (req, reply) => {
      const { userId } = await verifyInPerson(ctx, req.actor, req.body);
      return reply.status(201).send(await deskAccount(ctx, req.actor, userId));
    },
  );

  // Who may call: administrators.
  app.get(
    '/api/admin/verification/methods',
    {
      config: { policy: canAdministerVerification },
      schema: { tags: ['admin', 'verification'], summary: 'Verification methods and whether each is on', response: { 200: s.methodSettingsSchema } },
    },
    async (req) => presentMethodSettings(await methodSettings(ctx, req.actor)),
  );

  // Who may call: administrators (audited).
  app.put(
    '/api/admin/verification/methods/:method',
    {
      config: { policy: canAdministerVerification },
      schema: {
        tags: ['admin', 'verification'],
        summary: 'Switch a verification method on or off',
        params: s.methodParamsSchema,
        body: s.methodBodySchema,
        response: { 200: s.methodSettingsSchema },
      },
    },
    async (req) => presentMethodSettings(await setMethodEnabled(ctx, req.actor, req.params.method, req.body.enabled)),
  );

  // Who may call: administrators.
  app.get(
    '/api/admin/verification',
    {
      config: { policy: canAdministerVerification },
      schema: {
        tags: ['admin', 'verification'],
        summary: 'Verified residents: list and search',
        querystring: s.listQuerySchema,
        response: { 200: s.verificationListSchema },
      },
    },
    async (req) => presentVerificationList(await listVerifications(ctx, req.actor, req.query)),
  );

  // Who may call: administrators.
  app.get(
    '/api/admin/verification/stats',
    {
      config: { policy: canAdministerVerification },
      schema: { tags: ['admin', 'verification'], summary: 'Verified residents by method and district', response: { 200: s.statsSchema } },
    },
    async (req) => presentStats(await verificationStats(ctx, req.actor)),
  );

  // Who may call: administrators (audited).
  app.post(
    '/api/admin/verification/:userId/revoke',
    {
      config: { policy: canAdministerVerification },
      schema: {
        tags: ['admin', 'verification'],
        summary: "Revoke a person's verification",
        params: s.userIdParamsSchema,
        body: s.revokeBodySchema,
        response: { 204: s.noContentSchema },
      },
    },
    async (req, reply) => {
      await revokeVerification(ctx, req.actor, req.params.userId, req.body.reason);
      return reply.status(204).send(null);
    },
  );

  registerRoutes(app, ctx);
  smsRoutes(app, ctx);
  oidcRoutes(app, ctx);
}
