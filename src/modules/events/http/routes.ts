import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { canCancelRegistration, canCreateEvent, canManageEvent, canReadEvent, canReadOwnEvents, canRegister, canSeeRegistrations } from '../policy.js';
import { createFeed, districtCalendar, eventCalendar, myFeed, personalCalendar, revokeFeed } from '../use-cases/calendar.js';
import { cancelEvent, listRegistrations, registrationsCsv, setRegistrationPaused } from '../use-cases/manage-event.js';
import { getEvent, listEvents, myEvents, myOrganiserGroups } from '../use-cases/read-events.js';
import { cancelRegistration, registerForEvent } from '../use-cases/registrations.js';
import { createEvent, editEvent } from '../use-cases/save-event.js';
import { presentSummary, presentView } from './presenters.js';
import * as s from './schemas.js';

const tags = ['events'];
const calendarType = 'text/calendar; charset=utf-8';

/** City events: the public list and pages, organising, registration with a waitlist, the organisers' list, iCal feeds. */
export function eventRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone. Published events only (never those awaiting moderation); no person in the answer.
  app.get(
    '/api/events',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'Events, soonest first, by district, kind, dates, free places, organiser, group',
        querystring: s.listQuerySchema,
        response: { 200: s.listSchema },
      },
    },
    async (req) => {
      const { rows, groups, ...page } = await listEvents(ctx, req.query);
      return { items: rows.map((r) => presentSummary(r, groups)), ...page };
    },
  );

  // Who may call: an official of the department (for a department's event), whoever runs the group (on its behalf; held
  // for moderation unless it is a verified organisation or public figure) or a verified resident (held); 20 an hour.
  app.post(
    '/api/events',
    {
      config: { ...perUserRateLimit(20, 60), policy: canCreateEvent },
      schema: { tags, summary: 'Organise an event', body: s.createBodySchema, response: { 201: s.viewSchema } },
    },
    async (req, reply) => {
      const row = await createEvent(ctx, req.actor, req.body);
      return reply.status(201).send(presentView(await getEvent(ctx, req.actor, row.id), req.lang));
    },
  );

  // Who may call: signed-in people: their registrations and the events they organise.
  app.get(
    '/api/me/events',
    { config: { policy: canReadOwnEvents }, schema: { tags, summary: 'My events: registered, waiting, organised', response: { 200: s.myEventsSchema } } },
    async (req) => {
      const { registered, organised, groups } = await myEvents(ctx, req.actor);
      return {
        registered: registered.map((r) => ({ ...presentSummary(r.event, groups), myState: r.state, position: r.position })),
        organised: organised.map((r) => ({ ...presentSummary(r, groups), moderation: r.moderation })),
      };
    },
  );

  // Who may call: signed-in people: the groups they run now (owner or admin, not banned), on whose behalf they may
  // organise an event; empty for most.
  app.get(
    '/api/events/organisers/mine',
    {
      config: { policy: canReadOwnEvents },
      schema: { tags, summary: 'The groups I may organise events for', response: { 200: s.organiserGroupsSchema } },
    },
    async (req) => ({ items: (await myOrganiserGroups(ctx, req.actor)).map((g) => ({ id: g.id, name: g.name, verified: g.verified })) }),
  );

  // Who may call: signed-in people: whether their secret calendar feed exists.
  app.get(
    '/api/me/events/feed',
    { config: { policy: canReadOwnEvents }, schema: { tags, summary: 'Whether my calendar feed exists', response: { 200: s.feedSchema } } },
    async (req) => {
      const feed = await myFeed(ctx, req.actor);
      return { exists: feed !== null, createdAt: feed?.createdAt.toISOString() ?? null };
    },
  );

  // Who may call: signed-in people. A new secret link replaces the old one; the link is shown this once.
  app.post(
    '/api/me/events/feed',
    {
      config: { ...perUserRateLimit(20, 60), policy: canReadOwnEvents },
      schema: { tags, summary: 'Create (or replace) my secret calendar feed', response: { 201: s.createdFeedSchema } },
    },
    async (req, reply) => {
      const feed = await createFeed(ctx, req.actor);
      return reply.status(201).send({ url: feed.url, createdAt: feed.createdAt.toISOString() });
    },
  );

  // Who may call: signed-in people: their link stops working.
  app.delete(
    '/api/me/events/feed',
    { config: { policy: canReadOwnEvents }, schema: { tags, summary: 'Revoke my calendar feed', response: { 204: s.noContentSchema } } },
    async (req, reply) => {
      await revokeFeed(ctx, req.actor);
      return reply.status(204).send(null);
    },
  );

  // Who may call: anyone with the secret link (a calendar app, without a session).
  app.get(
    '/api/calendars/personal/:token/events.ics',
    {
      config: { policy: 'public' },
      schema: { tags, summary: 'A personal calendar feed (text/calendar): the events its owner registered for', params: s.tokenParamsSchema },
    },
    async (req, reply) =>
      reply
        .header('cache-control', 'private, no-store')
        .type(calendarType)
        .send(await personalCalendar(ctx, req.params.token)),
  );

  // Who may call: anyone. A district's published events (text/calendar).
  app.get(
    '/api/calendars/districts/:districtId/events.ics',
    { config: { policy: 'public' }, schema: { tags, summary: 'A district’s calendar feed (text/calendar)', params: s.districtParamsSchema } },
    async (req, reply) => reply.type(calendarType).send(await districtCalendar(ctx, req.params.districtId)),
  );

  // Who may call: anyone who may see the event (awaiting moderation: its organisers and moderators).
  app.get(
    '/api/events/:id',
    {
      config: { policy: canReadEvent },
      schema: { tags, summary: 'One event, with my registration', params: s.idParamsSchema, response: { 200: s.viewSchema } },
    },
    async (req) => presentView(await getEvent(ctx, req.actor, req.params.id), req.lang),
  );

  // Who may call: anyone who may see the event.
  app.get(
    '/api/events/:id/event.ics',
    { config: { policy: canReadEvent }, schema: { tags, summary: 'One event as an .ics file (text/calendar)', params: s.idParamsSchema } },
    async (req, reply) =>
      reply
        .type(calendarType)
        .header('content-disposition', `attachment; filename="event-${req.params.id}.ics"`)
        .send(await eventCalendar(ctx, req.actor, req.params.id)),
  );

  // Who may call: its organisers, while it is not cancelled. Audited for a department's event.
  app.put(
    '/api/events/:id',
    {
      config: { policy: [canReadEvent, canManageEvent] },
      schema: { tags, summary: 'Edit an event', params: s.idParamsSchema, body: s.editBodySchema, response: { 200: s.viewSchema } },
    },
    async (req) => {
      await editEvent(ctx, req.actor, req.params.id, req.body);
      return presentView(await getEvent(ctx, req.actor, req.params.id), req.lang);
    },
  );

  // Who may call: its organisers, once. Everyone registered or waiting is told.
  app.post(
    '/api/events/:id/cancel',
    {
      config: { policy: [canReadEvent, canManageEvent] },
      schema: {
        tags,
        summary: 'Cancel an event (with a reason for those registered)',
        params: s.idParamsSchema,
        body: s.cancelBodySchema.nullish(),
        response: { 204: s.noContentSchema },
      },
    },
    async (req, reply) => {
      await cancelEvent(ctx, req.actor, req.params.id, req.body?.reason ?? '');
      return reply.status(204).send(null);
    },
  );

  // Who may call: its organisers: close registration for now, or reopen it.
  app.put(
    '/api/events/:id/registration-paused',
    {
      config: { policy: [canReadEvent, canManageEvent] },
      schema: { tags, summary: 'Close or reopen registration', params: s.idParamsSchema, body: s.pauseBodySchema, response: { 204: s.noContentSchema } },
    },
    async (req, reply) => {
      await setRegistrationPaused(ctx, req.actor, req.params.id, req.body.paused);
      return reply.status(204).send(null);
    },
  );

  // Who may call: its organisers only (names of people).
  app.get(
    '/api/events/:id/registrations',
    {
      config: { policy: [canReadEvent, canSeeRegistrations] },
      schema: { tags, summary: 'Who registered and who waits, in order', params: s.idParamsSchema, response: { 200: s.registrationsSchema } },
    },
    async (req) => ({
      items: (await listRegistrations(ctx, req.actor, req.params.id)).map((r) => ({ ...r, registeredAt: r.registeredAt.toISOString() })),
    }),
  );

  // Who may call: its organisers only (names of people).
  app.get(
    '/api/events/:id/registrations.csv',
    {
      config: { policy: [canReadEvent, canSeeRegistrations] },
      schema: { tags, summary: 'Who registered and who waits, as CSV', params: s.idParamsSchema },
    },
    async (req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="event-${req.params.id}-registrations.csv"`)
        .send(await registrationsCsv(ctx, req.actor, req.params.id)),
  );

  // Who may call: signed-in people, once per event, while registration is open; 60 an hour each.
  app.post(
    '/api/events/:id/registration',
    {
      config: { ...perUserRateLimit(60, 60), policy: [canReadEvent, canRegister] },
      schema: {
        tags,
        summary: 'Register (at capacity: join the waitlist)',
        params: s.idParamsSchema,
        response: { 201: s.viewSchema.shape.mine.unwrap() },
      },
    },
    async (req, reply) => reply.status(201).send(await registerForEvent(ctx, req.actor, req.params.id)),
  );

  // Who may call: a person registered or waiting, until the event starts. The first in line takes a freed place.
  app.delete(
    '/api/events/:id/registration',
    {
      config: { policy: [canReadEvent, canCancelRegistration] },
      schema: { tags, summary: 'Cancel my registration', params: s.idParamsSchema, response: { 204: s.noContentSchema } },
    },
    async (req, reply) => {
      await cancelRegistration(ctx, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
