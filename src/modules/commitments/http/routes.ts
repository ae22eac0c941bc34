import { AppError } from '../../../core/http/errors.js';
import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { readFileBytes } from '../../../core/files/files.js';
import { sendImage } from '../../../core/http/send-image.js';
import { canConfirmCommitmentDelivery, canDisputeCommitment, canPostCommitmentProgress } from '../policy.js';
import { confirmCommitmentDelivery, disputeCommitment, postCommitmentProgress } from '../use-cases/act-on-commitment.js';
import { commitmentOfSource, departmentDelivery, getCommitment, isPhotoOfCommitment, listCommitments } from '../use-cases/read-commitments.js';
import { presentCommitment, presentSummary } from './presenters.js';
import * as s from './schemas.js';

const tags = ['commitments'];

/** The commitments ledger: the public list, map and statistics, one commitment, and the department's and participants' acts. */
export function commitmentRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone.
  app.get(
    '/api/commitments',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary:
          'Commitments: a page of the list (overdue first), every matching point for the map; filters: status (or `overdue`), department, district, source kind (and one source by its id)',
        querystring: s.listQuerySchema,
        response: { 200: s.listSchema },
      },
    },
    async (req) => {
      const { limit, offset, ...filter } = req.query;
      const r = await listCommitments(ctx, filter, { limit, offset });
      const overdue = (c: { status: string; dueOn: string }) => c.status !== 'delivered' && c.dueOn < r.today;
      return {
        items: r.rows.map((row) => presentSummary(row, r.names.get(row.departmentId), overdue(row))),
        total: r.total,
        points: r.points.map((p) => ({ number: p.number, title: p.title, status: p.status, overdue: overdue(p), lat: p.lat!, lon: p.lon! })),
      };
    },
  );

  // Who may call: anyone. Declared before /:number so the static segment wins.
  app.get(
    '/api/commitments/statistics',
    {
      config: { policy: 'public' },
      schema: { tags, summary: 'Per department: delivered on time, delivered late, open, overdue', response: { 200: s.statsSchema } },
    },
    async () => ({
      departments: (await departmentDelivery(ctx)).map((d) => ({
        department: { id: d.departmentId, ...d.department },
        onTime: d.onTime,
        late: d.late,
        open: d.open,
        overdue: d.overdue,
      })),
    }),
  );

  // Who may call: anyone.
  app.get(
    '/api/commitments/by-source/:sourceType/:sourceId',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'The commitment made of a source (an initiative’s number…), or 404',
        params: s.sourceParamsSchema,
        response: { 200: s.commitmentSummarySchema },
      },
    },
    async (req) => {
      const { row, overdue } = await commitmentOfSource(ctx, req.params.sourceType, req.params.sourceId);
      const { department } = await getCommitment(ctx, req.actor, row.number);
      return presentSummary(row, department, overdue);
    },
  );

  // Who may call: anyone.
  app.get(
    '/api/commitments/:number',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'One commitment: what was promised, by whom and when, its history, what I may do',
        params: s.numberParamsSchema,
        response: { 200: s.commitmentSchema },
      },
    },
    async (req) => presentCommitment(await getCommitment(ctx, req.actor, req.params.number)),
  );

  // Who may call: officials of the responsible department and administrators, until delivered. Audited.
  app.post(
    '/api/commitments/:number/progress',
    {
      config: { ...perUserRateLimit(60, 60), policy: canPostCommitmentProgress },
      schema: {
        tags,
        summary: 'Post dated progress: stage, percent, money spent, a note, photos (uploaded first through /api/uploads/photos)',
        params: s.numberParamsSchema,
        body: s.progressBodySchema,
        response: { 200: s.commitmentSchema },
      },
    },
    async (req) => {
      await postCommitmentProgress(ctx, req.actor, req.params.number, req.body);
      return presentCommitment(await getCommitment(ctx, req.actor, req.params.number));
    },
  );

  // Who may call: officials of the responsible department and administrators, once. Audited.
  app.post(
    '/api/commitments/:number/delivery',
    {
      config: { policy: canConfirmCommitmentDelivery },
      schema: { tags, summary: 'Confirm delivery (today)', params: s.numberParamsSchema, body: s.deliveryBodySchema, response: { 200: s.commitmentSchema } },
    },
    async (req) => {
      await confirmCommitmentDelivery(ctx, req.actor, req.params.number, req.body.note);
      return presentCommitment(await getCommitment(ctx, req.actor, req.params.number));
    },
  );

  // Who may call: participants of the source, within 15 days of the confirmed delivery.
  app.post(
    '/api/commitments/:number/disputes',
    {
      config: { ...perUserRateLimit(10, 60), policy: canDisputeCommitment },
      schema: {
        tags,
        summary: 'Dispute a delivery, with the reason: it reopens',
        params: s.numberParamsSchema,
        body: s.disputeBodySchema,
        response: { 200: s.commitmentSchema },
      },
    },
    async (req) => {
      await disputeCommitment(ctx, req.actor, req.params.number, req.body.reason);
      return presentCommitment(await getCommitment(ctx, req.actor, req.params.number));
    },
  );

  // Who may call: anyone (only photos in a commitment's public history).
  for (const variant of ['full', 'thumb'] as const) {
    app.get(
      variant === 'full' ? '/api/commitments/:number/photos/:fileId' : '/api/commitments/:number/photos/:fileId/thumb',
      {
        config: { policy: 'public' },
        schema: { tags, summary: variant === 'full' ? 'A photo from a commitment’s history (WebP)' : 'Its 320 px preview (WebP)', params: s.photoParamsSchema },
      },
      async (req, reply) => {
        const file = (await isPhotoOfCommitment(ctx, req.params.number, req.params.fileId))
          ? await readFileBytes(ctx.database.db, req.params.fileId, variant)
          : undefined;
        if (!file) throw new AppError(404, 'commitment_photo_not_found');
        return sendImage(reply, { data: file.data, contentType: file.facts.contentType, shared: true });
      },
    );
  }
}
