import { expect } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { TestClient } from '../../../../test/http-client.js';
import type { UserActor } from '../../../core/auth/actor.js';

/** What the volunteering database tests share: a shift's draft, announcing a department's project, jobs and notifications. */

export const hour = 3_600_000;
/** An ISO time `hours` from now (negative: in the past). */
export const at = (hours: number) => new Date(Date.now() + hours * hour).toISOString();
const yusupovGarden = { lat: 59.9265, lon: 30.3127 };

/** A shift as an organiser gives it: in two days, three hours long, in the Yusupov Garden, two slots. */
export const shiftDraft = (over: Record<string, unknown> = {}) => ({
  title: 'Уборка листвы',
  startsAt: at(48),
  endsAt: at(51),
  ...yusupovGarden,
  address: 'Садовая ул., 50',
  capacity: 2,
  bring: 'Перчатки',
  ...over,
});

/** A project of committee-roads announced by `official` with the given shifts; its id and its shifts' ids in order. */
export async function announce(
  official: TestPerson,
  shifts: Record<string, unknown>[],
  over: Record<string, unknown> = {},
): Promise<{ id: string; shifts: string[] }> {
  const res = await official.client.post('/api/volunteering/projects', {
    title: 'Субботник в Юсуповском саду',
    description: 'Убираем листву и красим скамейки, инвентарь выдаём на месте.',
    districtId: 'admiralteysky',
    departmentId: 'committee-roads',
    shifts,
    ...over,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.id as string, shifts: (res.body.shifts as { id: string }[]).map((s) => s.id) };
}

/** Runs the due jobs twice: the events, then the notifications they queue. */
export async function runJobs(t: TestApp): Promise<void> {
  await t.ctx.jobs.runDue();
  await t.ctx.jobs.runDue();
}

/** A person's notifications, newest first. */
export const notes = async (c: TestClient) => (await c.get('/api/notifications')).body.items as { kind: string; text?: string }[];
/** The kinds of a person's notifications. */
export const kinds = async (c: TestClient) => (await notes(c)).map((x) => x.kind);

/** A signed-in person as the use cases see them (for calling a use case directly, e.g. at another time). */
export const actorOf = (p: Pick<TestPerson, 'userId'>, displayName = 'Volunteer'): UserActor => ({
  kind: 'user',
  userId: p.userId,
  displayName,
  verification: 'email',
  roles: [],
  language: 'en',
  districtId: null,
});

/** A test app with an official of committee-roads (who announces the projects) and a visitor (English). */
export async function volunteeringTest(): Promise<{ t: TestApp; official: TestPerson; visitor: TestClient }> {
  const t = await testApp();
  const official = await person(t, { roles: [{ role: 'official', department: 'committee-roads' }] });
  return { t, official, visitor: new TestClient(t.app, 'en') };
}
