import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import { imageLimits } from '../../../core/files/files.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError } from '../../../core/http/errors.js';
import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { actionSegment, type ReportAction } from '../domain/lifecycle.js';
import {
  canAssign,
  canFileReport,
  canListOwnReports,
  canModerateReports,
  canRateAnswer,
  canReadReport,
  canSeePhoto,
  canSupport,
  canTransition,
  canUnsupport,
  canUploadPhoto,
  canUseInbox,
} from '../policy.js';
import { assignReports } from '../use-cases/reports/assign-reports.js';
import { fileReport } from '../use-cases/reports/file-report.js';
import { photoProblem, readPhoto, uploadPhoto } from '../use-cases/reports/photos.js';
import { getReportCard, listInbox, listModerationQueue, listMyReports, nearbyReports } from '../use-cases/reports/read-reports.js';
import { rateAnswer, readRatings } from '../use-cases/reports/rate-answer.js';
import { supportReport, unsupportReport } from '../use-cases/reports/support-report.js';
import { transitionReport } from '../use-cases/reports/transition-report.js';
import { presentCard, presentRating, presentSummary } from './report-presenters.js';
import * as s from './report-schemas.js';

/** Who may take each action, for the route comments and the OpenAPI summaries. */
const actionDocs: Record<Exclude<ReportAction, 'auto_close'>, { who: string; summary: string }> = {
  approve: { who: "moderators of the report's district", summary: 'Approve a new report and send it to the department' },
  reject: { who: "moderators of the report's district", summary: 'Reject a new report with a reason from the dictionary' },
  duplicate: { who: "moderators of the report's district", summary: 'Merge a report into another (supporters and followers move)' },
  not_competent: { who: "moderators of the report's district", summary: 'Close a report as not the city’s competence' },
  publish_answer: { who: "moderators of the report's district", summary: 'Publish the department’s answer' },
  return_answer: { who: "moderators of the report's district", summary: 'Return the answer to the department with a remark' },
  take: { who: "officials of the report's department", summary: 'Take a report into work' },
  answer: { who: "officials of the report's department", summary: 'Answer a report (text and "after" photos)' },
  redirect: { who: "officials of the report's department", summary: 'Redirect a report to another department' },
  confirm: { who: 'the resident who filed it, within 15 days of the answer', summary: 'Confirm the problem is fixed' },
  dispute: { who: 'the resident who filed it, within 15 days of the answer', summary: 'Dispute the answer: the report returns to the department' },
};

const cursorOffset = (cursor: string | undefined) => (cursor ? Number(cursor) : 0);
const nextCursor = (offset: number, got: number, total: number) => (offset + got < total ? String(offset + got) : null);

/** Filing, the lifecycle, residents', officials' and moderators' views. */
export function reportRoutes(app: App, ctx: ModuleContext): void {
  // Photos: multipart only here (the rest of the API takes JSON), one file per request.
  void app.register(async (scope: App) => {
    await scope.register(multipart, { limits: { fileSize: imageLimits.maxBytes, files: 1, fields: 0, parts: 2, headerPairs: 50 } });
    // Who may call: signed-in residents with a confirmed e-mail (60 an hour each).
    scope.post(
      '/api/uploads/photos',
      {
        config: { ...perUserRateLimit(60, 60), policy: canUploadPhoto },
        schema: {
          tags: ['reports'],
          summary: 'Upload a photo (multipart/form-data, field "file"; JPEG, PNG, WebP or AVIF up to 10 MB)',
          consumes: ['multipart/form-data'],
          response: { 201: s.uploadSchema },
        },
      },
      async (req, reply) => {
        // refuse before reading a byte of the upload
        authorize(req.actor, canUploadPhoto(req.actor));
        if (!req.isMultipart()) throw new AppError(415, 'report_photo_missing_file');
        let data: Buffer;
        try {
          const part = await req.file();
          if (!part || part.fieldname !== 'file') throw new AppError(400, 'report_photo_missing_file');
          data = await part.toBuffer();
        } catch (err) {
          if (err instanceof AppError) throw err;
          const code = (err as { code?: string }).code;
          if (code === 'FST_REQ_FILE_TOO_LARGE') throw photoProblem('too_large');
          throw new AppError(400, 'report_photo_missing_file');
        }
        const file = await uploadPhoto(ctx, req.actor, data);
        return reply
          .status(201)
          .send({ id: file.id, width: file.width, height: file.height, url: `/api/files/${file.id}`, thumbUrl: `/api/files/${file.id}/thumb` });
      },
    );
  });

  const sendFile = async (reply: FastifyReply, file: { data: Buffer; contentType: string; shared: boolean }) =>
    reply
      .header('cache-control', file.shared ? 'public, max-age=31536000, immutable' : 'private, max-age=3600')
      .header('x-content-type-options', 'nosniff')
      .type(file.contentType)
      .send(file.data);

  // Who may call: anyone for photos of public reports; the uploader and the report's staff otherwise (404 for the rest).
  app.get(
    '/api/files/:id',
    { config: { policy: canSeePhoto }, schema: { tags: ['reports'], summary: 'A stored photo (WebP)', params: s.fileParamsSchema } },
    async (req, reply) => sendFile(reply, await readPhoto(ctx, req.actor, req.params.id, 'full')),
  );
  // Who may call: as for the photo itself.
  app.get(
    '/api/files/:id/thumb',
    { config: { policy: canSeePhoto }, schema: { tags: ['reports'], summary: 'A photo’s 320 px preview (WebP)', params: s.fileParamsSchema } },
    async (req, reply) => sendFile(reply, await readPhoto(ctx, req.actor, req.params.id, 'thumb')),
  );

  // Who may call: anyone (public open reports only).
  app.get(
    '/api/reports/nearby',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['reports'],
        summary: 'Open reports of a reason within 50 m of a point (join one instead of filing a duplicate)',
        querystring: s.nearbyQuerySchema,
        response: { 200: s.reportListSchema },
      },
    },
    async (req) => ({ items: (await nearbyReports(ctx, req.query)).map((i) => presentSummary(i, req.lang)) }),
  );

  // Who may call: signed-in residents with a confirmed e-mail (a reason may need a verified account); 10 reports a day each.
  app.post(
    '/api/reports',
    {
      config: { ...perUserRateLimit(30, 60), policy: canFileReport },
      schema: { tags: ['reports'], summary: 'File a report', body: s.fileBodySchema, response: { 201: s.reportCardSchema } },
    },
    async (req, reply) => {
      const row = await fileReport(ctx, { actor: req.actor }, req.body, 'web');
      return reply.status(201).send(presentCard(await getReportCard(ctx, req.actor, row.number), req.lang));
    },
  );

  // Who may call: signed-in people (their own reports).
  app.get(
    '/api/me/reports',
    {
      config: { policy: canListOwnReports },
      schema: { tags: ['reports'], summary: 'My reports, newest first', querystring: s.myReportsQuerySchema, response: { 200: s.reportListSchema } },
    },
    async (req) => {
      const { items, nextBefore } = await listMyReports(ctx, req.actor, req.query);
      return { items: items.map((i) => presentSummary(i, req.lang)), nextCursor: nextBefore === null ? null : String(nextBefore) };
    },
  );

  // Who may call: officials, for their department only.
  app.get(
    '/api/reports/inbox',
    {
      config: { policy: canUseInbox },
      schema: {
        tags: ['reports'],
        summary: 'The department’s inbox: overdue first, then by deadline',
        querystring: s.inboxQuerySchema,
        response: { 200: s.inboxSchema },
      },
    },
    async (req) => {
      const offset = cursorOffset(req.query.cursor);
      const { departmentId, items, total } = await listInbox(ctx, req.actor, { ...req.query, offset });
      return {
        departmentId,
        items: items.map((i) => presentSummary(i, req.lang, { staff: true })),
        total,
        nextCursor: nextCursor(offset, items.length, total),
      };
    },
  );

  // Who may call: officials of the reports' department; the assignee must be one too.
  app.post(
    '/api/reports/inbox/assign',
    {
      config: { policy: canAssign },
      schema: { tags: ['reports'], summary: 'Assign reports to an official (all or none)', body: s.assignBodySchema, response: { 200: s.assignResultSchema } },
    },
    async (req) => assignReports(ctx, req.actor, req.body.numbers, req.body.assigneeId),
  );

  // Who may call: moderators (city-wide, or of the district asked for); administrators.
  app.get(
    '/api/reports/moderation',
    {
      config: { policy: canModerateReports },
      schema: {
        tags: ['reports'],
        summary: 'Moderators’ queues: new reports, or answers to check',
        querystring: s.moderationQuerySchema,
        response: { 200: s.reportListSchema },
      },
    },
    async (req) => {
      const offset = cursorOffset(req.query.cursor);
      const { items, total } = await listModerationQueue(ctx, req.actor, { ...req.query, offset });
      return { items: items.map((i) => presentSummary(i, req.lang, { staff: true })), total, nextCursor: nextCursor(offset, items.length, total) };
    },
  );

  // Who may call: anyone for public reports; before moderation (and when rejected or hidden) the reporter and the staff in scope.
  app.get(
    '/api/reports/:number',
    {
      config: { policy: canReadReport },
      schema: { tags: ['reports'], summary: 'One report’s card', params: s.numberParamsSchema, response: { 200: s.reportCardSchema } },
    },
    async (req) => presentCard(await getReportCard(ctx, req.actor, req.params.number), req.lang),
  );

  // Who may call: signed-in residents with a confirmed e-mail, on an open public report not their own.
  app.post(
    '/api/reports/:number/support',
    {
      config: { ...perUserRateLimit(60, 60), policy: canSupport },
      schema: { tags: ['reports'], summary: '"Me too": support and follow a report', params: s.numberParamsSchema, response: { 200: s.supportSchema } },
    },
    async (req) => supportReport(ctx, req.actor, req.params.number),
  );
  // Who may call: signed-in people (their own support only).
  app.delete(
    '/api/reports/:number/support',
    {
      config: { policy: canUnsupport },
      schema: { tags: ['reports'], summary: 'Take back a "me too"', params: s.numberParamsSchema, response: { 200: s.supportSchema } },
    },
    async (req) => unsupportReport(ctx, req.actor, req.params.number),
  );

  // Who may call: anyone who may see the report (the caller's own rating; every rating's note for the department's officials).
  app.get(
    '/api/reports/:number/ratings',
    {
      config: { policy: canReadReport },
      schema: {
        tags: ['reports'],
        summary: 'The caller’s rating of the answer and whether they may rate; every rating, without names, for the department’s officials',
        params: s.numberParamsSchema,
        response: { 200: s.ratingsViewSchema },
      },
    },
    async (req) => {
      const v = await readRatings(ctx, req.actor, req.params.number);
      return { ...v, mine: v.mine && presentRating(v.mine), all: v.all && v.all.map(presentRating) };
    },
  );
  // Who may call: the report's reporter and supporters, once each, after its answer is published.
  app.post(
    '/api/reports/:number/ratings',
    {
      config: { ...perUserRateLimit(30, 60), policy: canRateAnswer },
      schema: {
        tags: ['reports'],
        summary: 'Rate the published answer: fixed, partly fixed or not fixed, quality 1–5, a note',
        description:
          'Once per person (409 for a second rating or before the answer is published; 403 for anyone but the reporter and supporters). The reporter’s “not fixed” within 15 days of the answer disputes it: the report is reopened and the note (at least 10 characters) is the dispute’s text.',
        params: s.numberParamsSchema,
        body: s.rateBodySchema,
        response: { 201: s.rateResultSchema },
      },
    },
    async (req, reply) => {
      const { rating, report } = await rateAnswer(ctx, req.actor, req.params.number, req.body);
      return reply.status(201).send({ rating: presentRating(rating), status: report.status });
    },
  );

  for (const [action, doc] of Object.entries(actionDocs) as [Exclude<ReportAction, 'auto_close'>, { who: string; summary: string }][]) {
    // Who may call: see actionDocs — moderators in scope, the department's officials, or the reporter, as the state machine names.
    app.post(
      `/api/reports/:number/${actionSegment(action)}`,
      {
        config: { policy: canTransition },
        schema: {
          tags: ['reports'],
          summary: doc.summary,
          description: `Who may: ${doc.who}. 409 when the report's state does not allow it.`,
          params: s.numberParamsSchema,
          body: s.actionBodies[action],
          response: { 200: s.reportCardSchema },
        },
      },
      async (req) => {
        await transitionReport(ctx, req.actor, req.params.number, action, (req.body ?? {}) as Record<string, never>);
        return presentCard(await getReportCard(ctx, req.actor, req.params.number), req.lang);
      },
    );
  }
}
