import { and, asc, eq, gte, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { appendAudit } from '../../../core/audit/audit.js';
import type { Executor } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { districtAt, findDepartment, listDistricts } from '../../city/index.js';
import { groupNames, groupsRunBy } from '../../groups/index.js';
import { waitlistPosition } from '../../../core/capacity/waitlist.js';
import { shiftPlaces, shiftsOf, signupsOfPerson, type ProjectRow, type ShiftRow, type SignupRow } from '../db/queries.js';
import { volunteerProjects, volunteerShifts } from '../db/schema.js';
import { organiserProblem, shiftProblem } from '../domain/volunteering.js';
import { volunteerProjectCreated } from '../events.js';
import { canChangeProject, canCreateProject, canReadOwnVolunteering, isProjectOrganiser } from '../policy.js';
import { emitVolunteerEvent, projectType, requireProject, ruleError } from './common.js';

/** A shift as an organiser gives it. */
export interface ShiftInput {
  title: string;
  startsAt: Date;
  endsAt: Date;
  lat: number | null;
  lon: number | null;
  address: string;
  onlineUrl: string | null;
  capacity: number;
  minAge: number | null;
  bring: string;
}

/** A project as an organiser gives it: for a department, a verified organisation group, or (administrators) an organisation named with its registration number. */
export interface ProjectInput {
  title: string;
  description: string;
  districtId: string | null;
  departmentId: string | null;
  groupId: string | null;
  organisationName: string | null;
  organisationRegNumber: string | null;
  shifts: ShiftInput[];
}

/** A shift's columns, checked (400 naming the field, `shifts.<n>.<field>` within a project's list), with the district of its point. */
export async function shiftColumns(db: Executor, input: ShiftInput, prefix: string) {
  const problem = shiftProblem(input);
  if (problem) throw ruleError({ ...problem, field: `${prefix}${problem.field}` });
  let districtId: string | null = null;
  if (input.lat !== null && input.lon !== null) {
    const district = await districtAt(db, input.lon, input.lat);
    if (!district) throw ruleError({ field: `${prefix}lat`, code: 'volunteer_shift_place_outside_city' });
    districtId = district.id;
  }
  return { ...input, districtId };
}

/** 400 naming `districtId` when a project's district is not one of the city's. */
export async function checkDistrict(db: Executor, districtId: string | null): Promise<void> {
  if (districtId !== null && !(await listDistricts(db)).some((d) => d.id === districtId))
    throw ruleError({ field: 'districtId', code: 'volunteer_district_unknown' });
}

/** The group a project would be organised on behalf of, as the create rule needs it (a verified organisation or not; run by the person or not); 400 naming `groupId` for an unknown group. */
async function organisingGroup(db: Executor, actor: Actor, groupId: string | null) {
  if (groupId === null) return null;
  const group = (await groupNames(db, [groupId])).get(groupId);
  if (!group) throw ruleError({ field: 'groupId', code: 'volunteer_group_unknown' });
  const runsIt = actor.kind === 'user' && (await groupsRunBy(db, actor.userId, groupId)).length > 0;
  // only a verified organisation runs projects: a community of another kind (never verified) or a public figure's page does not
  return { verified: group.kind === 'organisation' && group.verified, runsIt };
}

/**
 * Announces a project with its first shifts: a department's officials (or administrators) for the department; a
 * verified organisation group's owners and admins for the group (403 for an unverified group, a plain member or a
 * banned admin); an administrator for an outside organisation named in text (403 otherwise). 400 for an unknown
 * department, group or district, a missing or doubled organiser, or a shift's times or place. Public at once,
 * audited; followers of its district's volunteering hear of it (`volunteer.project_created`).
 */
export async function createProject(ctx: ModuleContext, actor: Actor, input: ProjectInput, now = new Date()): Promise<ProjectRow> {
  const db = ctx.database.db;
  const problem = organiserProblem(input);
  if (problem) throw ruleError(problem);
  authorize(actor, canCreateProject(actor, { departmentId: input.departmentId, group: await organisingGroup(db, actor, input.groupId) }));
  if (input.departmentId !== null && !(await findDepartment(db, input.departmentId)))
    throw ruleError({ field: 'departmentId', code: 'volunteer_department_unknown' });
  await checkDistrict(db, input.districtId);
  const shifts: (ShiftInput & { districtId: string | null })[] = [];
  for (const [i, s] of input.shifts.entries()) shifts.push(await shiftColumns(db, s, `shifts.${i}.`));
  const row = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(volunteerProjects)
      .values({
        title: input.title,
        description: input.description,
        districtId: input.districtId,
        departmentId: input.departmentId,
        groupId: input.groupId,
        organisationName: input.organisationName,
        organisationRegNumber: input.organisationRegNumber,
        organiserId: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new AppError(500, 'internal');
    if (shifts.length) await tx.insert(volunteerShifts).values(shifts.map((s) => ({ ...s, projectId: row.id, createdAt: now })));
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'volunteer.project_created',
      subjectType: projectType,
      subjectId: row.id,
      data: { title: row.title, departmentId: row.departmentId, groupId: row.groupId, organisationName: row.organisationName },
    });
    await emitVolunteerEvent(tx, volunteerProjectCreated, actor.userId, row);
    return row;
  });
  ctx.jobs.kick();
  return row;
}

/** Adds a shift to a project: its organisers (403 otherwise), while it is not cancelled (409); 400 for its times or place. */
export async function addShift(ctx: ModuleContext, actor: Actor, projectId: string, input: ShiftInput, now = new Date()): Promise<ShiftRow> {
  const db = ctx.database.db;
  const { row, facts } = await requireProject(db, actor, projectId);
  authorize(actor, canChangeProject(actor, { ...facts, cancelledAt: row.cancelledAt }));
  const columns = await shiftColumns(db, input, '');
  const [shift] = await db
    .insert(volunteerShifts)
    .values({ ...columns, projectId: row.id, createdAt: now })
    .returning();
  return shift!;
}

export const projectsPageSize = 20;

/** What the public list says of a project: its next shift and the free slots across its upcoming shifts. */
export interface ProjectListItem {
  row: ProjectRow;
  group: OrganisingGroupName | null;
  nextShiftAt: Date | null;
  upcomingShifts: number;
  freeSlots: number;
}

/**
 * Projects anyone may see with shifts still to come, the soonest next shift first; by district (the project's or
 * one of its upcoming shifts'). Projects without upcoming shifts are not listed. Public: no person in the answer.
 */
export async function listProjects(
  ctx: ModuleContext,
  filters: { districtId?: string | undefined; groupId?: string | undefined; page?: number | undefined },
  now = new Date(),
) {
  const db = ctx.database.db;
  const page = filters.page ?? 1;
  const where: SQL[] = [gte(volunteerShifts.startsAt, now), isNull(volunteerShifts.cancelledAt), eq(volunteerProjects.moderation, 'visible')];
  if (filters.districtId) where.push(sql`(${volunteerProjects.districtId} = ${filters.districtId} or ${volunteerShifts.districtId} = ${filters.districtId})`);
  if (filters.groupId) where.push(eq(volunteerProjects.groupId, filters.groupId));
  const next = sql<Date>`min(${volunteerShifts.startsAt})`;
  const rows = await db
    .select({
      id: volunteerProjects.id,
      nextShiftAt: next,
      upcomingShifts: sql<number>`count(*)::int`,
      freeSlots: sql<number>`sum(greatest(0, ${volunteerShifts.capacity} - ${volunteerShifts.registeredCount}))::int`,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(volunteerShifts)
    .innerJoin(volunteerProjects, eq(volunteerProjects.id, volunteerShifts.projectId))
    .where(and(...where))
    .groupBy(volunteerProjects.id)
    .orderBy(asc(next), asc(volunteerProjects.id))
    .limit(projectsPageSize)
    .offset((page - 1) * projectsPageSize);
  const projects = rows.length
    ? await db
        .select()
        .from(volunteerProjects)
        .where(
          inArray(
            volunteerProjects.id,
            rows.map((r) => r.id),
          ),
        )
    : [];
  const byId = new Map(projects.map((p) => [p.id, p]));
  const groups = await groupsOf(db, projects);
  const items: ProjectListItem[] = rows.map((r) => ({
    row: byId.get(r.id)!,
    group: groups.get(byId.get(r.id)!.groupId ?? '') ?? null,
    nextShiftAt: r.nextShiftAt ? new Date(r.nextShiftAt) : null,
    upcomingShifts: Number(r.upcomingShifts),
    freeSlots: Number(r.freeSlots),
  }));
  return { items, total: Number(rows[0]?.total ?? 0), page, pageSize: projectsPageSize };
}

/** One project for its viewer: its shifts, the viewer's own sign-ups, whether they organise it. */
export interface ProjectView {
  row: ProjectRow;
  group: OrganisingGroupName | null;
  shifts: ShiftRow[];
  mine: Map<string, SignupRow>;
  positions: Map<string, number>;
  isOrganiser: boolean;
}

/** One project anyone may see (404 otherwise), with its shifts and the viewer's sign-ups and places on waitlists. */
export async function getProject(ctx: ModuleContext, actor: Actor, id: string): Promise<ProjectView> {
  const db = ctx.database.db;
  const { row, facts } = await requireProject(db, actor, id);
  const shifts = await shiftsOf(db, row.id);
  const signups =
    actor.kind === 'user'
      ? await signupsOfPerson(
          db,
          actor.userId,
          shifts.map((s) => s.id),
        )
      : [];
  const positions = new Map<string, number>();
  for (const s of signups) if (s.state === 'waitlisted') positions.set(s.shiftId, await waitlistPosition(db, shiftPlaces, s.shiftId, s.queue));
  const group = (await groupsOf(db, [row])).get(row.groupId ?? '') ?? null;
  return { row, group, shifts, mine: new Map(signups.map((s) => [s.shiftId, s])), positions, isOrganiser: isProjectOrganiser(actor, facts) };
}

/** The organising group of a project, as its pages name it. */
export interface OrganisingGroupName {
  id: string;
  name: string;
}

/** The names of the groups that organise these projects, by group id. */
async function groupsOf(db: Executor, rows: ProjectRow[]): Promise<Map<string, OrganisingGroupName>> {
  const found = await groupNames(
    db,
    rows.flatMap((r) => (r.groupId ? [r.groupId] : [])),
  );
  return new Map([...found.values()].map((g) => [g.id, { id: g.id, name: g.name }]));
}

/**
 * The verified organisations on whose behalf the person may announce a project: the active groups they own or
 * administer (not banned), verified organisations only.
 */
export async function myOrganisingGroups(ctx: ModuleContext, actor: Actor): Promise<OrganisingGroupName[]> {
  authorize(actor, canReadOwnVolunteering(actor));
  const groups = await groupsRunBy(ctx.database.db, actor.userId);
  return groups.filter((g) => g.kind === 'organisation' && g.verified).map((g) => ({ id: g.id, name: g.name }));
}
