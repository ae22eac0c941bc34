import type { App, ModuleContext } from '../../../core/module/module.js';
import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import { canFindPeopleAtDesk, canUseOwnAccount } from '../policy.js';
import { findPeopleAtDesk, myPersonCode, myPersonCodeQr } from '../use-cases/person-code.js';
import * as s from './desk-schemas.js';

/** Person codes: a resident's own code and its QR code, and the desk's search for a person by code, e-mail or name. */
export function deskRoutes(app: App, ctx: ModuleContext): void {
  // Signed in: the caller's own code, given on first need.
  app.get(
    '/api/me/person-code',
    {
      config: { ...perUserRateLimit(120, 15), policy: canUseOwnAccount },
      schema: { tags: ['accounts'], summary: 'My person code, to show at a desk', response: { 200: s.personCodeSchema } },
    },
    async (req) => myPersonCode(ctx, req.actor),
  );

  // Signed in: the caller's own code as a QR code (SVG) of the desk link PUBLIC_URL/verify?code=…; nothing personal.
  app.get(
    '/api/me/person-code/qr',
    {
      config: { ...perUserRateLimit(120, 15), policy: canUseOwnAccount },
      schema: { tags: ['accounts'], summary: 'My person code as a QR code (image/svg+xml)' },
    },
    async (req, reply) =>
      reply
        .header('cache-control', 'private, no-store')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .type('image/svg+xml; charset=utf-8')
        .send(await myPersonCodeQr(ctx, req.actor)),
  );

  // Who may call: verifiers (any scope) and city administrators; rate-limited, as it reads people's accounts.
  app.get(
    '/api/desk/people',
    {
      config: { ...perUserRateLimit(120, 15), policy: canFindPeopleAtDesk },
      schema: {
        tags: ['accounts'],
        summary: 'Find a person at a desk by their code, whole e-mail or a part of their name',
        querystring: s.deskPeopleQuerySchema,
        response: { 200: s.deskSearchSchema },
      },
    },
    async (req) => findPeopleAtDesk(ctx, req.actor, req.query.q),
  );
}
