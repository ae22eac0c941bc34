import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { queryRows } from '../../../core/db/client.js';
import { TestClient } from '../../../../test/http-client.js';
import { accountsModule } from '../../accounts/index.js';
import { groupsModule } from '../../groups/index.js';
import { demoClosedPollTitle, pollsModule } from '../../polls/index.js';
import { eventKinds } from '../domain/events.js';
import {
  demoEventNotice,
  demoEvents,
  demoFullEventTitle,
  demoGroupEvent,
  demoPastMeetingMinutes,
  demoPastMeetingTitle,
  seedDemoEvents,
} from './seed-demo-events.js';

let t: TestApp;
type Row = {
  title: string;
  kind: string;
  district_id: string | null;
  starts_at: Date;
  capacity: number | null;
  registered_count: number;
  waitlist_count: number;
  description: string;
};
let rows: Row[];

beforeAll(async () => {
  t = await testApp();
  await accountsModule.seedDemo!(t.ctx, () => undefined);
  await pollsModule.seedDemo!(t.ctx, () => undefined);
  await groupsModule.seedDemo!(t.ctx, () => undefined);
  await seedDemoEvents(t.ctx, () => undefined);
  await seedDemoEvents(t.ctx, () => undefined);
  rows = await queryRows<Row>(
    t.database.db,
    sql`select title, kind, district_id, starts_at, capacity, registered_count, waitlist_count, description from events`,
  );
});
afterAll(async () => t?.close());

describe('the demo events', () => {
  it('are a dozen across districts and every kind, once each, their invented texts labelled as demo', () => {
    expect(rows).toHaveLength(demoEvents.length + 1);
    expect(demoEvents.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(eventKinds));
    expect(new Set(rows.map((r) => r.district_id).filter(Boolean)).size).toBeGreaterThanOrEqual(10);
    expect(rows.every((r) => r.description.startsWith(demoEventNotice))).toBe(true);
  });

  it('have one of the demo NGO, public and named as its organiser', async () => {
    const list = await new TestClient(t.app, 'ru').get('/api/events?organiser=groups');
    expect(list.body.items).toEqual([
      expect.objectContaining({ title: demoGroupEvent.title, organisedBy: 'group', group: expect.objectContaining({ verified: true }) }),
    ]);
  });

  it('have several this week and one past, dated from today', () => {
    const now = Date.now();
    const week = rows.filter((r) => new Date(r.starts_at).getTime() > now && new Date(r.starts_at).getTime() < now + 7 * 86_400_000);
    expect(week.length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => new Date(r.starts_at).getTime() < now).map((r) => r.title)).toEqual([demoPastMeetingTitle]);
  });

  it('have one full with demo residents waiting in order, counts matching the rows', async () => {
    const full = rows.find((r) => r.title === demoFullEventTitle)!;
    expect(full).toMatchObject({ capacity: 3, registered_count: 3, waitlist_count: 2 });
    const line = await queryRows<{ email: string; state: string }>(
      t.database.db,
      sql`select u.email, r.state from event_registrations r join events e on e.id = r.event_id join users u on u.id = r.user_id where e.title = ${demoFullEventTitle} order by r.queue`,
    );
    expect(line.map((l) => l.state)).toEqual(['registered', 'registered', 'registered', 'waitlisted', 'waitlisted']);
    const [off] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from events e where registered_count <> (select count(*) from event_registrations r where r.event_id = e.id and r.state = 'registered')
            or waitlist_count <> (select count(*) from event_registrations r where r.event_id = e.id and r.state = 'waitlisted')`,
    );
    expect(off!.n).toBe(0);
  });

  it('have the past meeting on the closed demo poll, with its image and published minutes and photos that link back to the poll', async () => {
    const web = new TestClient(t.app, 'ru');
    const [past] = await queryRows<{ id: string }>(t.database.db, sql`select id from events where title = ${demoPastMeetingTitle}`);
    const [poll] = await queryRows<{ id: string; closed_at: Date | null }>(
      t.database.db,
      sql`select id, closed_at from polls where title = ${demoClosedPollTitle}`,
    );
    expect(poll!.closed_at).not.toBeNull();
    const view = await web.get(`/api/events/${past!.id}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ source: { type: 'poll', id: poll!.id, title: demoClosedPollTitle, path: `/polls/${poll!.id}` }, priorityDays: 2 });
    expect(view.body.image).not.toBeNull();
    expect(view.body.minutesPublishedAt).not.toBeNull();
    const image = await web.get(view.body.image.thumbUrl);
    expect(image.status).toBe(200);
    const { minutes } = (await web.get(`/api/events/${past!.id}/minutes`)).body;
    expect(minutes).toMatchObject({ text: demoPastMeetingMinutes.text, decisions: demoPastMeetingMinutes.decisions, source: { type: 'poll', id: poll!.id } });
    expect(minutes.photos).toHaveLength(demoPastMeetingMinutes.photos.length);
    for (const p of minutes.photos) expect((await web.get(p.url)).status).toBe(200);
    // the poll's page lists the meeting
    const meetings = await web.get(`/api/events/meetings?source=poll:${poll!.id}`);
    expect(meetings.body.items.map((m: { title: string }) => m.title)).toEqual([demoPastMeetingTitle]);
  });
});
