import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { fewest, measureIds } from '../domain/monitor.js';
import { canAnswerSurvey } from '../policy.js';
import { readMonitor } from '../use-cases/compute.js';
import { answerSurvey, surveyState } from '../use-cases/survey.js';
import * as s from './schemas.js';

const tags = ['monitor'];

/** The social-performance monitor: its published months, and the periodic survey a signed-in resident answers. */
export function monitorRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone; aggregates of at least ten people only, precomputed by the daily job.
  app.get(
    '/api/monitor',
    {
      config: { policy: 'public', rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'The social-performance monitor: six measures per month',
        description:
          'Trust (active residents and how often they come), usefulness, recommendation, participation, community ties and contribution (volunteering), per month for the last 24 months, oldest first. A figure with fewer than ten people behind it is withheld (`few`).',
        response: { 200: s.monitorSchema },
      },
    },
    async () => ({ measures: [...measureIds], months: await readMonitor(ctx.database.db), fewest }),
  );

  // Who may call: a signed-in person, for their own answer.
  app.get(
    '/api/me/survey',
    {
      config: { policy: canAnswerSurvey },
      schema: { tags, summary: 'This quarter’s survey: whether to offer it, and my answer', response: { 200: s.surveyStateSchema } },
    },
    async (req) => surveyState(ctx, req.actor),
  );

  // Who may call: a signed-in person, once per quarter (409 after that).
  app.post(
    '/api/me/survey',
    {
      config: { ...perUserRateLimit(10, 60), policy: canAnswerSurvey },
      schema: {
        tags,
        summary: 'Answer this quarter’s survey (or decline it)',
        description:
          'Usefulness 1–5, would you recommend 0–10, sense of community 1–5; each may be skipped but not all; `dismissed: true` declines. Once per quarter.',
        body: s.surveyBodySchema,
        response: { 201: s.surveyStateSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await answerSurvey(ctx, req.actor, req.body)),
  );
}
