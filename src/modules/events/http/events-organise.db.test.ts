import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';

// What the organisers' and personal pages need of the API: the reason a cancellation carries, and my place on a waitlist.
let t: TestApp;
let official: TestPerson;

const day = 86_400_000;
const inDays = (n: number, hours = 0) => new Date(Date.now() + n * day + hours * 3_600_000).toISOString();

async function announce(capacity: number): Promise<string> {
  const res = await official.client.post('/api/events', {
    kind: 'meeting',
    title: 'Встреча жителей квартала',
    description: 'Обсуждаем благоустройство двора и график уборки.',
    departmentId: 'committee-roads',
    lat: 59.9187,
    lon: 30.288,
    address: 'Сквер у Никольского собора',
    startsAt: inDays(5),
    endsAt: inDays(5, 2),
    capacity,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

beforeAll(async () => {
  t = await testApp();
  official = await person(t, { roles: [{ role: 'official', department: 'committee-roads' }] });
});
afterAll(async () => t?.close());

describe('cancelling with a reason', () => {
  it('everyone registered reads the reason with the news in their language; the audit keeps it; an overlong reason is refused', async () => {
    const id = await announce(5);
    const [ru, en] = [await person(t, { lang: 'ru' }), await person(t, { lang: 'en' })];
    await ru.client.post(`/api/events/${id}/registration`);
    await en.client.post(`/api/events/${id}/registration`);
    const long = await official.client.post(`/api/events/${id}/cancel`, { reason: 'x'.repeat(1001) });
    expect(long.status).toBe(400);
    expect(Object.keys(long.body.error.fields ?? {})).toContain('reason');
    expect((await official.client.post(`/api/events/${id}/cancel`, { reason: 'Сквер закрыт на ремонт' })).status).toBe(204);
    await t.ctx.jobs.runDue();
    await t.ctx.jobs.runDue();
    const text = async (p: TestPerson) =>
      ((await p.client.get('/api/notifications')).body.items as { kind: string; text: string }[]).find((n) => n.kind === 'event.cancelled')?.text;
    expect(await text(ru)).toMatch(/отменено.*Сквер закрыт на ремонт/s);
    expect(await text(en)).toMatch(/cancelled.*Сквер закрыт на ремонт/s);
    const [entry] = await t.database.db
      .execute(sql`select data from audit_log where subject_id = ${id} and action = 'event.cancelled'`)
      .then((r) => (r as unknown as { rows: { data: { reason?: string } }[] }).rows);
    expect(entry?.data.reason).toBe('Сквер закрыт на ремонт');
  });

  it('a reason may be left out: the news says only that it is cancelled', async () => {
    const id = await announce(5);
    const a = await person(t, { lang: 'en' });
    await a.client.post(`/api/events/${id}/registration`);
    const res = await official.client.post(`/api/events/${id}/cancel`);
    expect(res.status, JSON.stringify(res.body)).toBe(204);
    await t.ctx.jobs.runDue();
    const items = (await a.client.get('/api/notifications')).body.items as { kind: string; text: string }[];
    expect(items.find((n) => n.kind === 'event.cancelled')?.text).not.toMatch(/Reason/);
  });
});

describe('my events', () => {
  it('say where I stand: registered, or on the waitlist with my number, which moves up as others leave', async () => {
    const id = await announce(1);
    const [a, b, c] = [await person(t), await person(t), await person(t)];
    for (const p of [a, b, c]) await p.client.post(`/api/events/${id}/registration`);
    const mine = async (p: TestPerson) => ((await p.client.get('/api/me/events')).body.registered as { id: string }[]).find((e) => e.id === id);
    expect(await mine(a)).toMatchObject({ myState: 'registered', position: null });
    expect(await mine(c)).toMatchObject({ myState: 'waitlisted', position: 2 });
    await b.client.delete(`/api/events/${id}/registration`);
    expect(await mine(c)).toMatchObject({ myState: 'waitlisted', position: 1 });
  });
});
