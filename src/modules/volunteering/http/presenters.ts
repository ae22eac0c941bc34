import type { z } from 'zod';
import type { ProjectRow, ShiftRow } from '../db/queries.js';
import { freePlaces } from '../../../core/capacity/capacity.js';
import { calledOff } from '../domain/volunteering.js';
import type { ProjectListItem, ProjectView } from '../use-cases/projects.js';
import type { mySignups } from '../use-cases/record.js';
import type { mySchema, shiftSchema, summarySchema, viewSchema } from './schemas.js';

function organiser(row: ProjectRow, group: { id: string; name: string } | null) {
  return {
    organisedBy: row.departmentId !== null ? ('department' as const) : row.groupId !== null ? ('group' as const) : ('organisation' as const),
    departmentId: row.departmentId,
    group: group ? { id: group.id, name: group.name } : null,
    organisationName: row.organisationName,
    organisationRegNumber: row.organisationRegNumber,
  };
}

/** A project in the public list (no person). */
export function presentSummary(item: ProjectListItem): z.input<typeof summarySchema> {
  const { row } = item;
  return {
    id: row.id,
    title: row.title,
    excerpt: row.description.slice(0, 300),
    districtId: row.districtId,
    ...organiser(row, item.group),
    nextShiftAt: item.nextShiftAt?.toISOString() ?? null,
    upcomingShifts: item.upcomingShifts,
    freeSlots: item.freeSlots,
  };
}

function presentShift(shift: ShiftRow, v: ProjectView): z.input<typeof shiftSchema> {
  const mine = v.mine.get(shift.id);
  const inside = v.isOrganiser || mine?.state === 'registered';
  return {
    id: shift.id,
    title: shift.title,
    startsAt: shift.startsAt.toISOString(),
    endsAt: shift.endsAt.toISOString(),
    districtId: shift.districtId,
    address: shift.address,
    lat: shift.lat,
    lon: shift.lon,
    online: shift.onlineUrl !== null,
    onlineUrl: inside ? shift.onlineUrl : null,
    capacity: shift.capacity,
    registeredCount: shift.registeredCount,
    waitlistCount: shift.waitlistCount,
    freeSlots: freePlaces(shift.capacity, shift.registeredCount),
    minAge: shift.minAge,
    bring: shift.bring,
    mine: mine ? { state: mine.state, position: v.positions.get(shift.id) ?? null } : null,
    minutesWorked: mine?.minutesWorked ?? null,
    cancelledAt: shift.cancelledAt?.toISOString() ?? null,
    cancelReason: shift.cancelReason,
  };
}

/** One project for its viewer, with its shifts and the viewer's own place on each. */
export function presentView(v: ProjectView): z.input<typeof viewSchema> {
  const { row } = v;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    districtId: row.districtId,
    ...organiser(row, v.group),
    moderation: row.moderation,
    commentCount: row.commentCount,
    isOrganiser: v.isOrganiser,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    cancelReason: row.cancelReason,
    shifts: v.shifts.map((s) => presentShift(s, v)),
  };
}

type MyRow = Awaited<ReturnType<typeof mySignups>>[number];

/** One of the caller's shifts in «my volunteering»: a cancelled one says so, whether the shift or its project was called off, and why. */
export function presentMine(r: MyRow): z.input<typeof mySchema>['items'][number] {
  const off = calledOff(r.shift, { cancelledAt: r.projectCancelledAt });
  return {
    projectId: r.shift.projectId,
    projectTitle: r.projectTitle,
    shiftId: r.shift.id,
    shiftTitle: r.shift.title,
    startsAt: r.shift.startsAt.toISOString(),
    endsAt: r.shift.endsAt.toISOString(),
    state: r.state,
    minutesWorked: r.minutesWorked,
    calledOff: off,
    cancelledAt: off ? r.shift.cancelledAt!.toISOString() : null,
    cancelReason: off ? r.shift.cancelReason : null,
  };
}
