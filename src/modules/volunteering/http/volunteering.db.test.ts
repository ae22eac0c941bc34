import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { strongPassword, type TestClient } from '../../../../test/http-client.js';
import { volunteerShifts, volunteerSignups } from '../db/schema.js';
import { signUp } from '../use-cases/signups.js';
import { actorOf, announce as announceAs, at, hour, kinds, runJobs as runJobsOf, shiftDraft, volunteeringTest } from './volunteering-fixtures.js';

let t: TestApp;
let official: TestPerson;
let admin: TestPerson;
let visitor: TestClient;

const shift = shiftDraft;
const announce = (shifts: Record<string, unknown>[], over: Record<string, unknown> = {}) => announceAs(official, shifts, over);
const runJobs = () => runJobsOf(t);

beforeAll(async () => {
  ({ t, official, visitor } = await volunteeringTest());
  admin = await person(t, { roles: ['administrator'] });
});
afterAll(async () => t?.close());

describe('announcing projects', () => {
  it('an official announces a department’s project with shifts (district from the point, audited); followers of the district hear of it', async () => {
    const follower = await person(t);
    expect((await follower.client.put('/api/follows/volunteer_district/admiralteysky')).status).toBe(200);
    const { id, shifts } = await announce([shift()]);
    const view = await visitor.get(`/api/volunteering/projects/${id}`);
    expect(view.body).toMatchObject({ organisedBy: 'department', departmentId: 'committee-roads', isOrganiser: false });
    expect(view.body.shifts[0]).toMatchObject({ id: shifts[0], districtId: 'admiralteysky', capacity: 2, freeSlots: 2, mine: null });
    const [entry] = await t.database.db
      .execute(sql`select action from audit_log where subject_id = ${id}`)
      .then((r) => (r as unknown as { rows: { action: string }[] }).rows);
    expect(entry?.action).toBe('volunteer.project_created');
    await runJobs();
    expect(await kinds(follower.client)).toContain('volunteer.project_created');
    expect(((await visitor.get('/api/volunteering/projects?districtId=admiralteysky')).body.items as { id: string }[]).map((p) => p.id)).toContain(id);
    expect(((await visitor.get('/api/volunteering/projects?districtId=nevsky')).body.items as { id: string }[]).map((p) => p.id)).not.toContain(id);
  });

  it('an administrator enters an outside organisation’s project; unverified residents, officials of another department and visitors are refused', async () => {
    const org = await admin.client.post('/api/volunteering/projects', {
      title: 'Уборка берега залива',
      description: 'Собираем пластик на пляже и сортируем его для переработки.',
      districtId: 'primorsky',
      organisationName: 'АНО «Чистый берег»',
      organisationRegNumber: '1237800000000',
      shifts: [shift({ lat: 59.9836, lon: 30.2009 })],
    });
    expect(org.status, JSON.stringify(org.body)).toBe(201);
    expect(org.body).toMatchObject({ organisedBy: 'organisation', organisationName: 'АНО «Чистый берег»' });
    const resident = await person(t, { lang: 'ru' });
    const byResident = await resident.client.post('/api/volunteering/projects', {
      title: 'Мой проект',
      description: 'Описание моего проекта.',
      organisationName: 'ООО Ромашка',
      organisationRegNumber: '1234567890',
    });
    expect(byResident.status).toBe(403);
    expect(byResident.body.error.code).toBe('volunteer_organisation_admin_only');
    expect(byResident.body.error.message).toMatch(/администраторы/);
    const verified = await person(t, { verified: true });
    const other = await verified.client.post('/api/volunteering/projects', {
      title: 'Чужой проект',
      description: 'Описание чужого проекта.',
      departmentId: 'committee-roads',
    });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('not_volunteer_department_official');
    expect((await visitor.post('/api/volunteering/projects', { title: 'x' })).status).toBe(401);
  });

  it('refuses a shift ending before it starts, a place outside the city and bad fields, naming the field', async () => {
    const ends = await official.client.post('/api/volunteering/projects', {
      title: 'Проект',
      description: 'Описание проекта для проверки.',
      departmentId: 'committee-roads',
      shifts: [shift({ endsAt: at(47) })],
    });
    expect(ends.status).toBe(400);
    expect(ends.body.error.code).toBe('volunteer_shift_ends_before_start');
    expect(Object.keys(ends.body.error.fields)).toEqual(['shifts.0.endsAt']);
    const { id } = await announce([]);
    const outside = await official.client.post(`/api/volunteering/projects/${id}/shifts`, shift({ lat: 55.75, lon: 37.61 }));
    expect(outside.status).toBe(400);
    expect(outside.body.error.code).toBe('volunteer_shift_place_outside_city');
    const bad = await official.client.post(`/api/volunteering/projects/${id}/shifts`, shift({ capacity: 0, minAge: 16 }));
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['capacity', 'minAge']);
    const someone = await person(t);
    expect((await someone.client.post(`/api/volunteering/projects/${id}/shifts`, shift())).status).toBe(403);
  });
});

describe('signing up', () => {
  it('once per shift; when full the waitlist in order; a cancellation promotes the first in line, who is told', async () => {
    const { shifts } = await announce([shift({ capacity: 1 })]);
    const url = `/api/volunteering/shifts/${shifts[0]}/signup`;
    const [a, b, c] = [await person(t), await person(t), await person(t)];
    expect((await a.client.post(url)).body).toEqual({ state: 'registered', position: null });
    const twice = await a.client.post(url);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('volunteer_already_signed_up');
    expect((await b.client.post(url)).body).toEqual({ state: 'waitlisted', position: 1 });
    expect((await c.client.post(url)).body).toEqual({ state: 'waitlisted', position: 2 });
    expect((await a.client.delete(url)).status).toBe(204);
    const [row] = await t.database.db.select().from(volunteerShifts).where(eq(volunteerShifts.id, shifts[0]!));
    expect(row).toMatchObject({ registeredCount: 1, waitlistCount: 1 });
    await runJobs();
    expect(await kinds(b.client)).toContain('volunteer.promoted');
    const none = await a.client.delete(url);
    expect(none.status).toBe(409);
    expect(none.body.error.code).toBe('volunteer_not_signed_up');
    expect((await visitor.post(url)).status).toBe(401);
  });

  it('a deleted account gives up its slot in a shift to come: the first waiting moves up and is told', async () => {
    const { shifts } = await announce([shift({ capacity: 1 })]);
    const url = `/api/volunteering/shifts/${shifts[0]}/signup`;
    const [leaving, waiting] = [await person(t), await person(t)];
    expect((await leaving.client.post(url)).body).toEqual({ state: 'registered', position: null });
    expect((await waiting.client.post(url)).body).toEqual({ state: 'waitlisted', position: 1 });
    expect((await leaving.client.post('/api/me/account/delete', { password: strongPassword, content: 'anonymise' })).status).toBe(200);
    const [row] = await t.database.db.select().from(volunteerShifts).where(eq(volunteerShifts.id, shifts[0]!));
    expect(row).toMatchObject({ registeredCount: 1, waitlistCount: 0 });
    await runJobs();
    expect(await kinds(waiting.client)).toContain('volunteer.promoted');
  });

  it('refuses an overlapping shift, naming it; touching shifts are fine, and so is the time of a cancelled one', async () => {
    const { shifts } = await announce([
      shift({ title: 'Утро', startsAt: at(72), endsAt: at(75) }),
      shift({ title: 'Полдень', startsAt: at(74), endsAt: at(77) }),
      shift({ title: 'Вечер', startsAt: at(75), endsAt: at(78) }),
    ]);
    const p = await person(t, { lang: 'ru' });
    expect((await p.client.post(`/api/volunteering/shifts/${shifts[0]}/signup`)).status).toBe(201);
    const overlap = await p.client.post(`/api/volunteering/shifts/${shifts[1]}/signup`);
    expect(overlap.status).toBe(409);
    expect(overlap.body.error.code).toBe('volunteer_shift_overlaps');
    expect(overlap.body.error.message).toMatch(/«Утро»/);
    expect((await p.client.post(`/api/volunteering/shifts/${shifts[2]}/signup`)).status).toBe(201);
    // a cancelled shift keeps the sign-up for the record but holds nobody's time
    await official.client.post(`/api/volunteering/shifts/${shifts[0]}/cancel`, { reason: 'Нет инвентаря' });
    const [late] = await announce([shift({ title: 'Утро снова', startsAt: at(72), endsAt: at(74) })]).then((r) => r.shifts);
    expect((await p.client.post(`/api/volunteering/shifts/${late}/signup`)).status).toBe(201);
  });

  it('two racing sign-ups by one person for overlapping shifts: exactly one passes', async () => {
    const { shifts } = await announce([shift({ startsAt: at(96), endsAt: at(99) }), shift({ startsAt: at(97), endsAt: at(100) })]);
    const p = await person(t);
    const results = await Promise.allSettled(shifts.map((id) => signUp(t.ctx, actorOf(p), id)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((refused.reason as { code: string }).code).toBe('volunteer_shift_overlaps');
    const rows = await t.database.db.select().from(volunteerSignups).where(eq(volunteerSignups.userId, p.userId));
    expect(rows).toHaveLength(1);
  });

  it('an age requirement: refused without a verified birth date and under age; an adult signs up', async () => {
    const { shifts } = await announce([shift({ minAge: 18, startsAt: at(120), endsAt: at(122) })]);
    const url = `/api/volunteering/shifts/${shifts[0]}/signup`;
    const unknown = await (await person(t)).client.post(url);
    expect(unknown.status).toBe(403);
    expect(unknown.body.error.code).toBe('volunteer_age_unknown');
    const teen = await person(t, { verified: { birthDate: new Date(Date.now() - 15 * 365 * 24 * hour).toISOString().slice(0, 10) } });
    const under = await teen.client.post(url);
    expect(under.status).toBe(403);
    expect(under.body.error.code).toBe('volunteer_under_age');
    expect((await (await person(t, { verified: true })).client.post(url)).status).toBe(201);
  });
});

describe('hours, the record and points', () => {
  it('the organiser sees sign-ups and confirms hours after the shift (at most its length, idempotent, audited); points follow and adjust; the record shows them unless hidden', async () => {
    const { id, shifts } = await announce([shift({ startsAt: at(-4), endsAt: at(-1), capacity: 5 })]);
    const v = await person(t);
    // signed up before the shift started
    await signUp(t.ctx, actorOf(v), shifts[0]!, new Date(Date.now() - 5 * hour));
    const list = await official.client.get(`/api/volunteering/shifts/${shifts[0]}/signups`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ userId: v.userId, state: 'registered', minutesWorked: null })]);
    const hoursUrl = `/api/volunteering/shifts/${shifts[0]}/signups/${v.userId}/hours`;
    const beyond = await official.client.put(hoursUrl, { hours: 3.5 });
    expect(beyond.status).toBe(400);
    expect(beyond.body.error.code).toBe('volunteer_hours_beyond_shift');
    expect(Object.keys(beyond.body.error.fields)).toEqual(['hours']);
    expect((await official.client.put(hoursUrl, { hours: 3 })).body).toEqual({ minutesWorked: 180, changed: true });
    expect((await official.client.put(hoursUrl, { hours: 3 })).body).toEqual({ minutesWorked: 180, changed: false });
    await runJobs();
    expect((await v.client.get('/api/points/me')).body.balance).toBe(30);
    expect(await kinds(v.client)).toContain('volunteer.hours_confirmed');
    // corrected down: the points follow, once
    await official.client.put(hoursUrl, { hours: 2 });
    await runJobs();
    await runJobs();
    expect((await v.client.get('/api/points/me')).body.balance).toBe(20);
    const audits = await t.database.db
      .execute(sql`select action from audit_log where subject_id = ${id} and action = 'volunteer.hours_confirmed'`)
      .then((r) => (r as unknown as { rows: unknown[] }).rows);
    expect(audits).toHaveLength(2);
    const record = await visitor.get(`/api/people/${v.userId}/volunteering`);
    expect(record.body).toMatchObject({ shown: true, totalMinutes: 120, shifts: 1, projects: [expect.objectContaining({ id, minutes: 120 })] });
    expect((await v.client.put('/api/me/volunteering/record', { public: false })).status).toBe(204);
    expect((await visitor.get(`/api/people/${v.userId}/volunteering`)).body).toEqual({ shown: false, totalMinutes: 0, shifts: 0, projects: [] });
    expect((await v.client.get(`/api/people/${v.userId}/volunteering`)).body).toMatchObject({ shown: false, totalMinutes: 120 });
    // someone not signed up, and another project's organiser
    const stranger = await person(t);
    const notIn = await official.client.put(`/api/volunteering/shifts/${shifts[0]}/signups/${stranger.userId}/hours`, { hours: 1 });
    expect(notIn.status).toBe(409);
    const otherOfficial = await person(t, { roles: [{ role: 'official', department: 'admin-nevsky' }] });
    const denied = await otherOfficial.client.get(`/api/volunteering/shifts/${shifts[0]}/signups`);
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('not_volunteer_organiser');
    expect((await otherOfficial.client.put(hoursUrl, { hours: 1 })).status).toBe(403);
    expect((await v.client.get(`/api/volunteering/shifts/${shifts[0]}/signups`)).status).toBe(403);
  });

  it('hours cannot be confirmed before the shift is over', async () => {
    const { shifts } = await announce([shift({ startsAt: at(150), endsAt: at(152) })]);
    const v = await person(t);
    await v.client.post(`/api/volunteering/shifts/${shifts[0]}/signup`);
    const early = await official.client.put(`/api/volunteering/shifts/${shifts[0]}/signups/${v.userId}/hours`, { hours: 1 });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('volunteer_shift_not_over');
  });
});

describe('racing for the last places', () => {
  it('50 volunteers racing for the last 5 slots: exactly 5 in, 45 waiting in order, none twice; the counts add up', async () => {
    const { shifts } = await announce([shift({ capacity: 7, startsAt: at(200), endsAt: at(202) })]);
    const early = [await person(t), await person(t)];
    for (const p of early) await p.client.post(`/api/volunteering/shifts/${shifts[0]}/signup`);
    const racers = Array.from({ length: 50 }, (_, i) => actorOf({ userId: crypto.randomUUID() }, `Racer ${i}`));
    const results = await Promise.all(racers.map((actor) => signUp(t.ctx, actor, shifts[0]!)));
    expect(results.filter((r) => r.state === 'registered')).toHaveLength(5);
    const positions = results.filter((r) => r.state === 'waitlisted').map((r) => r.position as number);
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    const rows = await t.database.db.select().from(volunteerSignups).where(eq(volunteerSignups.shiftId, shifts[0]!));
    expect(new Set(rows.map((r) => r.userId)).size).toBe(52);
    const lastIn = Math.max(...rows.filter((r) => r.state === 'registered').map((r) => r.queue));
    const firstWaiting = Math.min(...rows.filter((r) => r.state === 'waitlisted').map((r) => r.queue));
    expect(lastIn).toBeLessThan(firstWaiting);
    const [row] = await t.database.db.select().from(volunteerShifts).where(eq(volunteerShifts.id, shifts[0]!));
    expect(row).toMatchObject({ registeredCount: 7, waitlistCount: 45 });
  });
});
