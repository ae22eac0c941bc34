import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/db.js';
import type { TestPerson } from '../../../../test/fixtures.js';
import { queryRows } from '../../../core/db/client.js';
import type { DomainEvent } from '../../../core/jobs/events.js';
import type { AreaQuery } from '../../../core/module/area.js';
import { volunteerProjects, volunteerShifts } from '../db/schema.js';
import { announce, at, shiftDraft, volunteeringTest } from '../http/volunteering-fixtures.js';
import { volunteeringModule } from '../module.js';

let t: TestApp;
let official: TestPerson;
const ids: Record<string, string> = {};
const now = new Date();
/** The circle's centre in the Admiralty district; 200 m north of it (inside a 500 m circle), and 5 km east (outside). */
const centre = { lat: 59.9187, lon: 30.288 };
const near = { lat: centre.lat + 0.0018, lon: centre.lon };
const far = { lat: centre.lat, lon: centre.lon + 0.0896 };
const [projectArea] = volunteeringModule.area!;
const circle = (lang: 'ru' | 'en' = 'en'): AreaQuery => ({ type: 'circle', ...centre, radiusMeters: 500, districtId: 'admiralteysky', lang, now });
const district = (districtId: string): AreaQuery => ({ type: 'district', districtId, lang: 'en', now });
const list = (area: AreaQuery, limit = 20) => projectArea!.list!(t.database.db, area, limit);
const names = (section: { items: { id: string }[] }) => section.items.map((i) => Object.keys(ids).find((k) => ids[k] === i.id) ?? i.id);

/** Announces a project through the route (so its `volunteer.project_created` is emitted) with the given shifts. */
async function project(name: string, shifts: Record<string, unknown>[], over: Record<string, unknown> = {}) {
  const created = await announce(official, shifts, { title: `Project ${name}`, ...over });
  ids[name] = created.id;
  return created;
}
/** Moves a shift (the table: the routes refuse times in the past). */
const moveShift = (id: string, startsIn: number, endsIn: number) =>
  t.database.db
    .update(volunteerShifts)
    .set({ startsAt: new Date(at(startsIn)), endsAt: new Date(at(endsIn)) })
    .where(eq(volunteerShifts.id, id));
const created = (projectId: string) =>
  queryRows<{ payload: DomainEvent }>(
    t.database.db,
    sql`select payload from jobs where kind = 'event' and payload->>'type' = 'volunteer.project_created' and payload->>'entityId' = ${projectId}`,
  );

beforeAll(async () => {
  ({ t, official } = await volunteeringTest());
  await project('later', [shiftDraft({ ...near, startsAt: at(72), endsAt: at(75) })]);
  const full = await project('full', [shiftDraft({ ...near, startsAt: at(24), endsAt: at(27), capacity: 1 })]);
  await t.database.db.update(volunteerShifts).set({ registeredCount: 1 }).where(eq(volunteerShifts.id, full.shifts[0]!));
  const past = await project('past', [shiftDraft({ ...near })]);
  await moveShift(past.shifts[0]!, -48, -45);
  // its far shift comes first, but in the circle it is shown at the near one
  await project('twoPlaces', [shiftDraft({ ...far, startsAt: at(30), endsAt: at(33) }), shiftDraft({ ...near, startsAt: at(96), endsAt: at(99) })]);
  await project('far', [shiftDraft({ ...far })], { districtId: null });
  await project('online', [shiftDraft({ lat: null, lon: null, address: '', onlineUrl: 'https://meet.example.org/v' })]);
  await project('hidden', [shiftDraft({ ...near })]);
  await t.database.db.update(volunteerProjects).set({ moderation: 'hidden' }).where(eq(volunteerProjects.id, ids.hidden!));
  await project('cancelled', [shiftDraft({ ...near })]);
  await t.database.db.update(volunteerProjects).set({ cancelledAt: now }).where(eq(volunteerProjects.id, ids.cancelled!));
});
afterAll(async () => t?.close());

describe('the volunteering projects of an area', () => {
  it('lists the public projects with a shift in the circle: those to come soonest first, then past ones, each at its shift there', async () => {
    const section = await list(circle());
    expect(names(section)).toEqual(['full', 'later', 'twoPlaces', 'past']);
    expect(section.total).toBe(4);
    expect(section.items[1]).toEqual({
      kind: 'volunteer_project',
      id: ids.later,
      title: 'Project later',
      path: `/volunteering/${ids.later}`,
      status: 'open',
      statusText: 'Volunteers wanted',
      lat: near.lat,
      lon: near.lon,
      distanceMeters: expect.any(Number),
      districtId: 'admiralteysky',
      address: 'Садовая ул., 50',
      date: expect.any(Date),
    });
    expect(Math.abs(section.items[1]!.distanceMeters! - 200)).toBeLessThan(5);
    expect(Math.abs(section.items[1]!.date!.getTime() - Date.parse(at(72)))).toBeLessThan(60_000);
    expect(section.items[2]).toMatchObject({ lat: near.lat, lon: near.lon });
    expect(section.items.map((i) => i.status)).toEqual(['full', 'open', 'open', 'ended']);
  });

  it('leaves out what is 5 km away, online shifts, and hidden or cancelled projects', async () => {
    const listed = names(await list(circle()));
    for (const name of ['far', 'online', 'hidden', 'cancelled']) expect(listed).not.toContain(name);
  });

  it("lists a district's projects: a shift there, or the project about it (online ones too)", async () => {
    const section = await list(district('admiralteysky'));
    expect(names(section)).toEqual(['full', 'twoPlaces', 'online', 'later', 'past']);
    // the project is about the Admiralty district; shown at its first shift, wherever that is
    expect(section.items[1]).toMatchObject({ lat: far.lat, lon: far.lon, distanceMeters: null });
    expect(section.items[2]).toMatchObject({ lat: null, lon: null, address: null });
    const [farShift] = await t.database.db
      .select({ districtId: volunteerShifts.districtId })
      .from(volunteerShifts)
      .where(eq(volunteerShifts.projectId, ids.far!));
    expect(farShift!.districtId).not.toBe('admiralteysky');
    expect(names(await list(district(farShift!.districtId!)))).toContain('far');
  });

  it('words the status in the query language and counts beyond the limit', async () => {
    const section = await list(circle('ru'), 2);
    expect(section.items.map((i) => i.statusText)).toEqual(['Мест нет — можно встать в лист ожидания', 'Идёт запись волонтёров']);
    expect(section.total).toBe(4);
  });
});

describe('a new project as area news', () => {
  const alert = () => projectArea!.alerts![0]!;

  it('is located at its first shift to come, in its district, visible (topic events)', async () => {
    const [event] = await created(ids.twoPlaces!);
    expect(alert().topic).toBe('events');
    expect(await alert().locate(t.database.db, event!.payload)).toEqual({
      entityType: 'volunteer_project',
      entityId: ids.twoPlaces,
      title: 'Project twoPlaces',
      path: `/volunteering/${ids.twoPlaces}`,
      lat: far.lat,
      lon: far.lon,
      districtId: 'admiralteysky',
      visible: true,
    });
  });

  it('has no point when its shifts are online, and is not visible once hidden or cancelled', async () => {
    const [online] = await created(ids.online!);
    expect(await alert().locate(t.database.db, online!.payload)).toMatchObject({ lat: null, lon: null, districtId: 'admiralteysky', visible: true });
    const [hidden] = await created(ids.hidden!);
    expect(await alert().locate(t.database.db, hidden!.payload)).toMatchObject({ visible: false });
    const [cancelled] = await created(ids.cancelled!);
    expect(await alert().locate(t.database.db, cancelled!.payload)).toMatchObject({ visible: false });
  });
});
