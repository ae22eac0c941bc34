import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { appendAudit } from '../../../core/audit/audit.js';
import type { AuditAction } from '../../../core/audit/sentences.js';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { districts } from '../../../core/city/schema.js';
import type { Executor } from '../../../core/db/client.js';
import { unattachableImage } from '../../../core/files/files.js';
import { AppError, ruleError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { localDay } from '../../../core/time/calendar.js';
import { causeReports, causes } from '../db/schema.js';
import { causeProblem, type GivingMethod } from '../domain/charity.js';
import { groupNames, groupsRunBy } from '../../groups/index.js';
import { canAdministerCharity, canReadCause, canReportOnCause, causeActNow, type CauseFacts } from '../policy.js';

export type CauseRow = typeof causes.$inferSelect;
export type CauseReportRow = typeof causeReports.$inferSelect;

/** The entity kind (comments, follows, flags, share previews) and its page. */
export const causeType = 'cause';
export const causePath = (id: string) => `/charity/${id}`;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What an administrator gives for a cause (amounts in whole rubles; bank fields only with `givingMethod: 'bank'`). */
export interface CauseInput {
  title: string;
  organisation: string;
  /** The verified organisation group whose owners and admins report on the cause, or null. */
  groupId: string | null;
  inn: string;
  ogrn: string | null;
  goal: string;
  spending: string;
  targetRubles: number;
  collectedRubles: number;
  districtId: string | null;
  givingMethod: GivingMethod;
  paymentUrl: string | null;
  recipient: string | null;
  bankName: string | null;
  bik: string | null;
  account: string | null;
  correspondentAccount: string | null;
  /** An upload's id (or the image the cause has), with what it shows; both null for none. */
  imageFileId: string | null;
  imageAlt: string | null;
}

/** What the organisation's admins (or an administrator) give for one of its reports. */
export interface CauseReportInput {
  reportedOn: string;
  text: string;
  collectedRubles: number | null;
  photoFileIds: string[];
}

export const factsOf = (row: CauseRow): CauseFacts => ({ state: row.state, moderation: row.moderation });

/** One cause by id (locked for update when asked). */
export async function findCause(db: Executor, id: string, opts: { forUpdate?: boolean } = {}): Promise<CauseRow | undefined> {
  if (!uuidPattern.test(id)) return undefined;
  const q = db.select().from(causes).where(eq(causes.id, id)).limit(1);
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

/** Several causes by id (any state: callers decide what is public). */
export async function findCauses(db: Executor, ids: string[]): Promise<CauseRow[]> {
  const valid = ids.filter((id) => uuidPattern.test(id));
  return valid.length ? db.select().from(causes).where(inArray(causes.id, valid)) : [];
}

/** The public list: approved causes (newest approval first), then closed ones; never a draft nor a hidden cause. By organisation group when asked. */
export async function listCauses(ctx: ModuleContext, filters: { groupId?: string | undefined } = {}): Promise<CauseRow[]> {
  return ctx.database.db
    .select()
    .from(causes)
    .where(and(ne(causes.state, 'draft'), eq(causes.moderation, 'visible'), filters.groupId ? eq(causes.groupId, filters.groupId) : undefined))
    .orderBy(sql`${causes.state} = 'closed'`, desc(causes.approvedAt));
}

/** Every cause, drafts first, for administrators. */
export async function adminListCauses(ctx: ModuleContext, actor: Actor): Promise<CauseRow[]> {
  authorize(actor, canAdministerCharity(actor));
  return ctx.database.db
    .select()
    .from(causes)
    .orderBy(sql`${causes.state} <> 'draft'`, desc(causes.createdAt));
}

/** One cause for its viewer: its reports, the organisation group that reports on it, whether the viewer may post a report now. */
export interface CauseView {
  row: CauseRow;
  reports: CauseReportRow[];
  group: { id: string; name: string } | null;
  canReport: boolean;
}

/** One cause the caller may see, with its reports oldest first (404 for a draft to anyone but administrators). */
export async function getCause(ctx: ModuleContext, actor: Actor, id: string): Promise<CauseView> {
  const db = ctx.database.db;
  const row = await findCause(db, id);
  if (!row) throw new AppError(404, 'cause_not_found');
  authorize(actor, canReadCause(actor, factsOf(row)));
  const reports = await db.select().from(causeReports).where(eq(causeReports.causeId, id)).orderBy(asc(causeReports.reportedOn), asc(causeReports.createdAt));
  const canReport = canReportOnCause(actor, { runsGroup: await runsCauseGroup(db, actor, row) }).allowed && causeActNow(row, 'report').allowed;
  return { row, reports, group: await causeGroup(db, row), canReport };
}

/**
 * Checks the images an administrator names: each must be their own recent upload through the shared photo route, or
 * one the cause already shows (`kept`, while editing). 400 naming the field otherwise (`cause_image_unknown`).
 */
async function checkImages(tx: Executor, actorId: string, images: { field: string; fileId: string }[], kept: ReadonlySet<string> = new Set()) {
  const field = await unattachableImage(tx, actorId, images, kept);
  if (field) throw ruleError({ field, code: 'cause_image_unknown' });
}

/**
 * The input checked (400 naming the field) and turned into columns: one way to give, the other's fields cleared; an
 * image only with the words of what it shows.
 */
async function columnsOf(db: Executor, input: CauseInput, actorId: string, before: CauseRow | null) {
  const bank = input.givingMethod === 'bank' || input.account || input.bik || input.correspondentAccount;
  const problem = causeProblem({
    inn: input.inn,
    ogrn: input.ogrn,
    method: input.givingMethod,
    paymentUrl: input.paymentUrl,
    bank: bank
      ? {
          recipient: input.recipient ?? '',
          bankName: input.bankName ?? '',
          bik: input.bik ?? '',
          account: input.account ?? '',
          correspondentAccount: input.correspondentAccount ?? '',
        }
      : null,
    targetRubles: input.targetRubles,
    collectedRubles: input.collectedRubles,
  });
  if (problem) throw ruleError(problem);
  if (input.givingMethod === 'bank') {
    if (!input.recipient) throw ruleError({ field: 'recipient', code: 'cause_bank_required' });
    if (!input.bankName) throw ruleError({ field: 'bankName', code: 'cause_bank_required' });
  }
  if (input.groupId) {
    const group = (await groupNames(db, [input.groupId])).get(input.groupId);
    if (!group || group.kind !== 'organisation' || !group.verified) throw ruleError({ field: 'groupId', code: 'cause_group_not_verified_organisation' });
  }
  if (input.districtId) {
    const [d] = await db.select({ id: districts.id }).from(districts).where(eq(districts.id, input.districtId));
    if (!d) throw ruleError({ field: 'districtId', code: 'cause_district_not_found' });
  }
  if (input.imageFileId) {
    if (!input.imageAlt) throw ruleError({ field: 'imageAlt', code: 'cause_image_alt_required' });
    await checkImages(db, actorId, [{ field: 'imageFileId', fileId: input.imageFileId }], new Set(before?.imageFileId ? [before.imageFileId] : []));
  }
  const { givingMethod, ...rest } = input;
  const link = givingMethod === 'link';
  return {
    ...rest,
    method: givingMethod,
    paymentUrl: link ? input.paymentUrl : null,
    recipient: link ? null : input.recipient,
    bankName: link ? null : input.bankName,
    bik: link ? null : input.bik,
    account: link ? null : input.account,
    correspondentAccount: link ? null : input.correspondentAccount,
    imageAlt: input.imageFileId ? input.imageAlt : null,
  };
}

/** Whether the person runs the verified organisation group linked to the cause now (owner or admin, not banned). */
async function runsCauseGroup(db: Executor, actor: Actor, cause: CauseRow): Promise<boolean> {
  if (cause.groupId === null || actor.kind !== 'user') return false;
  return (await groupsRunBy(db, actor.userId, cause.groupId)).some((g) => g.verified);
}

/** The cause's organisation group as its page names it (id and name), or null. */
export async function causeGroup(db: Executor, row: CauseRow): Promise<{ id: string; name: string } | null> {
  if (row.groupId === null) return null;
  const group = (await groupNames(db, [row.groupId])).get(row.groupId);
  return group ? { id: group.id, name: group.name } : null;
}

function audit(tx: Executor, actorId: string, action: AuditAction, row: CauseRow, extra: Record<string, unknown> = {}) {
  return appendAudit(tx, {
    actorId,
    action,
    subjectType: causeType,
    subjectId: row.id,
    data: { title: row.title, organisation: row.organisation, inn: row.inn, ...extra },
  });
}

/** An administrator drafts a cause (not public until approved); audited. */
export async function createCause(ctx: ModuleContext, actor: Actor, input: CauseInput): Promise<CauseRow> {
  authorize(actor, canAdministerCharity(actor));
  const actorId = actor.userId;
  return ctx.database.db.transaction(async (tx) => {
    const values = await columnsOf(tx, input, actorId, null);
    const [row] = await tx
      .insert(causes)
      .values({ ...values, createdBy: actorId, collectedOn: values.collectedRubles > 0 ? localDay(new Date(), ctx.config.cityTimezone) : null })
      .returning();
    await audit(tx, actorId, 'charity.cause_created', row!, { targetRubles: row!.targetRubles, method: row!.method });
    return row!;
  });
}

/** An administrator changes a cause until it is closed (the way to give too: its change is in the audit log). */
export async function editCause(ctx: ModuleContext, actor: Actor, id: string, input: CauseInput): Promise<CauseRow> {
  authorize(actor, canAdministerCharity(actor));
  const actorId = actor.userId;
  return ctx.database.db.transaction(async (tx) => {
    const before = await findCause(tx, id, { forUpdate: true });
    if (!before) throw new AppError(404, 'cause_not_found');
    authorize(causeActNow(before, 'edit'));
    const values = await columnsOf(tx, input, actorId, before);
    const collectedOn = values.collectedRubles !== before.collectedRubles ? localDay(new Date(), ctx.config.cityTimezone) : before.collectedOn;
    const [row] = await tx
      .update(causes)
      .set({ ...values, collectedOn, updatedAt: sql`now()` })
      .where(eq(causes.id, id))
      .returning();
    await audit(tx, actorId, 'charity.cause_changed', row!, {
      targetRubles: row!.targetRubles,
      method: row!.method,
      ...(row!.paymentUrl !== before.paymentUrl || row!.account !== before.account ? { givingChanged: true } : {}),
      ...(row!.imageFileId !== before.imageFileId ? { imageChanged: true } : {}),
    });
    return row!;
  });
}

/** An administrator approves a draft (public from now on) or closes an approved cause (no more pledges); audited. */
export async function setCauseState(ctx: ModuleContext, actor: Actor, id: string, act: 'approve' | 'close'): Promise<CauseRow> {
  authorize(actor, canAdministerCharity(actor));
  const actorId = actor.userId;
  return ctx.database.db.transaction(async (tx) => {
    const before = await findCause(tx, id, { forUpdate: true });
    if (!before) throw new AppError(404, 'cause_not_found');
    authorize(causeActNow(before, act));
    const [row] = await tx
      .update(causes)
      .set(
        act === 'approve'
          ? { state: 'approved', approvedAt: sql`now()`, updatedAt: sql`now()` }
          : { state: 'closed', closedAt: sql`now()`, updatedAt: sql`now()` },
      )
      .where(eq(causes.id, id))
      .returning();
    await audit(tx, actorId, act === 'approve' ? 'charity.cause_approved' : 'charity.cause_closed', row!, { collectedRubles: row!.collectedRubles });
    return row!;
  });
}

/**
 * The organisation's dated report, posted by the owners and admins of the organisation group linked to the cause, or
 * by an administrator on its behalf (403 for anyone else; 404 for a cause they may not see): its text and, when given,
 * the amount collected as of that day, which becomes the cause's collected amount unless a later report already set
 * it; its photos are the poster's own recent uploads (400 naming the photo otherwise). 409 once closed. Audited, the
 * group named when its admin posts.
 */
export async function addCauseReport(ctx: ModuleContext, actor: Actor, id: string, input: CauseReportInput): Promise<CauseReportRow> {
  return ctx.database.db.transaction(async (tx) => {
    const cause = await findCause(tx, id, { forUpdate: true });
    if (!cause) throw new AppError(404, 'cause_not_found');
    authorize(actor, canReadCause(actor, factsOf(cause)));
    const byGroup = await runsCauseGroup(tx, actor, cause);
    authorize(actor, canReportOnCause(actor, { runsGroup: byGroup }));
    const actorId = actor.userId;
    if (input.reportedOn > localDay(new Date(), ctx.config.cityTimezone)) throw ruleError({ field: 'reportedOn', code: 'cause_reported_in_future' });
    authorize(causeActNow(cause, 'report'));
    await checkImages(
      tx,
      actorId,
      input.photoFileIds.map((fileId, i) => ({ field: `photoFileIds.${i}`, fileId })),
    );
    const photoFileIds = [...new Set(input.photoFileIds)];
    const [report] = await tx
      .insert(causeReports)
      .values({ causeId: id, reportedOn: input.reportedOn, text: input.text, collectedRubles: input.collectedRubles, photoFileIds, createdBy: actorId })
      .returning();
    if (input.collectedRubles !== null && (!cause.collectedOn || cause.collectedOn <= input.reportedOn)) {
      await tx
        .update(causes)
        .set({ collectedRubles: input.collectedRubles, collectedOn: input.reportedOn, updatedAt: sql`now()` })
        .where(eq(causes.id, id));
    }
    const facts = { reportedOn: input.reportedOn, collectedRubles: input.collectedRubles, photos: photoFileIds.length };
    if (byGroup) {
      const group = await causeGroup(tx, cause);
      await audit(tx, actorId, 'charity.cause_reported_by_group', cause, { ...facts, groupId: cause.groupId, group: group?.name ?? '' });
    } else await audit(tx, actorId, 'charity.cause_reported', cause, facts);
    return report!;
  });
}
