import type { App, ModuleContext } from '../../../core/module/module.js';
import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import { canVerifySelf } from '../policy.js';
import { confirmSmsCode, requestSmsCode } from '../use-cases/sms.js';
import * as s from './schemas.js';

export function smsRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: signed-in people with a confirmed e-mail while the city offers SMS (and a few codes an hour).
  app.post(
    '/api/verification/sms/code',
    {
      config: { ...perUserRateLimit(10, 60), policy: canVerifySelf },
      schema: { tags: ['verification'], summary: 'Send a verification code by SMS', body: s.smsCodeBodySchema, response: { 202: s.smsSentSchema } },
    },
    async (req, reply) => {
      const sent = await requestSmsCode(ctx, req.actor, req.body);
      return reply.status(202).send({ sentTo: sent.sentTo, expiresAt: sent.expiresAt.toISOString() });
    },
  );

  // Who may call: the same people, with the code they received (20 tries an hour; each code dies after 5 wrong ones).
  app.post(
    '/api/verification/sms/confirm',
    {
      config: { ...perUserRateLimit(20, 60), policy: canVerifySelf },
      schema: { tags: ['verification'], summary: 'Confirm the SMS code', body: s.smsConfirmBodySchema, response: { 204: s.noContentSchema } },
    },
    async (req, reply) => {
      await confirmSmsCode(ctx, req.actor, req.body);
      return reply.status(204).send(null);
    },
  );
}
