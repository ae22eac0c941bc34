import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { strongPassword, TestClient } from '../../../../test/http-client.js';
import type { UserActor } from '../../../core/auth/actor.js';
import { queryRows } from '../../../core/db/client.js';
import { localDay } from '../../../core/time/calendar.js';
import { eventRegistrations, events } from '../db/schema.js';
import { registerForEvent } from '../use-cases/registrations.js';
import { sendReminders } from '../use-cases/reminders.js';

let t: TestApp;
let official: TestPerson;
let organiser: TestPerson;
let visitor: TestClient;

const admiralteysky = { lat: 59.9187, lon: 30.288 };
const day = 86_400_000;
const inDays = (n: number, hours = 0) => new Date(Date.now() + n * day + hours * 3_600_000).toISOString();

/** A department's event a week ahead, two hours long (officials of committee-roads). */
const body = (over: Record<string, unknown> = {}) => ({
  kind: 'cleanup',
  title: 'Субботник в сквере',
  description: 'Убираем листья и мусор, инвентарь выдаём на месте.',
  departmentId: 'committee-roads',
  ...admiralteysky,
  address: 'Сквер у Никольского собора',
  startsAt: inDays(7),
  endsAt: inDays(7, 2),
  capacity: 2,
  accessibility: 'Пандус у входа в сквер',
  ...over,
});

async function announce(over: Record<string, unknown> = {}): Promise<string> {
  const res = await official.client.post('/api/events', body(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}
const runJobs = async () => {
  await t.ctx.jobs.runDue();
  await t.ctx.jobs.runDue();
  await t.ctx.mailer.flush();
};
const kinds = async (c: TestClient) => ((await c.get('/api/notifications')).body.items as { kind: string }[]).map((x) => x.kind);
const ics = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url });
  return { status: res.statusCode, type: String(res.headers['content-type']), text: res.body };
};

beforeAll(async () => {
  t = await testApp();
  official = await person(t, { roles: [{ role: 'official', department: 'committee-roads' }] });
  organiser = await person(t, { verified: { districtId: 'admiralteysky' } });
  visitor = new TestClient(t.app, 'en');
});
afterAll(async () => t?.close());

describe('organising', () => {
  it('an official announces the department’s event: public at once, district from the point, audited', async () => {
    const id = await announce();
    const res = await visitor.get(`/api/events/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: 'cleanup',
      districtId: 'admiralteysky',
      organisedBy: 'department',
      departmentId: 'committee-roads',
      capacity: 2,
      freePlaces: 2,
      moderation: 'visible',
      mine: null,
      isOrganiser: false,
      registration: { allowed: false, reason: 'unauthenticated', message: 'Sign in to do this.' },
    });
    const [entry] = await t.database.db
      .execute(sql`select action from audit_log where subject_id = ${id}`)
      .then((r) => (r as unknown as { rows: { action: string }[] }).rows);
    expect(entry?.action).toBe('event.created');
  });

  it('a verified resident’s event waits for a moderator: hidden from others until approved', async () => {
    const res = await organiser.client.post('/api/events', body({ departmentId: null, kind: 'workshop', capacity: null }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ moderation: 'held', organisedBy: 'resident', isOrganiser: true });
    const id = res.body.id as string;
    expect((await visitor.get(`/api/events/${id}`)).status).toBe(404);
    expect(((await visitor.get('/api/events')).body.items as { id: string }[]).map((e) => e.id)).not.toContain(id);
    const moderator = await person(t, { roles: ['moderator'] });
    const queue = await moderator.client.get('/api/moderation/queue');
    expect((queue.body.items as { entityType: string; entityId: string }[]).some((c) => c.entityType === 'event' && c.entityId === id)).toBe(true);
    const decided = await moderator.client.post(`/api/moderation/cases/event/${id}/decision`, {
      action: 'restore',
      reason: 'Проверено: мероприятие полезное.',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect((await visitor.get(`/api/events/${id}`)).body.moderation).toBe('visible');
  });

  it('refuses an unverified resident, another department’s official and visitors', async () => {
    const unverified = await person(t, { lang: 'ru' });
    const res = await unverified.client.post('/api/events', body({ departmentId: null }));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('event_organiser_not_verified');
    expect(res.body.error.message).toMatch(/подтверждённые жители/);
    const other = await official.client.post('/api/events', body({ departmentId: 'gu-zhilishchnik-admiralteysky' }));
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('not_event_department_official');
    expect((await visitor.post('/api/events', body())).status).toBe(401);
  });

  it('refuses an end before the start, a place outside the city, an online event without its link, bad fields — each naming the field', async () => {
    const ends = await official.client.post('/api/events', body({ endsAt: inDays(6) }));
    expect(ends.status).toBe(400);
    expect(ends.body.error.code).toBe('event_ends_before_start');
    expect(Object.keys(ends.body.error.fields)).toEqual(['endsAt']);
    const outside = await official.client.post('/api/events', body({ lat: 55.75, lon: 37.61 }));
    expect(outside.status).toBe(400);
    expect(Object.keys(outside.body.error.fields)).toEqual(['lat']);
    const online = await official.client.post('/api/events', body({ kind: 'online', lat: null, lon: null }));
    expect(online.status).toBe(400);
    expect(online.body.error.code).toBe('event_online_link_required');
    const bad = await official.client.post('/api/events', body({ capacity: 0, onlineUrl: 'javascript:alert(1)', title: '\u202e\u200b' }));
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['capacity', 'onlineUrl', 'title']);
  });

  it('refuses a capacity below those registered; a raised capacity moves the first waiting up and tells them', async () => {
    const id = await announce({ capacity: 1 });
    const a = await person(t);
    const b = await person(t);
    expect((await a.client.post(`/api/events/${id}/registration`)).body).toEqual({ state: 'registered', position: null });
    expect((await b.client.post(`/api/events/${id}/registration`)).body).toEqual({ state: 'waitlisted', position: 1 });
    const { departmentId: _d, ...edit } = body({ capacity: 1 });
    const lower = await official.client.put(`/api/events/${id}`, { ...edit, capacity: 1, startsAt: inDays(8), endsAt: inDays(8, 2) });
    expect(lower.status).toBe(200);
    const raised = await official.client.put(`/api/events/${id}`, { ...edit, capacity: 2 });
    expect(raised.status).toBe(200);
    expect(raised.body).toMatchObject({ registeredCount: 2, waitlistCount: 0, freePlaces: 0 });
    const { departmentId: _e, ...again } = body();
    const second = await person(t);
    const third = await official.client.put(`/api/events/${id}`, { ...again, capacity: 1 });
    expect(third.status).toBe(400);
    expect(third.body.error.code).toBe('event_capacity_below_registered');
    expect(Object.keys(third.body.error.fields)).toEqual(['capacity']);
    await runJobs();
    expect(await kinds(b.client)).toContain('event.promoted');
    // the move earlier (a new date) reached the one then registered
    expect(await kinds(a.client)).toContain('event.moved');
    expect((await second.client.put(`/api/events/${id}`, { ...again })).status).toBe(403);
  });
});

describe('registering', () => {
  it('one per person; at capacity the waitlist in order; a cancellation promotes the first in line', async () => {
    const id = await announce({ capacity: 1 });
    const [a, b, c] = [await person(t), await person(t), await person(t)];
    expect((await a.client.post(`/api/events/${id}/registration`)).status).toBe(201);
    const twice = await a.client.post(`/api/events/${id}/registration`);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('event_already_registered');
    expect((await b.client.post(`/api/events/${id}/registration`)).body).toEqual({ state: 'waitlisted', position: 1 });
    expect((await c.client.post(`/api/events/${id}/registration`)).body).toEqual({ state: 'waitlisted', position: 2 });
    expect((await a.client.delete(`/api/events/${id}/registration`)).status).toBe(204);
    expect((await b.client.get(`/api/events/${id}`)).body.mine).toEqual({ state: 'registered', position: null });
    expect((await c.client.get(`/api/events/${id}`)).body.mine).toEqual({ state: 'waitlisted', position: 1 });
    // a person who cancelled may come back, at the end of the line
    expect((await a.client.post(`/api/events/${id}/registration`)).body).toEqual({ state: 'waitlisted', position: 2 });
    expect((await visitor.get(`/api/events/${id}`)).body).toMatchObject({ registeredCount: 1, waitlistCount: 2, freePlaces: 0 });
    await runJobs();
    expect(await kinds(b.client)).toContain('event.promoted');
    const again = await a.client.delete(`/api/events/${id}/registration`);
    expect(again.status).toBe(204);
    const none = await a.client.delete(`/api/events/${id}/registration`);
    expect(none.status).toBe(409);
    expect(none.body.error.code).toBe('event_not_registered');
  });

  it('a deleted account gives up its place in an event to come: the first waiting moves up and is told', async () => {
    // another official of the department announces it: the official's hourly announcements are counted by the other tests
    const colleague = await person(t, { roles: [{ role: 'official', department: 'committee-roads' }] });
    const id = (await colleague.client.post('/api/events', body({ capacity: 1 }))).body.id as string;
    const [leaving, waiting] = [await person(t), await person(t)];
    expect((await leaving.client.post(`/api/events/${id}/registration`)).status).toBe(201);
    expect((await waiting.client.post(`/api/events/${id}/registration`)).body).toEqual({ state: 'waitlisted', position: 1 });
    expect((await leaving.client.post('/api/me/account/delete', { password: strongPassword, content: 'anonymise' })).status).toBe(200);
    expect((await waiting.client.get(`/api/events/${id}`)).body.mine).toEqual({ state: 'registered', position: null });
    expect((await visitor.get(`/api/events/${id}`)).body).toMatchObject({ registeredCount: 1, waitlistCount: 0 });
    await runJobs();
    expect(await kinds(waiting.client)).toContain('event.promoted');
  });

  it('refuses a past event, outside the window, a closed registration, a cancelled event and an age limit, each with its reason', async () => {
    const r = await person(t, { lang: 'ru' });
    const past = await announce({ startsAt: inDays(-2), endsAt: inDays(-2, 2) });
    expect((await r.client.post(`/api/events/${past}/registration`)).body.error.code).toBe('event_started');
    const window = { registrationOpensAt: inDays(3), registrationClosesAt: inDays(5) };
    const later = await announce(window);
    const notOpen = await r.client.post(`/api/events/${later}/registration`);
    expect(notOpen.status).toBe(409);
    expect(notOpen.body.error).toMatchObject({ code: 'event_registration_not_open', message: expect.stringMatching(/ещё не открылась/) });
    // the page says so before anyone tries, in the viewer's language; the list's card carries the window
    expect((await r.client.get(`/api/events/${later}`)).body.registration).toEqual({
      allowed: false,
      reason: 'event_registration_not_open',
      message: expect.stringMatching(/ещё не открылась/),
    });
    const card = (await r.client.get('/api/events')).body.items.find((e: { id: string }) => e.id === later);
    expect(card).toMatchObject({ ...window, registrationPaused: false });
    const over = await announce({ registrationOpensAt: inDays(-3), registrationClosesAt: inDays(-1) });
    expect((await r.client.post(`/api/events/${over}/registration`)).body.error.code).toBe('event_registration_closed');
    const paused = await announce();
    expect((await official.client.put(`/api/events/${paused}/registration-paused`, { paused: true })).status).toBe(204);
    expect((await r.client.post(`/api/events/${paused}/registration`)).body.error.code).toBe('event_registration_paused');
    expect((await official.client.put(`/api/events/${paused}/registration-paused`, { paused: false })).status).toBe(204);
    expect((await r.client.post(`/api/events/${paused}/registration`)).status).toBe(201);
    const adults = await announce({ minAge: 18 });
    const unknown = await r.client.post(`/api/events/${adults}/registration`);
    expect(unknown.status).toBe(403);
    expect(unknown.body.error.code).toBe('event_age_unknown');
    const teen = await person(t, { verified: { birthDate: new Date(Date.now() - 15 * 365 * day).toISOString().slice(0, 10) } });
    expect((await teen.client.post(`/api/events/${adults}/registration`)).body.error.code).toBe('event_under_age');
    const adult = await person(t, { verified: true });
    expect((await adult.client.post(`/api/events/${adults}/registration`)).status).toBe(201);
    expect((await visitor.post(`/api/events/${adults}/registration`)).status).toBe(401);
  });

  it('the age limit counts on the event’s day in the city: 18 that day may register, 18 the day after may not; who registers follows the event', async () => {
    const startsAt = inDays(7);
    // another official of the department (each official's announcements are rate-limited)
    const colleague = await person(t, { roles: [{ role: 'official', department: 'committee-roads' }] });
    const created = await colleague.client.post('/api/events', body({ minAge: 18, startsAt, endsAt: inDays(7, 2) }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    const eventDay = localDay(new Date(startsAt), t.ctx.config.cityTimezone);
    const yearsBefore = (days: number) => {
      const d = new Date(`${eventDay}T00:00:00Z`);
      d.setUTCFullYear(d.getUTCFullYear() - 18);
      d.setUTCDate(d.getUTCDate() + days);
      return d.toISOString().slice(0, 10);
    };
    const tomorrow = await person(t, { verified: { birthDate: yearsBefore(1) } });
    expect((await tomorrow.client.post(`/api/events/${id}/registration`)).body.error.code).toBe('event_under_age');
    const birthday = await person(t, { verified: { birthDate: yearsBefore(0) } });
    expect((await birthday.client.post(`/api/events/${id}/registration`)).body).toEqual({ state: 'registered', position: null });
    // registering made them a follower of the event, in the same statement (its comments and news reach them)
    const followed = await queryRows<{ origin: string }>(
      t.database.db,
      sql`select origin from follows where user_id = ${birthday.userId} and entity_type = 'event' and entity_id = ${id}`,
    );
    expect(followed).toEqual([{ origin: 'auto' }]);
  });

  it('cancelling an event tells everyone registered or waiting; it can no longer be registered for or edited', async () => {
    const id = await announce({ capacity: 1 });
    const [a, b] = [await person(t), await person(t)];
    await a.client.post(`/api/events/${id}/registration`);
    await b.client.post(`/api/events/${id}/registration`);
    expect((await a.client.post(`/api/events/${id}/cancel`)).status).toBe(403);
    expect((await official.client.post(`/api/events/${id}/cancel`)).status).toBe(204);
    const again = await official.client.post(`/api/events/${id}/cancel`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('event_cancelled');
    const c = await person(t);
    expect((await c.client.post(`/api/events/${id}/registration`)).body.error.code).toBe('event_cancelled');
    await runJobs();
    expect(await kinds(a.client)).toContain('event.cancelled');
    expect(await kinds(b.client)).toContain('event.cancelled');
    expect((await visitor.get(`/api/events/${id}`)).body.status).toBe('cancelled');
  });

  it('names reach the organiser only; the public list and page carry no person', async () => {
    const id = await announce({ capacity: 1 });
    const [a, b] = [await person(t), await person(t)];
    await a.client.post(`/api/events/${id}/registration`);
    await b.client.post(`/api/events/${id}/registration`);
    const list = await official.client.get(`/api/events/${id}/registrations`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ userId: a.userId, state: 'registered', position: null }),
      expect.objectContaining({ userId: b.userId, state: 'waitlisted', position: 1 }),
    ]);
    const csv = await official.client.request('GET', `/api/events/${id}/registrations.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const text = (await t.app.inject({ method: 'GET', url: `/api/events/${id}/registrations.csv`, headers: { cookie: String(official.client.cookie) } })).body;
    expect(text.split('\r\n')[0]).toBe('name,state,waitlist_position,registered_at');
    expect(text).toContain('registered');
    expect(text).toContain('waitlisted,1,');
    expect((await a.client.get(`/api/events/${id}/registrations.csv`)).status).toBe(403);
    const denied = await a.client.get(`/api/events/${id}/registrations`);
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('not_event_organiser');
    expect((await visitor.get(`/api/events/${id}/registrations`)).status).toBe(401);
    const page = JSON.stringify((await visitor.get(`/api/events/${id}`)).body) + JSON.stringify((await visitor.get('/api/events')).body);
    for (const p of [a, b, official, organiser]) {
      expect(page).not.toContain(p.userId);
      expect(page).not.toContain(p.email);
    }
  });

  it('lists with filters: district, kind, dates, free places, organiser; and my events', async () => {
    const excursion = await announce({ kind: 'excursion', title: 'Экскурсия по Коломне', capacity: 1, startsAt: inDays(20), endsAt: inDays(20, 3) });
    const online = await announce({
      kind: 'online',
      lat: null,
      lon: null,
      onlineUrl: 'https://meet.example.org/room',
      capacity: null,
      startsAt: inDays(21),
      endsAt: inDays(21, 1),
    });
    const ids = async (q: string) => ((await visitor.get(`/api/events?${q}`)).body.items as { id: string }[]).map((e) => e.id);
    expect(await ids('kind=excursion')).toEqual([excursion]);
    expect(await ids('kind=online')).toEqual([online]);
    expect(await ids('districtId=admiralteysky')).toContain(excursion);
    expect(await ids('districtId=admiralteysky')).not.toContain(online);
    expect(await ids(`from=${encodeURIComponent(inDays(19))}&to=${encodeURIComponent(inDays(20, 1))}`)).toEqual([excursion]);
    expect(await ids('organiser=residents')).not.toContain(excursion);
    expect(await ids('organiser=committee-roads&kind=excursion')).toEqual([excursion]);
    const r = await person(t);
    await r.client.post(`/api/events/${excursion}/registration`);
    expect(await ids('free=true&kind=excursion')).toEqual([]);
    // the online link reaches those registered only
    expect((await visitor.get(`/api/events/${online}`)).body.onlineUrl).toBeNull();
    await r.client.post(`/api/events/${online}/registration`);
    expect((await r.client.get(`/api/events/${online}`)).body.onlineUrl).toBe('https://meet.example.org/room');
    const mine = await r.client.get('/api/me/events');
    expect((mine.body.registered as { id: string; myState: string }[]).map((e) => [e.id, e.myState])).toEqual([
      [online, 'registered'],
      [excursion, 'registered'],
    ]);
    expect((await organiser.client.get('/api/me/events')).body.organised).toHaveLength(1);
    expect((await visitor.get('/api/me/events')).status).toBe(401);
    expect((await visitor.get('/api/events?kind=party')).status).toBe(400);
  });
});

describe('reminders', () => {
  it('the day before and two hours before, once each, to those registered (not those waiting)', async () => {
    const id = await announce({ capacity: 1, startsAt: inDays(0, 20), endsAt: inDays(0, 22) });
    const [a, b] = [await person(t), await person(t)];
    await a.client.post(`/api/events/${id}/registration`);
    await b.client.post(`/api/events/${id}/registration`);
    const ours = async (when: Date) => {
      await sendReminders(t.ctx, when);
      const [row] = await t.database.db
        .select()
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.eventId, id), eq(eventRegistrations.userId, a.userId)));
      return row!;
    };
    const now = new Date();
    expect((await ours(now)).remindedDayBeforeAt).toEqual(now);
    // a second run sends nothing again
    const later = new Date(now.getTime() + 60_000);
    expect((await ours(later)).remindedDayBeforeAt).toEqual(now);
    const soon = new Date(now.getTime() + 18.5 * 3_600_000);
    expect((await ours(soon)).remindedSoonAt).toEqual(soon);
    await runJobs();
    expect((await kinds(a.client)).filter((k) => k.startsWith('event.reminder')).sort()).toEqual(['event.reminder.day_before', 'event.reminder.soon']);
    expect((await kinds(b.client)).filter((k) => k.startsWith('event.reminder'))).toEqual([]);
  });
});

describe('calendars', () => {
  it('one event as .ics in the city’s time zone with a stable UID; a cancelled one says STATUS:CANCELLED', async () => {
    const id = await announce({ startsAt: '2031-06-10T09:00:00Z', endsAt: '2031-06-10T11:00:00Z' });
    const one = await ics(`/api/events/${id}/event.ics`);
    expect(one.status).toBe(200);
    expect(one.type).toMatch(/text\/calendar/);
    expect(one.text).toContain(`UID:${id}@gorod.test`);
    expect(one.text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Moscow');
    // 09:00 UTC is 12:00 on the city's clock
    expect(one.text).toContain('DTSTART;TZID=Europe/Moscow:20310610T120000');
    expect(one.text).toContain('STATUS:CONFIRMED');
    await official.client.post(`/api/events/${id}/cancel`);
    const cancelled = await ics(`/api/events/${id}/event.ics`);
    expect(cancelled.text).toContain('STATUS:CANCELLED');
    expect(cancelled.text).toContain(`UID:${id}@gorod.test`);
    expect((await ics(`/api/calendars/districts/admiralteysky/events.ics`)).text).toContain(`UID:${id}@gorod.test`);
    expect((await ics(`/api/calendars/districts/atlantis/events.ics`)).status).toBe(404);
  });

  it('a personal feed by a secret link lists what I registered for; a new link replaces the old, revoking ends it', async () => {
    const id = await announce({
      kind: 'online',
      lat: null,
      lon: null,
      onlineUrl: 'https://meet.example.org/feed',
      startsAt: inDays(30),
      endsAt: inDays(30, 1),
    });
    const r = await person(t);
    await r.client.post(`/api/events/${id}/registration`);
    expect((await r.client.get('/api/me/events/feed')).body).toEqual({ exists: false, createdAt: null });
    const created = await r.client.post('/api/me/events/feed');
    expect(created.status).toBe(201);
    const path = new URL(created.body.url as string).pathname;
    const feed = await ics(path);
    expect(feed.status).toBe(200);
    expect(feed.text).toContain(`UID:${id}@gorod.test`);
    expect(feed.text).toContain('https://meet.example.org/feed');
    const replaced = await r.client.post('/api/me/events/feed');
    expect((await ics(path)).status).toBe(404);
    expect((await r.client.delete('/api/me/events/feed')).status).toBe(204);
    expect((await ics(new URL(replaced.body.url as string).pathname)).status).toBe(404);
    expect((await visitor.post('/api/me/events/feed')).status).toBe(401);
  });
});

describe('racing for the last places', () => {
  it('50 residents racing for the last 5 places: exactly 5 registered, 45 waitlisted in the order they came, none twice', async () => {
    const id = await announce({ capacity: 7 });
    const early = [await person(t), await person(t)];
    for (const p of early) await p.client.post(`/api/events/${id}/registration`);
    // residents as the session gives them (an account each), racing through the use case: the race is the transaction's
    const racers: UserActor[] = Array.from({ length: 50 }, (_, i) => ({
      kind: 'user',
      userId: crypto.randomUUID(),
      displayName: `Racer ${i}`,
      verification: 'email',
      roles: [],
      language: 'en',
      districtId: null,
    }));
    const results = (await Promise.all(racers.map((actor) => registerForEvent(t.ctx, actor, id)))).map((body) => ({ body }));
    expect(results.filter((r) => r.body.state === 'registered')).toHaveLength(5);
    const positions = results.filter((r) => r.body.state === 'waitlisted').map((r) => r.body.position as number);
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    const rows = await t.database.db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, id));
    expect(rows).toHaveLength(52);
    expect(new Set(rows.map((r) => r.userId)).size).toBe(52);
    expect(rows.filter((r) => r.state === 'registered')).toHaveLength(7);
    // the waitlist's order is the order of arrival: everyone registered came before everyone waiting
    const lastIn = Math.max(...rows.filter((r) => r.state === 'registered').map((r) => r.queue));
    const firstWaiting = Math.min(...rows.filter((r) => r.state === 'waitlisted').map((r) => r.queue));
    expect(lastIn).toBeLessThan(firstWaiting);
    const [row] = await t.database.db.select().from(events).where(eq(events.id, id));
    expect(row).toMatchObject({ registeredCount: 7, waitlistCount: 45 });
    // one person racing themselves: one row, the rest refused
    const twin = await person(t);
    const tries = backend() === 'postgres' ? 8 : 3;
    const same = await Promise.all(Array.from({ length: tries }, () => twin.client.post(`/api/events/${id}/registration`)));
    expect(same.filter((r) => r.status === 201)).toHaveLength(1);
    expect(same.filter((r) => r.status === 409).every((r) => r.body.error.code === 'event_already_registered')).toBe(true);
    const twinRows = await t.database.db
      .select()
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, id), eq(eventRegistrations.userId, twin.userId)));
    expect(twinRows).toHaveLength(1);
  });
});

describe('the list’s count', () => {
  it('counts the matches up to 1,000 and says when there are more; the pages beyond still answer', async () => {
    const [district] = await queryRows<{ id: string }>(t.database.db, sql`select id from districts order by id desc limit 1`);
    // 1,001 workshops in one district (a fixture written straight to the table: the use case would take minutes)
    await t.database.db.execute(sql`insert into events (kind, title, description, organiser_id, lat, lon, district_id, starts_at, ends_at)
      select 'workshop', 'Мастер-класс № ' || g, 'Описание мастер-класса ' || g, ${official.userId}, 59.9, 30.3, ${district!.id},
        now() + interval '10 days' + make_interval(mins => g), now() + interval '10 days' + make_interval(mins => g) + interval '1 hour'
      from generate_series(1, 1001) g`);
    const first = await visitor.get(`/api/events?districtId=${district!.id}&kind=workshop`);
    expect(first.body).toMatchObject({ total: 1000, totalCapped: true, page: 1, pageSize: 20 });
    expect(first.body.items.map((e: { title: string }) => e.title).slice(0, 2)).toEqual(['Мастер-класс № 1', 'Мастер-класс № 2']);
    const last = await visitor.get(`/api/events?districtId=${district!.id}&kind=workshop&page=51`);
    expect(last.body.items.map((e: { title: string }) => e.title)).toEqual(['Мастер-класс № 1001']);
    const few = await visitor.get(`/api/events?districtId=${district!.id}&kind=workshop&to=${encodeURIComponent(inDays(10, 1))}`);
    expect(few.body).toMatchObject({ totalCapped: false });
    expect(few.body.total).toBeLessThan(1000);
  });
});
