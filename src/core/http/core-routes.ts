import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { appendAudit, listAudit, verifyAuditChain } from '../audit/audit.js';
import { coreAuditKinds, presentAudit } from '../audit/present.js';
import { checkpointSchema, installationKey, listCheckpoints } from '../audit/checkpoints.js';
import { languageFromHeader } from '../i18n/i18n.js';
import { authorize } from '../auth/authorize.js';
import { jobCounts, listFailedJobs, retryFailedJob } from '../jobs/jobs.js';
import { pendingMailCount } from '../mail/mail.js';
import { canOperate } from './core-policy.js';
import { openNowRoutes } from './open-now.js';
import { openDataRoutes } from '../open-data/routes.js';
import { thisWeekRoutes } from './this-week.js';
import { setupStatus } from './setup.js';
import { preparedSql } from '../db/prepared.js';
import { citySettings } from '../city/schema.js';
import { AppError } from './errors.js';
import type { App, GorodModule, ModuleContext } from '../module/module.js';
import { version } from '../version.js';

const sentencePartSchema = z.object({ text: z.string(), href: z.string().optional() }).meta({ id: 'AuditSentencePart' });
/** One entry as the public reads it: no actor id, no person's or API key's id, only the data its kind shows. */
const auditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    action: z.string(),
    /** The module whose action it is (the filter's areas). */
    area: z.string(),
    subjectType: z.string(),
    subjectId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    /** The entry in words in the request's language: "Moderator approved report No. 38 and sent it to …". */
    sentence: z.string(),
    /** The same sentence in parts; a part with `href` links to the page of what it names. */
    parts: z.array(sentencePartSchema),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

const healthSchema = z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']), version: z.string() }).meta({ id: 'Health' });
const healthDownSchema = z.object({ status: z.literal('error'), db: z.string(), version: z.string() }).meta({ id: 'HealthDown' });
const cityFiguresSchema = z.object({ figures: z.record(z.string(), z.number()) }).meta({ id: 'CityFigures' });
const auditVerificationSchema = z
  .object({
    ok: z.boolean(),
    entries: z.number().int(),
    head: z.string().optional(),
    brokenAt: z.number().int().optional(),
    problem: z.string().optional(),
  })
  .meta({ id: 'AuditVerification' });
const publicKeySchema = z
  .object({
    algorithm: z.literal('Ed25519'),
    keyId: z.string(),
    /** The raw 32-byte key in base64 (what the audit page shows). */
    publicKey: z.string(),
    pem: z.string(),
  })
  .meta({ id: 'AuditPublicKey' });
const failedJobSchema = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    failedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'FailedJob' });
const jobsOverviewSchema = z
  .object({ pending: z.number().int(), failed: z.number().int(), mailPending: z.number().int(), failedJobs: z.array(failedJobSchema) })
  .meta({ id: 'JobsOverview' });
const setupCheckSchema = z
  .object({
    id: z.string(),
    state: z.enum(['ok', 'missing', 'advice']),
    title: z.string(),
    detail: z.string(),
    fix: z.string().nullable(),
  })
  .meta({ id: 'SetupCheck' });
const setupStatusSchema = z.object({ ready: z.boolean(), completedAt: z.string().nullable(), checks: z.array(setupCheckSchema) }).meta({ id: 'SetupStatus' });
/** Audit sequence numbers and job ids are bigserial, read as JavaScript numbers. */
const bigserialSchema = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** Routes of the kernel itself: health, the city at a glance, the public audit log and its signed checkpoints. */
export function coreRoutes(app: App, ctx: ModuleContext, modules: GorodModule[]): void {
  // Public: liveness and database reachability (load balancers, monitoring).
  app.get(
    '/api/health',
    {
      config: { policy: 'public' },
      schema: { tags: ['operations'], summary: 'Health', response: { 200: healthSchema, 503: healthDownSchema } },
    },
    async (_req, reply) => {
      try {
        // prepared: monitoring asks often, and the answer should cost one round trip and no planning
        await preparedSql(ctx.database.db, 'core_health', () => sql`select 1`).execute();
        return { status: 'ok' as const, db: ctx.database.kind, version };
      } catch {
        return reply.status(503).send({ status: 'error' as const, db: ctx.database.kind, version });
      }
    },
  );

  // Public: what the home page shows — figures every module contributes.
  app.get(
    '/api/city',
    { config: { policy: 'public' }, schema: { tags: ['city'], summary: 'The city at a glance', response: { 200: cityFiguresSchema } } },
    async () => {
      const parts = await Promise.all(modules.map((m) => m.figures?.(ctx) ?? {}));
      return { figures: Object.assign({}, ...parts) as Record<string, number> };
    },
  );

  // Public: what is open now, for the top of the home page (every module's part).
  openNowRoutes(app, ctx, modules);

  // Public: what residents may come to this week, for the home page (every module's part).
  thisWeekRoutes(app, ctx, modules);

  // Public: the audit log, newest first, in words (entries carry no personal data; people are named by role only).
  const vocabularies = modules.flatMap((m) => (m.audit ? [{ area: m.name, vocabulary: m.audit }] : []));
  const areas = ['city', ...vocabularies.map((v) => v.area).filter((a) => a !== 'city')] as [string, ...string[]];
  const areaOf = new Map<string, string>(Object.keys(coreAuditKinds).map((a) => [a, 'city']));
  for (const v of vocabularies) for (const action of Object.keys(v.vocabulary.kinds)) areaOf.set(action, v.area);
  app.get(
    '/api/audit',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['trust'],
        summary: 'Audit log entries in words',
        querystring: z.object({
          before: bigserialSchema.optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          subjectType: z.string().max(64).optional(),
          subjectId: z.string().max(64).optional(),
          area: z.enum(areas).optional(),
        }),
        response: { 200: z.object({ items: z.array(auditEntrySchema), areas: z.array(z.string()) }).meta({ id: 'AuditPage' }) },
      },
    },
    async (req) => {
      const { area, ...query } = req.query;
      const actions = area ? [...areaOf].filter(([, a]) => a === area).map(([action]) => action) : undefined;
      const rows = await listAudit(ctx.database.db, { ...query, actions });
      // the page asks in the language it shows (a public page: the reader's, not their account's setting)
      const lang = req.headers['accept-language'] ? languageFromHeader(req.headers['accept-language']) : req.lang;
      const items = await presentAudit(
        ctx.database.db,
        vocabularies.map((v) => v.vocabulary),
        rows,
        lang,
      );
      return { items: items.map((e) => ({ ...e, area: areaOf.get(e.action) ?? 'city' })), areas };
    },
  );

  // Public, rate-limited: check the whole hash chain.
  app.get(
    '/api/audit/verify',
    {
      config: { rateLimit: { max: 6, timeWindow: 60_000 }, policy: 'public' },
      schema: { tags: ['trust'], summary: 'Verify the audit chain', response: { 200: auditVerificationSchema } },
    },
    async () => verifyAuditChain(ctx.database.db),
  );

  // Public: the installation's Ed25519 public key, which signs every checkpoint (watchers pin it once).
  const publicKeyOf = () => {
    const key = installationKey(ctx.config, true)!;
    return { algorithm: 'Ed25519' as const, keyId: key.keyId, publicKey: key.publicKeyBase64, pem: key.publicKeyPem };
  };
  app.get(
    '/api/audit/public-key',
    { config: { policy: 'public' }, schema: { tags: ['trust'], summary: 'The key that signs audit checkpoints', response: { 200: publicKeySchema } } },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return publicKeyOf();
    },
  );

  // Public: signed checkpoints of the chain's head, newest first, 50 a page (`before` the last id), with the key.
  app.get(
    '/api/audit/checkpoints',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['trust'],
        summary: 'Signed checkpoints of the audit log',
        querystring: z.object({ before: bigserialSchema.optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: z.object({ items: z.array(checkpointSchema), key: publicKeySchema }).meta({ id: 'AuditCheckpointPage' }) },
      },
    },
    async (req) => ({ items: await listCheckpoints(ctx.database.db, req.query), key: publicKeyOf() }),
  );

  // Public: every checkpoint, oldest first, one JSON object a line: the file watchers mirror and `gorod audit verify --checkpoints` reads.
  app.get(
    '/api/audit/checkpoints.jsonl',
    { config: { policy: 'public' }, schema: { tags: ['trust'], summary: 'Every signed checkpoint (JSON Lines)' } },
    async (_req, reply) => {
      const lines = (await listCheckpoints(ctx.database.db)).map((c) => `${JSON.stringify(c)}\n`).join('');
      return reply
        .type('application/jsonl; charset=utf-8')
        .header('content-disposition', 'attachment; filename="audit-checkpoints.jsonl"')
        .header('cache-control', 'public, max-age=60')
        .send(lines);
    },
  );

  // Public: the open-data catalogue (every module's datasets) and /data.json.
  openDataRoutes(app, ctx, modules);

  // City administrators: background work at a glance — jobs waiting, jobs that gave up, mail not yet delivered.
  app.get(
    '/api/admin/jobs',
    { config: { policy: canOperate }, schema: { tags: ['operations'], summary: 'Background jobs', response: { 200: jobsOverviewSchema } } },
    async (req) => {
      authorize(req.actor, canOperate(req.actor));
      const counts = await jobCounts(ctx.database.db);
      const failedJobs = await listFailedJobs(ctx.database.db);
      return {
        ...counts,
        mailPending: await pendingMailCount(ctx.database.db),
        failedJobs: failedJobs.map((j) => ({ ...j, failedAt: j.failedAt?.toISOString() ?? null, createdAt: j.createdAt.toISOString() })),
      };
    },
  );

  // City administrators: what the city still needs before residents can use it, every module's checks in order,
  // ending with a report tried out end to end ("can a resident file a report here?").
  app.get(
    '/api/admin/setup',
    { config: { policy: canOperate }, schema: { tags: ['operations'], summary: 'Setup checklist', response: { 200: setupStatusSchema } } },
    async (req) => {
      authorize(req.actor, canOperate(req.actor));
      return setupStatus(ctx, modules, req.lang);
    },
  );

  // City administrators: the setup is finished (every required check passes); the web stops leading them to it.
  app.post(
    '/api/admin/setup/complete',
    { config: { policy: canOperate }, schema: { tags: ['operations'], summary: 'Finish the setup', response: { 200: setupStatusSchema } } },
    async (req) => {
      authorize(req.actor, canOperate(req.actor));
      const actorId = req.actor.userId;
      const status = await setupStatus(ctx, modules, req.lang);
      const missing = status.checks.filter((c) => c.state === 'missing');
      if (missing.length) throw new AppError(409, 'setup_not_ready', { missing: missing.map((c) => c.title).join('; ') });
      await ctx.database.db.transaction(async (tx) => {
        const now = new Date();
        const [row] = await tx.update(citySettings).set({ setupCompletedAt: now, updatedAt: now }).returning({ id: citySettings.id });
        if (!row) throw new AppError(409, 'setup_not_ready', { missing: status.checks.find((c) => c.id === 'city.identity')?.title ?? '' });
        await appendAudit(tx, { actorId, action: 'city.setup_completed', subjectType: 'city', subjectId: null, data: {} });
      });
      return setupStatus(ctx, modules, req.lang);
    },
  );

  // City administrators: put a job that gave up back in the queue (after fixing its cause).
  app.post(
    '/api/admin/jobs/:id/retry',
    {
      config: { policy: canOperate },
      schema: {
        tags: ['operations'],
        summary: 'Retry a failed job',
        params: z.object({ id: bigserialSchema }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => {
      authorize(req.actor, canOperate(req.actor));
      if (!(await retryFailedJob(ctx.database.db, req.params.id))) throw new AppError(404, 'job_not_found');
      ctx.jobs.kick();
      return { ok: true as const };
    },
  );
}
