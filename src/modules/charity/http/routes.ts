import { sendImage } from '../../../core/http/send-image.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import { canAdministerCharity, canReadCause, canReportOnCause } from '../policy.js';
import { readCauseImage } from '../use-cases/cause-images.js';
import { addCauseReport, adminListCauses, createCause, editCause, getCause, listCauses, setCauseState } from '../use-cases/causes.js';
import { causesCsv } from './open-data.js';
import { presentSummary, presentView } from './presenters.js';
import * as s from './schemas.js';

const tags = ['charity'];

/** Charity causes: the public list and pages; administrators draft, edit, approve and close; the linked organisation's admins (and administrators) report. */
export function charityRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone. Approved and closed causes only (never a draft or a hidden cause).
  app.get(
    '/api/charity/causes',
    {
      config: { policy: 'public' },
      schema: { tags, summary: 'Approved charity causes, open ones first', querystring: s.listQuerySchema, response: { 200: s.listSchema } },
    },
    async (req) => ({ items: (await listCauses(ctx, req.query)).map(presentSummary) }),
  );

  // Who may call: anyone. Open data: the same causes as the public list (never a draft or a hidden cause), no person.
  app.get(
    '/api/open-data/causes.csv',
    {
      config: { policy: 'public' },
      schema: { tags: ['open data'], summary: 'Approved charity causes as CSV (UTF-8, RFC 4180): beneficiary, way to give, amounts' },
    },
    async (_req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="causes.csv"')
        .header('cache-control', 'public, max-age=300')
        .send(causesCsv(await listCauses(ctx), ctx.config.publicUrl)),
  );

  // Who may call: anyone for an approved or closed cause; a draft or a hidden cause: administrators only (404 to others).
  app.get(
    '/api/charity/causes/:id',
    {
      config: { policy: canReadCause },
      schema: { tags, summary: 'One cause: how to give, progress and dated reports', params: s.idParamsSchema, response: { 200: s.viewSchema } },
    },
    async (req) => presentView(await getCause(ctx, req.actor, req.params.id)),
  );

  // Who may call: anyone who may see the cause (a draft's: administrators only): its image or a photo of one of its reports.
  app.get(
    '/api/charity/causes/:id/images/:fileId',
    { config: { policy: canReadCause }, schema: { tags, summary: 'A cause’s image or a photo of its report (WebP)', params: s.imageParamsSchema } },
    async (req, reply) => sendImage(reply, await readCauseImage(ctx, req.actor, req.params.id, req.params.fileId, 'full')),
  );
  // Who may call: as for the image itself.
  app.get(
    '/api/charity/causes/:id/images/:fileId/thumb',
    { config: { policy: canReadCause }, schema: { tags, summary: 'An image’s 320 px preview (WebP)', params: s.imageParamsSchema } },
    async (req, reply) => sendImage(reply, await readCauseImage(ctx, req.actor, req.params.id, req.params.fileId, 'thumb')),
  );

  // Who may call: administrators. Every cause, drafts first.
  app.get(
    '/api/admin/charity/causes',
    { config: { policy: canAdministerCharity }, schema: { tags: ['admin', ...tags], summary: 'Every cause, drafts first', response: { 200: s.listSchema } } },
    async (req) => ({ items: (await adminListCauses(ctx, req.actor)).map(presentSummary) }),
  );

  // Who may call: administrators. A draft, public only once approved; audited.
  app.post(
    '/api/admin/charity/causes',
    {
      config: { policy: canAdministerCharity },
      schema: { tags: ['admin', ...tags], summary: 'Draft a cause', body: s.causeBodySchema, response: { 201: s.viewSchema } },
    },
    async (req, reply) => {
      const row = await createCause(ctx, req.actor, req.body);
      return reply.status(201).send(presentView(await getCause(ctx, req.actor, row.id)));
    },
  );

  // Who may call: administrators, until the cause is closed; audited.
  app.put(
    '/api/admin/charity/causes/:id',
    {
      config: { policy: canAdministerCharity },
      schema: { tags: ['admin', ...tags], summary: 'Change a cause', params: s.idParamsSchema, body: s.causeBodySchema, response: { 200: s.viewSchema } },
    },
    async (req) => {
      await editCause(ctx, req.actor, req.params.id, req.body);
      return presentView(await getCause(ctx, req.actor, req.params.id));
    },
  );

  // Who may call: administrators. A draft becomes public; audited.
  app.post(
    '/api/admin/charity/causes/:id/approve',
    {
      config: { policy: canAdministerCharity },
      schema: { tags: ['admin', ...tags], summary: 'Approve a cause (public from now on)', params: s.idParamsSchema, response: { 200: s.viewSchema } },
    },
    async (req) => {
      await setCauseState(ctx, req.actor, req.params.id, 'approve');
      return presentView(await getCause(ctx, req.actor, req.params.id));
    },
  );

  // Who may call: administrators. An approved cause stops taking pledges (it stays public with its reports); audited.
  app.post(
    '/api/admin/charity/causes/:id/close',
    {
      config: { policy: canAdministerCharity },
      schema: { tags: ['admin', ...tags], summary: 'Close a cause', params: s.idParamsSchema, response: { 200: s.viewSchema } },
    },
    async (req) => {
      await setCauseState(ctx, req.actor, req.params.id, 'close');
      return presentView(await getCause(ctx, req.actor, req.params.id));
    },
  );

  // Who may call: the owners and admins of the verified organisation group linked to the cause, and administrators on its behalf,
  // until the cause is closed; audited.
  app.post(
    '/api/charity/causes/:id/reports',
    {
      config: { ...perUserRateLimit(30, 60), policy: [canReadCause, canReportOnCause] },
      schema: {
        tags,
        summary: 'Add the organisation’s dated report (and the amount collected by then)',
        params: s.idParamsSchema,
        body: s.reportBodySchema,
        response: { 201: s.viewSchema },
      },
    },
    async (req, reply) => {
      await addCauseReport(ctx, req.actor, req.params.id, req.body);
      return reply.status(201).send(presentView(await getCause(ctx, req.actor, req.params.id)));
    },
  );
}
