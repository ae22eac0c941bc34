import type { pbWorkMilestones, pbWorkUpdates } from '../db/schema.js';
import type { WorkSummaryRow } from '../db/work-queries.js';

type Names = Map<string, { nameRu: string; nameEn: string }>;

/** A work as anyone may see it: no people, only the responsible department. */
export function presentWorkSummary(r: WorkSummaryRow, departments: Names) {
  const dept = r.work.departmentId ? departments.get(r.work.departmentId) : undefined;
  return {
    id: r.work.id,
    status: r.work.status,
    progress: r.work.progress,
    spent: r.work.spent,
    startedOn: r.work.startedOn,
    finishedOn: r.work.finishedOn,
    updatedAt: r.work.updatedAt.toISOString(),
    department: dept && r.work.departmentId ? { id: r.work.departmentId, ...dept } : null,
    proposal: {
      number: r.proposal.number,
      title: r.proposal.title,
      cost: r.proposal.cost,
      lat: r.proposal.lat,
      lon: r.proposal.lon,
      districtId: r.proposal.districtId,
      address: r.proposal.address,
    },
    heading: { id: r.heading.id, title: r.heading.title },
    cycle: r.cycle,
  };
}

const photoUrls = (workId: string, id: string) => ({
  id,
  url: `/api/budgeting/works/${workId}/photos/${id}`,
  thumbUrl: `/api/budgeting/works/${workId}/photos/${id}/thumb`,
});

/** One work with milestones and history; updates name no person (the department reports). */
export function presentWork(
  r: WorkSummaryRow & {
    description: string;
    milestones: (typeof pbWorkMilestones.$inferSelect)[];
    updates: (typeof pbWorkUpdates.$inferSelect)[];
    departments: Names;
    canUpdate: boolean;
  },
) {
  return {
    ...presentWorkSummary(r, r.departments),
    description: r.description,
    milestones: r.milestones.map((m) => ({ id: m.id, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn })),
    updates: r.updates.map((u) => ({
      id: u.id,
      at: u.createdAt.toISOString(),
      note: u.note,
      status: u.status,
      progress: u.progress,
      spent: u.spent,
      photos: u.photoIds.map((id) => photoUrls(r.work.id, id)),
    })),
    canUpdate: r.canUpdate,
  };
}
