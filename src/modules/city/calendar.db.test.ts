import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../core/db/client.js';
import { addWorkingDays } from '../../core/time/calendar.js';
import { loadWorkCalendar } from '../../core/time/calendar-store.js';
import { zonedToUtc } from '../../core/time/time.js';
import { testApp, type TestApp } from '../../../test/db.js';
import { TestClient, signedInResident, strongPassword } from '../../../test/http-client.js';
import { createAdministrator } from '../accounts/use-cases/admin-users.js';

let t: TestApp;
let admin: TestClient;
let adminId: string;
let resident: TestClient;
const tz = 'Europe/Moscow';

beforeAll(async () => {
  t = await testApp();
  adminId = (await createAdministrator(t.ctx, { email: 'chief@example.org', password: strongPassword, displayName: 'Chief' })).userId;
  admin = new TestClient(t.app, 'en');
  expect((await admin.post('/api/auth/login', { email: 'chief@example.org', password: strongPassword })).status).toBe(200);
  ({ client: resident } = await signedInResident(t.app, t.database, 'resident@example.org'));
});
afterAll(async () => t?.close());

const lastAudit = async () =>
  (
    await queryRows<{ action: string; actor_id: string; subject_id: string; data: Record<string, unknown> }>(
      t.database.db,
      sql`select * from audit_log order by seq desc limit 1`,
    )
  )[0]!;

describe('the working-day calendar', () => {
  it('anyone reads a year: 2026 as published, 2027 with the fixed holidays only', async () => {
    const y2026 = await new TestClient(t.app).get('/api/calendar?year=2026');
    expect(y2026.status).toBe(200);
    expect(y2026.body.days).toHaveLength(18);
    expect(y2026.body.days[0]).toEqual({ day: '2026-01-01', kind: 'holiday', note: 'Новогодние каникулы' });
    expect(y2026.body.days.find((d: { day: string }) => d.day === '2026-04-30')).toMatchObject({ kind: 'short_day' });
    expect(y2026.body.days.find((d: { day: string }) => d.day === '2026-12-31')).toMatchObject({ kind: 'day_off_transferred' });
    const y2027 = await new TestClient(t.app).get('/api/calendar?year=2027');
    expect(y2027.body.days).toHaveLength(14);
    expect(y2027.body.days.every((d: { kind: string }) => d.kind === 'holiday')).toBe(true);
    expect((await new TestClient(t.app).get('/api/calendar?year=1066')).status).toBe(400);
    expect((await new TestClient(t.app).get('/api/calendar')).status).toBe(400);
  });

  it('administrators list and unlist days; deadlines follow at once; audited', async () => {
    // Friday 5 March 2027, evening: one working day → end of Tuesday 9 March (Monday 8 March is a holiday)
    const filed = zonedToUtc(2027, 3, 5, 18, tz);
    const due = async () => addWorkingDays(filed, 1, await loadWorkCalendar(t.database.db), tz).toISOString();
    expect(await due()).toBe(zonedToUtc(2027, 3, 10, 0, tz).toISOString());

    const set = await admin.put('/api/admin/calendar/2027-03-09', { kind: 'day_off_transferred', note: 'перенос с субботы 6 ноября' });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ day: '2027-03-09', kind: 'day_off_transferred', note: 'перенос с субботы 6 ноября' });
    expect(await lastAudit()).toMatchObject({
      action: 'calendar_day.set',
      actor_id: adminId,
      subject_id: '2027-03-09',
      data: { kind: 'day_off_transferred', previousKind: null },
    });
    expect(await due()).toBe(zonedToUtc(2027, 3, 11, 0, tz).toISOString());

    // a working Saturday before: the weekend counts now
    const saturday = zonedToUtc(2027, 11, 5, 18, tz); // Friday 5 November 2027
    expect((await admin.put('/api/admin/calendar/2027-11-06', { kind: 'working_weekend' })).status).toBe(200);
    expect(addWorkingDays(saturday, 1, await loadWorkCalendar(t.database.db), tz).toISOString()).toBe(zonedToUtc(2027, 11, 7, 0, tz).toISOString());

    expect((await admin.delete('/api/admin/calendar/2027-03-09')).status).toBe(204);
    expect(await lastAudit()).toMatchObject({ action: 'calendar_day.removed', subject_id: '2027-03-09' });
    expect(await due()).toBe(zonedToUtc(2027, 3, 10, 0, tz).toISOString());
    const again = await admin.delete('/api/admin/calendar/2027-03-09');
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('calendar_day_not_found');
  });

  it('refuses bad days and kinds with clear messages; only administrators edit', async () => {
    const kind = await admin.put('/api/admin/calendar/2027-03-10', { kind: 'feast' });
    expect(kind.status).toBe(400);
    expect(kind.body.error.fields.kind).toContain('Вид дня');
    // a missing kind names the kind of a day too, never the discussions' «Тема или вопрос»
    for (const body of [{}, { kind: 7 }, { note: 'Без вида' }]) {
      const missing = await admin.put('/api/admin/calendar/2027-03-10', body);
      expect(missing.status).toBe(400);
      expect(missing.body.error.fields.kind).toMatch(/^Вид дня: holiday \(праздник\)/);
      expect(missing.body.error.message).not.toContain('Тема или вопрос');
    }
    const day = await admin.put('/api/admin/calendar/2027-02-30', { kind: 'holiday' });
    expect(day.status).toBe(400);
    expect(day.body.error.fields).toEqual({ day: 'День: укажите дату в виде ГГГГ-ММ-ДД, например 2027-01-08.' });
    const weekday = await admin.put('/api/admin/calendar/2027-03-10', { kind: 'working_weekend' });
    expect(weekday.body.error.fields).toEqual({ kind: 'Рабочим выходным может быть только суббота или воскресенье.' });
    const note = await admin.put('/api/admin/calendar/2027-03-10', { kind: 'holiday', note: 'x'.repeat(201) });
    expect(note.body.error.fields).toEqual({ note: 'Примечание: не больше 200 символов.' });
    // the note goes through the one text rule
    const cleaned = await admin.put('/api/admin/calendar/2027-03-11', { kind: 'holiday', note: ' Перенос\u202e\u200b с\nсубботы ' });
    expect(cleaned.body).toEqual({ day: '2027-03-11', kind: 'holiday', note: 'Перенос с субботы' });
    expect((await admin.delete('/api/admin/calendar/2027-03-11')).status).toBe(204);
    expect((await resident.put('/api/admin/calendar/2027-03-10', { kind: 'holiday' })).status).toBe(403);
    expect((await new TestClient(t.app).put('/api/admin/calendar/2027-03-10', { kind: 'holiday' })).status).toBe(401);
    expect((await resident.delete('/api/admin/calendar/2027-01-01')).status).toBe(403);
    expect((await new TestClient(t.app).get('/api/calendar?year=2027')).body.days.some((d: { day: string }) => d.day === '2027-03-10')).toBe(false);
  });
});
