import type { FastifyReply } from 'fastify';
import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { canCheckIn, canManageEvent, canMarkAttendance, canReadEvent, canSeeRegistrations, canWriteMinutes } from '../policy.js';
import { checkIn, currentCheckInCode, markAttendance, newCheckInCode } from '../use-cases/attendance.js';
import { eventImagePaths, readEventImage } from '../use-cases/event-images.js';
import { meetingsOn, sourceOf } from '../use-cases/event-source.js';
import { organisingGroups } from '../use-cases/read-events.js';
import { getMinutes, saveMinutes, type MinutesRow } from '../use-cases/minutes.js';
import { findEvent } from '../db/queries.js';
import * as a from './after-schemas.js';
import { presentSummary } from './presenters.js';
import { idParamsSchema, listSchema } from './schemas.js';

const tags = ['events'];

/** What comes after (and around) an event: its image, attendance and the check-in code, minutes, meetings on a source. */
export function afterEventRoutes(app: App, ctx: ModuleContext): void {
  const presentMinutes = async (eventId: string, m: MinutesRow | null) => {
    if (!m) return { minutes: null };
    const row = await findEvent(ctx.database.db, eventId);
    return {
      minutes: {
        text: m.text,
        decisions: m.decisions,
        photos: m.photoFileIds.map((id) => ({ id, ...eventImagePaths(eventId, id) })),
        publishedAt: m.publishedAt.toISOString(),
        updatedAt: m.updatedAt.toISOString(),
        source: row ? await sourceOf(ctx, row) : null,
      },
    };
  };
  const sendImage = (reply: FastifyReply, file: { data: Buffer; contentType: string; shared: boolean }) =>
    reply
      .header('cache-control', file.shared ? 'public, max-age=86400' : 'private, max-age=3600')
      .header('x-content-type-options', 'nosniff')
      .type(file.contentType)
      .send(file.data);

  // Who may call: anyone. The public meetings opened on a poll, an initiative or a crowdsourcing project (its page lists them).
  app.get(
    '/api/events/meetings',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'Meetings opened on a source (`source=poll:<id>`, `initiative:<n>`, `crowd_project:<n>`)',
        querystring: a.meetingsQuerySchema,
        response: { 200: listSchema },
      },
    },
    async (req) => {
      const rows = await meetingsOn(ctx.database.db, req.query.source);
      const groups = await organisingGroups(ctx.database.db, rows);
      return { items: rows.map((r) => presentSummary(r, groups)), total: rows.length, totalCapped: false, page: 1, pageSize: rows.length };
    },
  );

  // Who may call: anyone who may see the event: its image or a photo of its minutes (WebP).
  app.get(
    '/api/events/:id/images/:fileId',
    { config: { policy: canReadEvent }, schema: { tags, summary: 'An image of an event or of its minutes (WebP)', params: a.imageParamsSchema } },
    async (req, reply) => sendImage(reply, await readEventImage(ctx, req.actor, req.params.id, req.params.fileId, 'full')),
  );
  // Who may call: as for the image itself.
  app.get(
    '/api/events/:id/images/:fileId/thumb',
    { config: { policy: canReadEvent }, schema: { tags, summary: 'An image’s 320 px preview (WebP)', params: a.imageParamsSchema } },
    async (req, reply) => sendImage(reply, await readEventImage(ctx, req.actor, req.params.id, req.params.fileId, 'thumb')),
  );

  // Who may call: its organisers, once it has started: who attended, from those registered (idempotent).
  app.put(
    '/api/events/:id/attendance',
    {
      config: { policy: [canReadEvent, canMarkAttendance] },
      schema: {
        tags,
        summary: 'Mark who attended (or not)',
        params: idParamsSchema,
        body: a.attendanceBodySchema,
        response: { 200: a.attendanceCountsSchema },
      },
    },
    async (req) => markAttendance(ctx, req.actor, req.params.id, req.body.items),
  );

  // Who may call: its organisers: the code to show at the door (null before one is made).
  app.get(
    '/api/events/:id/check-in-code',
    {
      config: { policy: [canReadEvent, canSeeRegistrations] },
      schema: { tags, summary: 'The check-in code to show at the door', params: idParamsSchema, response: { 200: a.checkInCodeSchema } },
    },
    async (req) => currentCheckInCode(ctx, req.actor, req.params.id),
  );

  // Who may call: its organisers, unless it was cancelled: a new code (the previous one stops working).
  app.post(
    '/api/events/:id/check-in-code',
    {
      config: { ...perUserRateLimit(30, 60), policy: [canReadEvent, canManageEvent] },
      schema: { tags, summary: 'Make a new check-in code', params: idParamsSchema, response: { 201: a.checkInCodeSchema } },
    },
    async (req, reply) => reply.status(201).send(await newCheckInCode(ctx, req.actor, req.params.id)),
  );

  // Who may call: a registered person, during the event (an hour's margin either side); 10 tries in 10 minutes each.
  app.post(
    '/api/events/:id/check-in',
    {
      config: { ...perUserRateLimit(10, 10), policy: [canReadEvent, canCheckIn] },
      schema: {
        tags,
        summary: 'Check in with the code shown at the door',
        params: idParamsSchema,
        body: a.checkInBodySchema,
        response: { 200: a.attendanceCountsSchema },
      },
    },
    async (req) => checkIn(ctx, req.actor, req.params.id, req.body.code),
  );

  // Who may call: anyone who may see the event: its minutes (null before they are published).
  app.get(
    '/api/events/:id/minutes',
    { config: { policy: canReadEvent }, schema: { tags, summary: 'The minutes of an event', params: idParamsSchema, response: { 200: a.minutesSchema } } },
    async (req) => presentMinutes(req.params.id, await getMinutes(ctx, req.actor, req.params.id)),
  );

  // Who may call: its organisers, once it has started: publish or replace the minutes (audited for a department's event).
  app.put(
    '/api/events/:id/minutes',
    {
      config: { ...perUserRateLimit(60, 60), policy: [canReadEvent, canWriteMinutes] },
      schema: { tags, summary: 'Publish or edit the minutes', params: idParamsSchema, body: a.minutesBodySchema, response: { 200: a.minutesSchema } },
    },
    async (req) => presentMinutes(req.params.id, await saveMinutes(ctx, req.actor, req.params.id, req.body)),
  );
}
