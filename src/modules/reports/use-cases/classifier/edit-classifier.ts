import { eq } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import type { Executor } from '../../../../core/db/client.js';
import { AppError, fieldError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { findCategory, findObject, type CategoryRow, type ObjectRow, type ReasonRow } from '../../db/classifier-queries.js';
import { classifierCategories, classifierObjects, classifierReasons } from '../../db/schema.js';
import { changedFields, seasonWindowProblem } from '../../domain/classifier-rules.js';
import type { CategoryPatch, ObjectPatch, ReasonPatch } from '../../http/classifier-schemas.js';
import { canEditClassifier } from '../../policy-classifier.js';
import { reserveNewClassifierIds } from './new-ids.js';

const reasonKeys = [
  'categoryId',
  'nameRu',
  'nameEn',
  'helpText',
  'description',
  'photoRequired',
  'extraFields',
  'locationKind',
  'seasonFrom',
  'seasonTo',
  'seasonMessage',
  'verifiedRequired',
  'premoderationDays',
  'resolutionDays',
  'answerModerationDays',
  'departmentKind',
  'isPublic',
  'archived',
] as const satisfies readonly (keyof ReasonRow)[];
const categoryKeys = ['objectId', 'nameRu', 'nameEn', 'position', 'archived'] as const satisfies readonly (keyof CategoryRow)[];
const objectKeys = ['nameRu', 'nameEn', 'position', 'archived'] as const satisfies readonly (keyof ObjectRow)[];

const definedOnly = <T extends object>(patch: T): Partial<T> => Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;

// What the classifier's audit entries say: which record, what changed.
function auditVerb(before: { archived: boolean } | null, after: { archived: boolean }): 'created' | 'archived' | 'unarchived' | 'updated' {
  if (!before) return 'created';
  if (before.archived !== after.archived) return after.archived ? 'archived' : 'unarchived';
  return 'updated';
}

async function checkReason(tx: Executor, r: Pick<ReasonRow, 'categoryId' | 'seasonFrom' | 'seasonTo'>): Promise<void> {
  if (!(await findCategory(tx, r.categoryId))) throw fieldError('categoryId', 'field.classifier_unknown_category');
  const season = seasonWindowProblem(r.seasonFrom, r.seasonTo);
  if (season) throw fieldError(season, 'field.classifier_season_pair');
}

/** Administrators add a reason (id ≥ 100000); audited `classifier_reason.created`. */
export async function createReason(ctx: ModuleContext, actor: Actor, input: ReasonPatch & { nameRu: string; categoryId: number }): Promise<ReasonRow> {
  authorize(actor, canEditClassifier(actor));
  return ctx.database.db.transaction(async (tx) => {
    const values = definedOnly(input) as typeof input;
    await checkReason(tx, { categoryId: values.categoryId, seasonFrom: values.seasonFrom ?? null, seasonTo: values.seasonTo ?? null });
    await reserveNewClassifierIds(tx);
    const [row] = await tx.insert(classifierReasons).values(values).returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'classifier_reason.created',
      subjectType: 'classifier_reason',
      subjectId: String(row!.id),
      data: { nameRu: row!.nameRu, categoryId: row!.categoryId },
    });
    return row!;
  });
}

/**
 * Administrators edit any field of a reason (deadlines, season window, department kind, archiving…);
 * audited with what changed (`classifier_reason.updated|archived|unarchived`).
 */
export async function updateReason(ctx: ModuleContext, actor: Actor, id: number, patch: ReasonPatch): Promise<ReasonRow> {
  authorize(actor, canEditClassifier(actor));
  return ctx.database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(classifierReasons).where(eq(classifierReasons.id, id)).for('update');
    if (!before) throw new AppError(404, 'reason_not_found');
    const after = { ...before, ...definedOnly(patch) };
    await checkReason(tx, after);
    const changes = changedFields(before, after, reasonKeys);
    if (!Object.keys(changes).length) return before;
    const [row] = await tx
      .update(classifierReasons)
      .set({ ...definedOnly(patch), updatedAt: new Date() })
      .where(eq(classifierReasons.id, id))
      .returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: `classifier_reason.${auditVerb(before, after)}`,
      subjectType: 'classifier_reason',
      subjectId: String(id),
      data: { changes },
    });
    return row!;
  });
}

/** Administrators add a category under an object; audited. */
export async function createCategory(ctx: ModuleContext, actor: Actor, input: CategoryPatch & { nameRu: string; objectId: number }): Promise<CategoryRow> {
  authorize(actor, canEditClassifier(actor));
  return ctx.database.db.transaction(async (tx) => {
    if (!(await findObject(tx, input.objectId))) throw fieldError('objectId', 'field.classifier_unknown_object');
    await reserveNewClassifierIds(tx);
    const [row] = await tx
      .insert(classifierCategories)
      .values(definedOnly(input) as typeof input)
      .returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'classifier_category.created',
      subjectType: 'classifier_category',
      subjectId: String(row!.id),
      data: { nameRu: row!.nameRu, objectId: row!.objectId },
    });
    return row!;
  });
}

/** Administrators rename, move, reorder or archive a category (its reasons cannot be filed while it is archived); audited. */
export async function updateCategory(ctx: ModuleContext, actor: Actor, id: number, patch: CategoryPatch): Promise<CategoryRow> {
  authorize(actor, canEditClassifier(actor));
  return ctx.database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(classifierCategories).where(eq(classifierCategories.id, id)).for('update');
    if (!before) throw new AppError(404, 'category_not_found');
    const after = { ...before, ...definedOnly(patch) };
    if (after.objectId !== before.objectId && !(await findObject(tx, after.objectId))) throw fieldError('objectId', 'field.classifier_unknown_object');
    const changes = changedFields(before, after, categoryKeys);
    if (!Object.keys(changes).length) return before;
    const [row] = await tx
      .update(classifierCategories)
      .set({ ...definedOnly(patch), updatedAt: new Date() })
      .where(eq(classifierCategories.id, id))
      .returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: `classifier_category.${auditVerb(before, after)}`,
      subjectType: 'classifier_category',
      subjectId: String(id),
      data: { changes },
    });
    return row!;
  });
}

/** Administrators add an object; audited. */
export async function createObject(ctx: ModuleContext, actor: Actor, input: ObjectPatch & { nameRu: string }): Promise<ObjectRow> {
  authorize(actor, canEditClassifier(actor));
  return ctx.database.db.transaction(async (tx) => {
    await reserveNewClassifierIds(tx);
    const [row] = await tx
      .insert(classifierObjects)
      .values(definedOnly(input) as typeof input)
      .returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'classifier_object.created',
      subjectType: 'classifier_object',
      subjectId: String(row!.id),
      data: { nameRu: row!.nameRu },
    });
    return row!;
  });
}

/** Administrators rename, reorder or archive an object; audited. */
export async function updateObject(ctx: ModuleContext, actor: Actor, id: number, patch: ObjectPatch): Promise<ObjectRow> {
  authorize(actor, canEditClassifier(actor));
  return ctx.database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(classifierObjects).where(eq(classifierObjects.id, id)).for('update');
    if (!before) throw new AppError(404, 'object_not_found');
    const after = { ...before, ...definedOnly(patch) };
    const changes = changedFields(before, after, objectKeys);
    if (!Object.keys(changes).length) return before;
    const [row] = await tx
      .update(classifierObjects)
      .set({ ...definedOnly(patch), updatedAt: new Date() })
      .where(eq(classifierObjects.id, id))
      .returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: `classifier_object.${auditVerb(before, after)}`,
      subjectType: 'classifier_object',
      subjectId: String(id),
      data: { changes },
    });
    return row!;
  });
}
