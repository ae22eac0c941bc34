import { and, asc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { departments } from '../../../../core/city/schema.js';
import type { Executor } from '../../../../core/db/client.js';
import { AppError, fieldError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { answerTemplates, rejectionReasons } from '../../db/schema.js';
import { changedFields } from '../../domain/classifier-rules.js';
import {
  canChangeAnswerTemplate,
  canEditAnswerTemplate,
  canEditClassifier,
  canReadAnswerTemplates,
  canReadRejectionReasons,
  templateDepartments,
} from '../../policy-classifier.js';

export type RejectionReasonRow = typeof rejectionReasons.$inferSelect;
export type AnswerTemplateRow = typeof answerTemplates.$inferSelect;

const definedOnly = <T extends object>(patch: T): Partial<T> => Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The rejection dictionary, in order: active entries for moderators; `all` adds retired ones. */
export async function listRejectionReasons(ctx: ModuleContext, actor: Actor, all: boolean): Promise<RejectionReasonRow[]> {
  authorize(actor, canReadRejectionReasons(actor));
  return ctx.database.db
    .select()
    .from(rejectionReasons)
    .where(all ? undefined : eq(rejectionReasons.active, true))
    .orderBy(asc(rejectionReasons.position), asc(rejectionReasons.id));
}

/** Administrators add a rejection reason (Russian and English); audited. */
export async function createRejectionReason(
  ctx: ModuleContext,
  actor: Actor,
  input: { textRu: string; textEn: string; position?: number | undefined; active?: boolean | undefined },
): Promise<RejectionReasonRow> {
  authorize(actor, canEditClassifier(actor));
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(rejectionReasons)
      .values(definedOnly(input) as typeof input)
      .returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'rejection_reason.created',
      subjectType: 'rejection_reason',
      subjectId: String(row!.id),
      data: { textRu: row!.textRu },
    });
    return row!;
  });
}

/** Administrators reword, reorder or retire (active: false) a rejection reason; reports keep theirs. Audited. */
export async function updateRejectionReason(
  ctx: ModuleContext,
  actor: Actor,
  id: number,
  patch: { textRu?: string | undefined; textEn?: string | undefined; position?: number | undefined; active?: boolean | undefined },
): Promise<RejectionReasonRow> {
  authorize(actor, canEditClassifier(actor));
  return ctx.database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(rejectionReasons).where(eq(rejectionReasons.id, id)).for('update');
    if (!before) throw new AppError(404, 'rejection_reason_not_found');
    const after = { ...before, ...definedOnly(patch) };
    const changes = changedFields(before, after, ['textRu', 'textEn', 'position', 'active']);
    if (!Object.keys(changes).length) return before;
    const [row] = await tx.update(rejectionReasons).set(definedOnly(patch)).where(eq(rejectionReasons.id, id)).returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'rejection_reason.updated',
      subjectType: 'rejection_reason',
      subjectId: String(id),
      data: { changes },
    });
    return row!;
  });
}

/**
 * Answer templates the actor may use: officials their departments' and the general ones;
 * administrators all (or one department's with `departmentId`).
 */
export async function listAnswerTemplates(ctx: ModuleContext, actor: Actor, departmentId?: string): Promise<AnswerTemplateRow[]> {
  authorize(actor, canReadAnswerTemplates(actor));
  const own = templateDepartments(actor);
  const isAdmin = canEditAnswerTemplate(actor, null).allowed;
  const conditions: (SQL | undefined)[] = [];
  if (!isAdmin) conditions.push(or(isNull(answerTemplates.departmentId), inArray(answerTemplates.departmentId, own)));
  if (departmentId) conditions.push(or(isNull(answerTemplates.departmentId), eq(answerTemplates.departmentId, departmentId)));
  return ctx.database.db
    .select()
    .from(answerTemplates)
    .where(and(...conditions))
    .orderBy(asc(answerTemplates.departmentId), asc(answerTemplates.title), asc(answerTemplates.id));
}

/** Administrators (any) and officials (their department's) add an answer template; audited. */
export async function createAnswerTemplate(
  ctx: ModuleContext,
  actor: Actor,
  input: { departmentId?: string | null | undefined; title: string; text: string },
): Promise<AnswerTemplateRow> {
  const departmentId = input.departmentId ?? null;
  authorize(actor, canEditAnswerTemplate(actor, departmentId));
  return ctx.database.db.transaction(async (tx) => {
    if (departmentId && !(await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId)).limit(1)).length) {
      throw fieldError('departmentId', 'field.routing_unknown_department');
    }
    const [row] = await tx.insert(answerTemplates).values({ departmentId, title: input.title, text: input.text, createdBy: actor.userId }).returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'answer_template.created',
      subjectType: 'answer_template',
      subjectId: String(row!.id),
      data: { departmentId, title: row!.title },
    });
    return row!;
  });
}

async function lockTemplate(tx: Executor, actor: Actor, id: number): Promise<AnswerTemplateRow> {
  const [row] = await tx.select().from(answerTemplates).where(eq(answerTemplates.id, id)).for('update');
  if (!row) throw new AppError(404, 'answer_template_not_found');
  authorize(actor, canChangeAnswerTemplate(actor, row));
  return row;
}

/** Editing a template's title or text: whoever may write it; audited. */
export async function updateAnswerTemplate(
  ctx: ModuleContext,
  actor: Actor,
  id: number,
  patch: { title?: string | undefined; text?: string | undefined },
): Promise<AnswerTemplateRow> {
  authorize(actor, canReadAnswerTemplates(actor));
  return ctx.database.db.transaction(async (tx) => {
    const before = await lockTemplate(tx, actor, id);
    const after = { ...before, ...definedOnly(patch) };
    const changes = changedFields(before, after, ['title', 'text']);
    if (!Object.keys(changes).length) return before;
    const [row] = await tx.update(answerTemplates).set(definedOnly(patch)).where(eq(answerTemplates.id, id)).returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'answer_template.updated',
      subjectType: 'answer_template',
      subjectId: String(id),
      data: { changes },
    });
    return row!;
  });
}

/** Deleting a template: whoever may write it; audited. */
export async function deleteAnswerTemplate(ctx: ModuleContext, actor: Actor, id: number): Promise<void> {
  authorize(actor, canReadAnswerTemplates(actor));
  await ctx.database.db.transaction(async (tx) => {
    const row = await lockTemplate(tx, actor, id);
    await tx.delete(answerTemplates).where(eq(answerTemplates.id, id));
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'answer_template.deleted',
      subjectType: 'answer_template',
      subjectId: String(id),
      data: { departmentId: row.departmentId, title: row.title },
    });
  });
}
