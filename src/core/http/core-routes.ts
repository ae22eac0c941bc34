import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { listAudit, verifyAuditChain } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import { authorize, allow, deny } from '../auth/authorize.js';
import { jobCounts, listFailedJobs, retryFailedJob } from '../jobs/jobs.js';
import { pendingMailCount } from '../mail/mail.js';
import { AppError } from './errors.js';
import type { App, GorodModule, ModuleContext } from '../module/module.js';
import { version } from '../version.js';

const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});

/** Routes of the kernel itself: health, the city at a glance, the public audit log. */
export function coreRoutes(app: App, ctx: ModuleContext, modules: GorodModule[]): void {
  // Public: liveness and database reachability (load balancers, monitoring).
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['operations'],
        summary: 'Health',
        response: {
          200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']), version: z.string() }),
          503: z.object({ status: z.literal('error'), db: z.string(), version: z.string() }),
        },
      },
    },
    async (_req, reply) => {
      try {
        await ctx.database.db.execute(sql`select 1`);
        return { status: 'ok' as const, db: ctx.database.kind, version };
      } catch {
        return reply.status(503).send({ status: 'error' as const, db: ctx.database.kind, version });
      }
    },
  );

  // Public: what the web app needs to know about this installation (maps, the city's clock).
  app.get(
    '/api/site',
    {
      schema: {
        tags: ['city'],
        summary: 'Site settings for the web app',
        response: { 200: z.object({ mapTileUrl: z.string().nullable(), mapAttribution: z.string(), cityTimezone: z.string(), publicUrl: z.string() }) },
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      const { mapTileUrl, mapAttribution, cityTimezone, publicUrl } = ctx.config;
      return { mapTileUrl: mapTileUrl === 'none' ? null : mapTileUrl, mapAttribution, cityTimezone, publicUrl };
    },
  );

  // Public: what the home page shows — figures every module contributes.
  app.get(
    '/api/city',
    { schema: { tags: ['city'], summary: 'The city at a glance', response: { 200: z.object({ figures: z.record(z.string(), z.number()) }) } } },
    async () => {
      const parts = await Promise.all(modules.map((m) => m.figures?.(ctx) ?? {}));
      return { figures: Object.assign({}, ...parts) as Record<string, number> };
    },
  );

  // Public: the audit log, newest first (entries carry no personal data).
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['trust'],
        summary: 'Audit log entries',
        querystring: z.object({
          before: z.coerce.number().int().min(1).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          subjectType: z.string().max(64).optional(),
          subjectId: z.string().max(64).optional(),
        }),
        response: { 200: z.object({ items: z.array(auditEntrySchema) }) },
      },
    },
    async (req) => {
      const rows = await listAudit(ctx.database.db, req.query);
      return { items: rows.map((r) => ({ ...r, at: r.at.toISOString(), data: r.data as Record<string, unknown> })) };
    },
  );

  // Public, rate-limited: check the whole hash chain.
  app.get(
    '/api/audit/verify',
    {
      config: { rateLimit: { max: 6, timeWindow: 60_000 } },
      schema: {
        tags: ['trust'],
        summary: 'Verify the audit chain',
        response: {
          200: z.object({
            ok: z.boolean(),
            entries: z.number().int(),
            head: z.string().optional(),
            brokenAt: z.number().int().optional(),
            problem: z.string().optional(),
          }),
        },
      },
    },
    async () => verifyAuditChain(ctx.database.db),
  );

  const cityAdministrator = (actor: Actor) =>
    actor.kind !== 'user'
      ? deny('unauthenticated')
      : actor.roles.some((g) => g.role === 'administrator' && g.scopeType === 'city')
        ? allow
        : deny('not_administrator');

  // City administrators: background work at a glance — jobs waiting, jobs that gave up, mail not yet delivered.
  app.get(
    '/api/admin/jobs',
    {
      schema: {
        tags: ['operations'],
        summary: 'Background jobs',
        response: {
          200: z.object({
            pending: z.number().int(),
            failed: z.number().int(),
            mailPending: z.number().int(),
            failedJobs: z.array(
              z.object({
                id: z.number().int(),
                kind: z.string(),
                attempts: z.number().int(),
                lastError: z.string().nullable(),
                failedAt: z.string().nullable(),
                createdAt: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      authorize(req.actor, cityAdministrator(req.actor));
      const counts = await jobCounts(ctx.database.db);
      const failedJobs = await listFailedJobs(ctx.database.db);
      return {
        ...counts,
        mailPending: await pendingMailCount(ctx.database.db),
        failedJobs: failedJobs.map((j) => ({ ...j, failedAt: j.failedAt?.toISOString() ?? null, createdAt: j.createdAt.toISOString() })),
      };
    },
  );

  // City administrators: put a job that gave up back in the queue (after fixing its cause).
  app.post(
    '/api/admin/jobs/:id/retry',
    {
      schema: {
        tags: ['operations'],
        summary: 'Retry a failed job',
        params: z.object({ id: z.coerce.number().int().min(1) }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => {
      authorize(req.actor, cityAdministrator(req.actor));
      if (!(await retryFailedJob(ctx.database.db, req.params.id))) throw new AppError(404, 'job_not_found');
      ctx.jobs.kick();
      return { ok: true as const };
    },
  );
}
