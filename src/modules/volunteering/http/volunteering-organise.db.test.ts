import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { groupWith } from '../../../../test/group-fixtures.js';
import { type TestClient } from '../../../../test/http-client.js';
import { volunteerShifts, volunteerSignups } from '../db/schema.js';
import { sendShiftReminders } from '../use-cases/reminders.js';
import { signUp as signUpAt } from '../use-cases/signups.js';
import { actorOf, announce as announceAs, at, hour, kinds, notes, runJobs as runJobsOf, shiftDraft, volunteeringTest } from './volunteering-fixtures.js';

let t: TestApp;
let official: TestPerson;
let stranger: TestPerson;
let visitor: TestClient;

const shift = (over: Record<string, unknown> = {}) => shiftDraft({ capacity: 1, ...over });
const announce = (shifts: Record<string, unknown>[]) => announceAs(official, shifts);
const runJobs = () => runJobsOf(t);
const audited = async (subjectId: string) =>
  (
    await t.database.db
      .execute(sql`select action from audit_log where subject_id = ${subjectId}`)
      .then((r) => (r as unknown as { rows: { action: string }[] }).rows)
  ).map((r) => r.action);
const signUp = async (p: TestPerson, shiftId: string) => (await p.client.post(`/api/volunteering/shifts/${shiftId}/signup`)).body.state as string;

beforeAll(async () => {
  ({ t, official, visitor } = await volunteeringTest());
  stranger = await person(t, { roles: [{ role: 'official', department: 'committee-improvement' }] });
});
afterAll(async () => t?.close());

describe('changing a project', () => {
  it('its organisers change the title, description and district (audited); others are refused', async () => {
    const { id } = await announce([shift()]);
    const edit = { title: 'Субботник в саду', description: 'Убираем листву, инвентарь выдаём на месте.', districtId: null };
    expect((await stranger.client.put(`/api/volunteering/projects/${id}`, edit)).status).toBe(403);
    expect((await visitor.put(`/api/volunteering/projects/${id}`, edit)).status).toBe(401);
    const unknown = await official.client.put(`/api/volunteering/projects/${id}`, { ...edit, districtId: 'atlantis' });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('districtId');
    const res = await official.client.put(`/api/volunteering/projects/${id}`, edit);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ title: 'Субботник в саду', districtId: null, cancelledAt: null });
    expect(await audited(id)).toContain('volunteer.project_changed');
  });
});

describe('changing a shift', () => {
  it('a new time tells everyone signed up or waiting, in their notifications and by mail; audited', async () => {
    const { id, shifts } = await announce([shift()]);
    const [a, b, other] = [await person(t), await person(t), await person(t)];
    expect(await signUp(a, shifts[0]!)).toBe('registered');
    expect(await signUp(b, shifts[0]!)).toBe('waitlisted');
    const moved = shift({ startsAt: at(72), endsAt: at(75) });
    const res = await official.client.put(`/api/volunteering/shifts/${shifts[0]}`, moved);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.shifts[0]).toMatchObject({ startsAt: moved.startsAt, endsAt: moved.endsAt });
    await runJobs();
    expect(await kinds(a.client)).toContain('volunteer.shift_moved');
    expect(await kinds(b.client)).toContain('volunteer.shift_moved');
    expect(await kinds(other.client)).not.toContain('volunteer.shift_moved');
    expect(await audited(id)).toContain('volunteer.shift_changed');
  });

  it('a new title or what to bring alone tells nobody', async () => {
    const first = shift();
    const { shifts } = await announce([first]);
    const a = await person(t);
    await signUp(a, shifts[0]!);
    const res = await official.client.put(`/api/volunteering/shifts/${shifts[0]}`, { ...first, title: 'Уборка сада', bring: 'Грабли' });
    expect(res.status).toBe(200);
    expect(res.body.shifts[0]).toMatchObject({ title: 'Уборка сада', bring: 'Грабли' });
    await runJobs();
    expect(await kinds(a.client)).not.toContain('volunteer.shift_moved');
  });

  it('more slots move the first waiting up, who are told; fewer than those signed up is refused with a 400 naming the count', async () => {
    const { shifts } = await announce([shift({ capacity: 2 })]);
    const [a, b, c, d] = [await person(t), await person(t), await person(t), await person(t)];
    for (const p of [a, b, c, d]) await signUp(p, shifts[0]!);
    const lower = await official.client.put(`/api/volunteering/shifts/${shifts[0]}`, shift({ capacity: 1 }));
    expect(lower.status).toBe(400);
    expect(lower.body.error.code).toBe('volunteer_capacity_below_signed_up');
    expect(JSON.stringify(lower.body)).toContain('2 people have already signed up');
    const raised = await official.client.put(`/api/volunteering/shifts/${shifts[0]}`, shift({ capacity: 3 }));
    expect(raised.body.shifts[0]).toMatchObject({ capacity: 3, registeredCount: 3, waitlistCount: 1 });
    expect((await official.client.get(`/api/volunteering/shifts/${shifts[0]}/signups`)).body.items.map((l: { state: string }) => l.state)).toEqual([
      'registered',
      'registered',
      'registered',
      'waitlisted',
    ]);
    await runJobs();
    expect(await kinds(c.client)).toContain('volunteer.promoted');
    expect(await kinds(d.client)).not.toContain('volunteer.promoted');
  });

  it('a new time that would give people on it two shifts at once is refused with a 409 naming how many; the shift stays; a cancelled shift holds nobody’s time', async () => {
    // one clock for the whole test: touching shifts must touch to the millisecond
    const base = Date.now();
    const on = (hours: number) => new Date(base + hours * hour).toISOString();
    const { id, shifts } = await announce([
      shift({ title: 'Утро', startsAt: on(400), endsAt: on(402), capacity: 1 }),
      shift({ title: 'Полдень', startsAt: on(403), endsAt: on(405), capacity: 5 }),
      shift({ title: 'Вечер', startsAt: on(406), endsAt: on(408), capacity: 5 }),
    ]);
    const [morning, noon, evening] = shifts as [string, string, string];
    const startOf = async (projectId: string, shiftId: string) =>
      ((await visitor.get(`/api/volunteering/projects/${projectId}`)).body.shifts as { id: string; startsAt: string }[]).find((x) => x.id === shiftId)!
        .startsAt;
    const before = await startOf(id, morning);
    const [a, b, c] = [await person(t), await person(t), await person(t)];
    // a in the morning and at noon, b waiting on the morning one and in the evening, c at noon only
    for (const [p, shiftId] of [
      [a, morning],
      [a, noon],
      [b, morning],
      [b, evening],
      [c, noon],
    ] as const)
      await signUp(p, shiftId);
    const move = (startsAt: string, endsAt: string) => shift({ title: 'Утро', startsAt, endsAt, capacity: 1 });
    const intoNoon = await official.client.put(`/api/volunteering/shifts/${morning}`, move(on(404), on(406)));
    expect(intoNoon.status).toBe(409);
    expect(intoNoon.body.error.code).toBe('volunteer_shift_move_overlaps');
    expect(intoNoon.body.error.message).toMatch(/^1 person signed up for this shift or waiting for a slot has another shift at the new time/);
    const intoBoth = await official.client.put(`/api/volunteering/shifts/${morning}`, move(on(404), on(407)));
    expect(intoBoth.body.error.message).toMatch(/^2 people/);
    const russian = await person(t, { lang: 'ru', roles: [{ role: 'official', department: 'committee-roads' }] });
    expect((await russian.client.put(`/api/volunteering/shifts/${morning}`, move(on(404), on(407)))).body.error.message).toMatch(
      /^У 2 человек, записанных на эту смену или ждущих места, в новое время другая смена/,
    );
    // nothing moved, nobody was told
    expect(await startOf(id, morning)).toBe(before);
    await runJobs();
    expect(await kinds(a.client)).not.toContain('volunteer.shift_moved');
    // the evening shift cancelled: b's time there is free again, so only a stands in the way
    await official.client.post(`/api/volunteering/shifts/${evening}/cancel`, { reason: 'Нет инвентаря' });
    expect((await official.client.put(`/api/volunteering/shifts/${morning}`, move(on(404), on(407)))).body.error.message).toMatch(/^1 person/);
    // a time nobody on it is busy at moves the shift
    const earlier = move(on(398), on(400));
    const moved = await official.client.put(`/api/volunteering/shifts/${morning}`, earlier);
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.shifts.find((x: { id: string }) => x.id === morning)).toMatchObject({ startsAt: earlier.startsAt });
  });

  it('refuses other officials, a shift that started, bad times and an age requirement in the body', async () => {
    const { shifts } = await announce([shift()]);
    expect((await stranger.client.put(`/api/volunteering/shifts/${shifts[0]}`, shift())).status).toBe(403);
    const backwards = await official.client.put(`/api/volunteering/shifts/${shifts[0]}`, shift({ endsAt: at(47) }));
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.code).toBe('volunteer_shift_ends_before_start');
    expect((await official.client.put(`/api/volunteering/shifts/${shifts[0]}`, { ...shift(), minAge: 18 })).status).toBe(400);
    await t.database.db
      .update(volunteerShifts)
      .set({ startsAt: new Date(Date.now() - hour), endsAt: new Date(Date.now() + hour) })
      .where(eq(volunteerShifts.id, shifts[0]!));
    const started = await official.client.put(`/api/volunteering/shifts/${shifts[0]}`, shift());
    expect(started.status).toBe(409);
    expect(started.body.error.code).toBe('volunteer_shift_started');
  });
});

describe('cancelling', () => {
  it('a cancelled shift tells those in or waiting the reason, refuses sign-ups with a 409 and shows as cancelled; audited', async () => {
    const { id, shifts } = await announce([shift(), shift({ startsAt: at(96), endsAt: at(99) })]);
    const [a, b, late] = [await person(t), await person(t), await person(t)];
    await signUp(a, shifts[0]!);
    await signUp(b, shifts[0]!);
    expect((await stranger.client.post(`/api/volunteering/shifts/${shifts[0]}/cancel`, { reason: 'Дождь' })).status).toBe(403);
    expect((await official.client.post(`/api/volunteering/shifts/${shifts[0]}/cancel`, { reason: '' })).status).toBe(400);
    const res = await official.client.post(`/api/volunteering/shifts/${shifts[0]}/cancel`, { reason: 'Обещают ливень весь день' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.shifts[0]).toMatchObject({ cancelReason: 'Обещают ливень весь день' });
    expect(res.body.shifts[0].cancelledAt).not.toBeNull();
    expect(res.body.shifts[1].cancelledAt).toBeNull();
    const refused = await late.client.post(`/api/volunteering/shifts/${shifts[0]}/signup`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('volunteer_shift_cancelled');
    expect((await official.client.post(`/api/volunteering/shifts/${shifts[0]}/cancel`, { reason: 'Ещё раз' })).status).toBe(409);
    expect((await official.client.put(`/api/volunteering/shifts/${shifts[0]}`, shift())).status).toBe(409);
    await runJobs();
    for (const p of [a, b]) {
      const note = (await notes(p.client)).find((n) => n.kind === 'volunteer.shift_cancelled');
      expect(note).toBeDefined();
    }
    expect(await kinds(late.client)).not.toContain('volunteer.shift_cancelled');
    expect(await audited(id)).toContain('volunteer.shift_cancelled');
  });

  it('hours cannot be confirmed on a cancelled shift', async () => {
    const { shifts } = await announce([shift()]);
    const a = await person(t);
    await signUp(a, shifts[0]!);
    await official.client.post(`/api/volunteering/shifts/${shifts[0]}/cancel`, { reason: 'Нет инвентаря' });
    await t.database.db
      .update(volunteerShifts)
      .set({ startsAt: new Date(Date.now() - 3 * hour), endsAt: new Date(Date.now() - hour) })
      .where(eq(volunteerShifts.id, shifts[0]!));
    const res = await official.client.put(`/api/volunteering/shifts/${shifts[0]}/signups/${a.userId}/hours`, { hours: 2 });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('volunteer_shift_cancelled');
  });

  it('a cancelled project cancels its shifts to come and tells everyone on them the reason, once; it then refuses changes', async () => {
    const { id, shifts } = await announce([shift(), shift({ startsAt: at(96), endsAt: at(99) })]);
    const [a, b] = [await person(t), await person(t)];
    await signUp(a, shifts[0]!);
    await signUp(b, shifts[1]!);
    const res = await official.client.post(`/api/volunteering/projects/${id}/cancel`, { reason: 'Сад закрыт на ремонт' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ cancelReason: 'Сад закрыт на ремонт' });
    expect(res.body.shifts.every((s: { cancelledAt: string | null }) => s.cancelledAt !== null)).toBe(true);
    expect((await official.client.post(`/api/volunteering/projects/${id}/cancel`, { reason: 'Ещё раз' })).status).toBe(409);
    const edit = { title: 'Субботник', description: 'Убираем листву и красим скамейки.', districtId: null };
    expect((await official.client.put(`/api/volunteering/projects/${id}`, edit)).status).toBe(409);
    expect((await official.client.post(`/api/volunteering/projects/${id}/shifts`, shift({ startsAt: at(120), endsAt: at(121) }))).status).toBe(409);
    expect((await visitor.get('/api/volunteering/projects')).body.items.map((p: { id: string }) => p.id)).not.toContain(id);
    await runJobs();
    expect((await kinds(a.client)).filter((k) => k === 'volunteer.project_cancelled')).toHaveLength(1);
    expect(await kinds(b.client)).toContain('volunteer.project_cancelled');
    expect(await audited(id)).toContain('volunteer.project_cancelled');
  });
});

describe('my volunteering', () => {
  it('marks a shift called off on its own and one called off with its project, each with its reason; one that goes ahead stays unmarked', async () => {
    const alone = await announce([
      shift({ title: 'Покраска', startsAt: at(300), endsAt: at(302) }),
      shift({ title: 'Полив', startsAt: at(303), endsAt: at(305) }),
    ]);
    const whole = await announce([shift({ title: 'Посадка', startsAt: at(306), endsAt: at(308) })]);
    const v = await person(t, { lang: 'ru' });
    for (const id of [...alone.shifts, ...whole.shifts]) await signUp(v, id);
    await official.client.post(`/api/volunteering/shifts/${alone.shifts[0]}/cancel`, { reason: 'Краска не приехала' });
    await official.client.post(`/api/volunteering/projects/${whole.id}/cancel`, { reason: 'Сад закрыт на ремонт' });
    const mine = await v.client.get('/api/me/volunteering');
    expect(mine.status).toBe(200);
    const byTitle = Object.fromEntries((mine.body.items as { shiftTitle: string }[]).map((i) => [i.shiftTitle, i]));
    expect(byTitle['Покраска']).toMatchObject({ state: 'registered', calledOff: 'shift', cancelReason: 'Краска не приехала' });
    expect(byTitle['Посадка']).toMatchObject({ state: 'registered', calledOff: 'project', cancelReason: 'Сад закрыт на ремонт' });
    expect(byTitle['Полив']).toMatchObject({ state: 'registered', calledOff: null, cancelledAt: null, cancelReason: null });
    expect((await visitor.get('/api/me/volunteering')).status).toBe(401);
  });
});

describe('reminders', () => {
  it('the day before and two hours before, once each, to those signed up (not those waiting, not on a cancelled shift)', async () => {
    const { shifts } = await announce([shift({ startsAt: at(20), endsAt: at(22) }), shift({ startsAt: at(21), endsAt: at(23), title: 'Покраска' })]);
    const [a, b, c] = [await person(t), await person(t), await person(t)];
    await signUp(a, shifts[0]!);
    await signUp(b, shifts[0]!);
    await signUp(c, shifts[1]!);
    await official.client.post(`/api/volunteering/shifts/${shifts[1]}/cancel`, { reason: 'Краска не приехала' });
    const ours = async (when: Date) => {
      await sendShiftReminders(t.ctx, when);
      const [row] = await t.database.db
        .select()
        .from(volunteerSignups)
        .where(and(eq(volunteerSignups.shiftId, shifts[0]!), eq(volunteerSignups.userId, a.userId)));
      return row!;
    };
    const now = new Date();
    expect((await ours(now)).remindedDayBeforeAt).toEqual(now);
    // a second run sends nothing again
    const later = new Date(now.getTime() + 60_000);
    expect((await ours(later)).remindedDayBeforeAt).toEqual(now);
    const soon = new Date(now.getTime() + 18.5 * hour);
    expect((await ours(soon)).remindedSoonAt).toEqual(soon);
    await runJobs();
    expect((await kinds(a.client)).filter((k) => k.startsWith('volunteer.reminder')).sort()).toEqual([
      'volunteer.reminder.day_before',
      'volunteer.reminder.soon',
    ]);
    expect((await kinds(b.client)).filter((k) => k.startsWith('volunteer.reminder'))).toEqual([]);
    expect((await kinds(c.client)).filter((k) => k.startsWith('volunteer.reminder'))).toEqual([]);
  });

  it('a shift moved to a new time reminds again', async () => {
    const { shifts } = await announce([shift({ startsAt: at(20), endsAt: at(22) })]);
    const a = await person(t);
    await signUp(a, shifts[0]!);
    expect(await sendShiftReminders(t.ctx)).toBeGreaterThanOrEqual(1);
    await official.client.put(`/api/volunteering/shifts/${shifts[0]}`, shift({ startsAt: at(23), endsAt: at(25) }));
    const [row] = await t.database.db
      .select()
      .from(volunteerSignups)
      .where(and(eq(volunteerSignups.shiftId, shifts[0]!), eq(volunteerSignups.userId, a.userId)));
    expect(row!.remindedDayBeforeAt).toBeNull();
  });
});

describe('an organisation group runs its projects', () => {
  const project = (groupId: string, shifts: Record<string, unknown>[]) => ({
    title: 'Высадка деревьев в сквере',
    description: 'Сажаем липы у Театральной площади, лопаты и перчатки выдаём.',
    districtId: 'admiralteysky',
    groupId,
    shifts,
  });

  it('its admin announces a project (no administrator needed), sees the sign-ups, confirms hours and cancels it; the page names the group', async () => {
    const [owner, admin] = [await person(t), await person(t)];
    const groupId = await groupWith(t, { owner: owner.userId, admins: [admin.userId], name: 'Зелёный квартал' });
    const mine = await admin.client.get('/api/volunteering/organisers/mine');
    expect(mine.body).toEqual({ groups: [{ id: groupId, name: 'Зелёный квартал' }] });
    const res = await admin.client.post('/api/volunteering/projects', project(groupId, [shift({ startsAt: at(-4), endsAt: at(-1), capacity: 3 })]));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ organisedBy: 'group', group: { id: groupId, name: 'Зелёный квартал' }, departmentId: null, isOrganiser: true });
    expect(await audited(res.body.id)).toContain('volunteer.project_created');
    const shiftId = res.body.shifts[0].id as string;
    const v = await person(t);
    await signUpAt(t.ctx, actorOf(v), shiftId, new Date(Date.now() - 5 * hour));
    expect((await owner.client.get(`/api/volunteering/shifts/${shiftId}/signups`)).body.items).toEqual([expect.objectContaining({ userId: v.userId })]);
    expect((await stranger.client.get(`/api/volunteering/shifts/${shiftId}/signups`)).status).toBe(403);
    const hours = await admin.client.put(`/api/volunteering/shifts/${shiftId}/signups/${v.userId}/hours`, { hours: 3 });
    expect(hours.body).toEqual({ minutesWorked: 180, changed: true });
    const listed = await visitor.get(`/api/volunteering/projects?groupId=${groupId}`);
    expect(listed.body.items).toEqual([]); // its only shift is over: not listed
    const added = await admin.client.post(`/api/volunteering/projects/${res.body.id}/shifts`, shift());
    expect(added.status).toBe(201);
    const again = await visitor.get(`/api/volunteering/projects?groupId=${groupId}`);
    expect(again.body.items).toEqual([expect.objectContaining({ id: res.body.id, organisedBy: 'group', group: { id: groupId, name: 'Зелёный квартал' } })]);
    const cancelled = await owner.client.post(`/api/volunteering/projects/${res.body.id}/cancel`, { reason: 'Саженцы не привезли.' });
    expect(cancelled.status).toBe(200);
  });

  it('an unverified organisation, an interest group’s admin, a plain member and a banned admin are refused (403 saying why); an unknown group or a doubled organiser is a 400 naming the field', async () => {
    const [owner, member, banned, ru] = [await person(t), await person(t), await person(t), await person(t, { lang: 'ru' })];
    const groupId = await groupWith(t, { owner: owner.userId, members: [member.userId], bannedAdmins: [banned.userId] });
    const unverified = await groupWith(t, { owner: ru.userId, verified: false });
    const interest = await groupWith(t, { owner: ru.userId, kind: 'interest', verified: false });
    const draft = project(groupId, [shift()]);
    for (const p of [member, banned]) {
      const res = await p.client.post('/api/volunteering/projects', draft);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('volunteer_group_not_run');
    }
    const notVerified = await ru.client.post('/api/volunteering/projects', project(unverified, [shift()]));
    expect(notVerified.status).toBe(403);
    expect(notVerified.body.error.message).toMatch(/подтверждённые администраторами/);
    const interestGroup = await ru.client.post('/api/volunteering/projects', project(interest, [shift()]));
    expect(interestGroup.status).toBe(403);
    expect(interestGroup.body.error.code).toBe('volunteer_group_not_verified');
    const unknown = await ru.client.post('/api/volunteering/projects', project(crypto.randomUUID(), [shift()]));
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.error.fields)).toEqual(['groupId']);
    expect((await banned.client.get('/api/volunteering/organisers/mine')).body).toEqual({ groups: [] });
    const twice = await owner.client.post('/api/volunteering/projects', { ...draft, departmentId: 'committee-roads' });
    expect(twice.status).toBe(400);
    expect(Object.keys(twice.body.error.fields)).toEqual(['groupId']);
    // the group's project: a plain member cannot add shifts
    const { body } = await owner.client.post('/api/volunteering/projects', draft);
    expect((await member.client.post(`/api/volunteering/projects/${body.id}/shifts`, shift())).status).toBe(403);
  });
});
