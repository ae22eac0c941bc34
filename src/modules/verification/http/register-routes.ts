import type { App, ModuleContext } from '../../../core/module/module.js';
import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import { canAdministerVerification, canVerifySelf } from '../policy.js';
import { importRegister, matchRegister } from '../use-cases/register.js';
import * as s from './schemas.js';

export function registerRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: signed-in people with a confirmed e-mail, while the city offers the register (10 tries an hour each).
  app.post(
    '/api/verification/register',
    {
      config: { ...perUserRateLimit(10, 60), policy: canVerifySelf },
      schema: {
        tags: ['verification'],
        summary: 'Verify by the residents register (document number and birth date)',
        body: s.registerMatchBodySchema,
        response: { 204: s.noContentSchema },
      },
    },
    async (req, reply) => {
      await matchRegister(ctx, req.actor, req.body);
      return reply.status(204).send(null);
    },
  );

  // Who may call: administrators (audited). The CSV travels as a JSON string (bodies are JSON); up to 32 MB.
  app.post(
    '/api/admin/verification/register',
    {
      bodyLimit: 32 * 1024 * 1024,
      config: { policy: canAdministerVerification },
      schema: {
        tags: ['admin', 'verification'],
        summary: 'Import the residents register from CSV',
        body: s.registerUploadBodySchema,
        response: { 200: s.registerImportSchema },
      },
    },
    async (req) => importRegister(ctx, req.actor, req.body.csv, { replace: req.body.replace, lang: req.lang }),
  );
}
