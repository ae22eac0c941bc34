import type { Actor } from '../../../../core/auth/actor.js';
import { readFileBytes } from '../../../../core/files/files.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { departmentNames } from '../../../city/index.js';
import {
  findWork,
  isPhotoOfWork,
  listWorks,
  milestonesOf,
  updatesOf,
  workPoints,
  workStatusCounts,
  workYears,
  type WorkFilter,
} from '../../db/work-queries.js';
import { canUpdateWork } from '../../policy-works.js';

/** The public list of works with the map's points, the counts by status and the years there are. Anyone. */
export async function browseWorks(ctx: ModuleContext, filter: WorkFilter, page: { limit: number; offset: number }) {
  const db = ctx.database.db;
  const [list, points, counts, years] = [
    await listWorks(db, filter, page),
    await workPoints(db, filter),
    await workStatusCounts(db, filter),
    await workYears(db),
  ];
  const departments = await departmentNames(
    db,
    list.items.map((i) => i.work.departmentId).filter((d): d is string => d !== null),
  );
  return { ...list, points, counts, years, departments };
}

/** One work with its milestones and public history; `canUpdate` says whether the caller may report on it. Anyone. */
export async function getWork(ctx: ModuleContext, actor: Actor, id: string) {
  const db = ctx.database.db;
  const found = await findWork(db, id);
  if (!found) throw new AppError(404, 'works_not_found');
  const departments = await departmentNames(db, found.work.departmentId ? [found.work.departmentId] : []);
  return {
    ...found,
    milestones: await milestonesOf(db, id),
    updates: await updatesOf(db, id),
    departments,
    canUpdate: canUpdateWork(actor, found.work).allowed,
  };
}

/** A photo in a work's history (works are public, so anyone; 404 for a file that is not in it). */
export async function readWorkPhoto(ctx: ModuleContext, workId: string, fileId: string, variant: 'full' | 'thumb') {
  const db = ctx.database.db;
  if (!(await isPhotoOfWork(db, workId, fileId))) throw new AppError(404, 'works_photo_not_found');
  const file = await readFileBytes(db, fileId, variant);
  if (!file) throw new AppError(404, 'works_photo_not_found');
  return { data: file.data, contentType: file.facts.contentType };
}
