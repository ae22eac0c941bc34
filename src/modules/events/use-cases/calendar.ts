import crypto from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import ical, { ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { listDistricts } from '../../city/index.js';
import type { EventRow } from '../db/queries.js';
import { eventFeeds, eventRegistrations, events } from '../db/schema.js';
import { canReadOwnEvents } from '../policy.js';
import { eventPath, requireEvent } from './common.js';

/** How far back the feeds reach: events that ended within the last 90 days stay in a calendar. */
const feedHistoryMs = 90 * 86_400_000;

/**
 * An iCalendar document of events, in the city's time zone (with its VTIMEZONE, so DTSTART/DTEND read as the city's
 * wall clock). Each event's UID is its id at the site's host — stable across edits, so a calendar updates the entry —,
 * a cancelled event says STATUS:CANCELLED, and the online link is given only when `withLinks` (the person's own feed).
 */
export function calendarOf(ctx: ModuleContext, name: string, rows: readonly EventRow[], opts: { withLinks?: boolean } = {}): string {
  const tz = ctx.config.cityTimezone;
  const host = new URL(ctx.config.publicUrl).host;
  const cal = ical({ name, prodId: { company: 'Gorod', product: 'events', language: 'RU' } });
  cal.timezone({ name: tz, generator: (zone) => tzlib_get_ical_block(zone)[0] ?? null });
  for (const row of rows) {
    const url = `${ctx.config.publicUrl}${eventPath(row.id)}`;
    const link = opts.withLinks && row.onlineUrl ? row.onlineUrl : null;
    cal.createEvent({
      id: `${row.id}@${host}`,
      start: new TZDate(row.startsAt, tz),
      end: new TZDate(row.endsAt, tz),
      timezone: tz,
      stamp: row.updatedAt,
      lastModified: row.updatedAt,
      created: row.createdAt,
      summary: row.title,
      description: [row.description, row.accessibility, link, url].filter(Boolean).join('\n\n'),
      location: row.lat !== null && row.lon !== null ? { title: row.address || row.title, geo: { lat: row.lat, lon: row.lon } } : (link ?? url),
      url,
      status: row.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}

/** One event as an .ics file: anyone who may see it (404 otherwise). */
export async function eventCalendar(ctx: ModuleContext, actor: Actor, id: string): Promise<string> {
  const { row } = await requireEvent(ctx.database.db, actor, id);
  return calendarOf(ctx, row.title, [row]);
}

/** A district's public feed: the published events there (cancelled ones marked), from 90 days back; 404 for an unknown district. */
export async function districtCalendar(ctx: ModuleContext, districtId: string, now = new Date()): Promise<string> {
  const db = ctx.database.db;
  const district = (await listDistricts(db)).find((d) => d.id === districtId);
  if (!district) throw new AppError(404, 'event_district_not_found');
  const rows = await db
    .select()
    .from(events)
    .where(and(eq(events.districtId, districtId), eq(events.moderation, 'visible'), gte(events.endsAt, new Date(now.getTime() - feedHistoryMs))))
    .orderBy(asc(events.startsAt))
    .limit(2000);
  return calendarOf(ctx, district.nameRu, rows);
}

const hashOf = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** Whether the caller has a personal feed, and since when (the token itself is shown once, when created). */
export async function myFeed(ctx: ModuleContext, actor: Actor): Promise<{ createdAt: Date } | null> {
  authorize(actor, canReadOwnEvents(actor));
  const [row] = await ctx.database.db.select({ createdAt: eventFeeds.createdAt }).from(eventFeeds).where(eq(eventFeeds.userId, actor.userId));
  return row ?? null;
}

/** Creates the caller's secret feed, replacing an earlier one (whose link stops working); returns its URL, once. */
export async function createFeed(ctx: ModuleContext, actor: Actor, now = new Date()): Promise<{ url: string; createdAt: Date }> {
  authorize(actor, canReadOwnEvents(actor));
  const token = crypto.randomBytes(24).toString('base64url');
  await ctx.database.db
    .insert(eventFeeds)
    .values({ userId: actor.userId, tokenHash: hashOf(token), createdAt: now })
    .onConflictDoUpdate({ target: eventFeeds.userId, set: { tokenHash: hashOf(token), createdAt: now } });
  return { url: `${ctx.config.publicUrl}/api/calendars/personal/${token}/events.ics`, createdAt: now };
}

/** Revokes the caller's feed: its link answers 404 from now on. */
export async function revokeFeed(ctx: ModuleContext, actor: Actor): Promise<void> {
  authorize(actor, canReadOwnEvents(actor));
  await ctx.database.db.delete(eventFeeds).where(eq(eventFeeds.userId, actor.userId));
}

/**
 * A personal feed by its secret token (404 for an unknown or revoked one): the events its owner registered for or
 * waits for, from 90 days back, with online links. A calendar app fetches it without a session.
 */
export async function personalCalendar(ctx: ModuleContext, token: string, now = new Date()): Promise<string> {
  const db = ctx.database.db;
  const [feed] = await db
    .select({ userId: eventFeeds.userId })
    .from(eventFeeds)
    .where(eq(eventFeeds.tokenHash, hashOf(token)));
  if (!feed) throw new AppError(404, 'event_feed_not_found');
  const rows = await db
    .select({ event: events })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(
      and(
        eq(eventRegistrations.userId, feed.userId),
        inArray(eventRegistrations.state, ['registered', 'waitlisted', 'attended']),
        gte(events.endsAt, new Date(now.getTime() - feedHistoryMs)),
      ),
    )
    .orderBy(asc(events.startsAt))
    .limit(2000);
  return calendarOf(
    ctx,
    'Gorod',
    rows.map((r) => r.event),
    { withLinks: true },
  );
}
