import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../../core/audit/audit.js';
import { departments } from '../../../core/city/schema.js';
import type { Executor } from '../../../core/db/client.js';
import { fieldError } from '../../../core/http/errors.js';
import { calendarDays } from '../../../core/time/schema.js';
import { commitments } from '../db/schema.js';
import { dueDateProblem, type CommitmentSourceKind } from '../domain/commitments.js';
import { commitmentCreated } from '../events.js';
import { addEntry, cityToday, emitCommitmentEvent } from './common.js';

/** What a source module says when the city accepts something. */
export interface NewCommitment {
  /** The source's entity kind and its id there (the initiative's number, the proposal's number…): linked both ways. */
  sourceType: CommitmentSourceKind;
  sourceId: string;
  /** Which part of the source, when one source makes several (a priorities poll's direction); none by default. */
  sourcePart?: string;
  /** The source's title and what was promised, as the source gives them. */
  title: string;
  promise: string;
  /** Required: a missing one is a 400 naming `departmentId` / `dueOn`. */
  departmentId: string | null | undefined;
  dueOn: string | null | undefined;
  districtId?: string | null;
  lat?: number | null;
  lon?: number | null;
  /** Who accepted it (the official answering, the administrator); null for the platform itself. */
  actorId: string | null;
  timeZone: string;
  now?: Date;
}

/**
 * Refuses (400 naming `dueOn`) a due day in the past or off work on the city's calendar: for a source that names the
 * day before the acceptance that records it (a report's answer names it; its publication makes the commitment).
 */
export async function assertDueDay(db: Executor, dueOn: string, timeZone: string, now = new Date()): Promise<void> {
  // only the due day's entry matters to whether it is a working day
  const listed = await db.select({ day: calendarDays.day, kind: calendarDays.kind }).from(calendarDays).where(eq(calendarDays.day, dueOn));
  const problem = dueDateProblem(dueOn, cityToday(now, timeZone), new Map(listed.map((d) => [d.day, d.kind])));
  if (problem) throw fieldError('dueOn', problem);
}

/**
 * Refuses (400 naming `departmentId` / `dueOn`) what a commitment could not be made with: no department or an unknown
 * one, no due day, or one `assertDueDay` refuses. For a source that names them before the acceptance that records the
 * commitment (a binding poll, when it is made); `recordCommitment` checks the same.
 */
export async function checkCommitmentTerms(
  db: Executor,
  terms: { departmentId: string | null | undefined; dueOn: string | null | undefined },
  timeZone: string,
  now = new Date(),
): Promise<{ departmentId: string; dueOn: string }> {
  if (!terms.departmentId) throw fieldError('departmentId', 'commitments.department_required');
  if (!terms.dueOn) throw fieldError('dueOn', 'commitments.due_required');
  const [department] = await db.select({ id: departments.id }).from(departments).where(eq(departments.id, terms.departmentId));
  if (!department) throw fieldError('departmentId', 'commitments.department_unknown');
  await assertDueDay(db, terms.dueOn, timeZone, now);
  return { departmentId: terms.departmentId, dueOn: terms.dueOn };
}

/** The public number of the (first) commitment a source became, or null when it has none (yet). */
export async function commitmentNumberOf(db: Executor, sourceType: CommitmentSourceKind, sourceId: string): Promise<number | null> {
  const [row] = await db
    .select({ number: commitments.number })
    .from(commitments)
    .where(and(eq(commitments.sourceType, sourceType), eq(commitments.sourceId, sourceId)));
  return row?.number ?? null;
}

/**
 * Records a commitment IN THE CALLER'S TRANSACTION, the one that accepts the source, so an acceptance without its
 * commitment never commits. Refuses (400 naming the field, which rolls the acceptance back) a missing or unknown
 * department, a missing due date, a date in the past or a day off on the city's calendar. Audited; emits
 * `commitment.created` (the source's followers then follow it). Returns its public number.
 */
export async function recordCommitment(tx: Executor, input: NewCommitment): Promise<number> {
  const now = input.now ?? new Date();
  const { departmentId, dueOn } = await checkCommitmentTerms(tx, input, input.timeZone, now);
  const [row] = await tx
    .insert(commitments)
    .values({
      sourceType: input.sourceType,
      sourceId: input.sourceId,
      sourcePart: input.sourcePart ?? '',
      title: input.title,
      promise: input.promise,
      departmentId,
      dueOn,
      districtId: input.districtId ?? null,
      lat: input.lat ?? null,
      lon: input.lon ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const c = row!;
  await addEntry(tx, c, 'created', { authorId: input.actorId, at: now });
  await appendAudit(tx, {
    actorId: input.actorId,
    action: 'commitment.created',
    subjectType: 'commitment',
    subjectId: String(c.number),
    data: { sourceType: c.sourceType, sourceId: c.sourceId, departmentId: c.departmentId, dueOn: c.dueOn },
  });
  await emitCommitmentEvent(tx, commitmentCreated, input.actorId, c);
  return c.number;
}
