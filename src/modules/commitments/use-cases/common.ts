import type { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import { emitEvent, type EventDefinition } from '../../../core/jobs/events.js';
import { localDay } from '../../../core/time/calendar.js';
import { commitmentEntries, commitments } from '../db/schema.js';
import type { commitmentEntryKinds } from '../domain/commitments.js';
import type { commitmentFacts } from '../events.js';

export type CommitmentRow = typeof commitments.$inferSelect;

/** The entity kind (comments, follows, notifications) and its id: the public number as a string. */
export const commitmentType = 'commitment';
export const commitmentPath = (number: number) => `/commitments/${number}`;

/** The city-local day of an instant (what due dates are compared with). */
export const cityToday = (now: Date, timeZone: string) => localDay(now, timeZone);

/** A commitment by its number (locked for update when asked), or a 404. */
export async function requireCommitment(db: Executor, number: number, opts: { forUpdate?: boolean } = {}): Promise<CommitmentRow> {
  const q = db.select().from(commitments).where(eq(commitments.number, number));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  if (!row) throw new AppError(404, 'commitment_not_found', { number });
  return row;
}

/** Appends an entry to the public history with the commitment's figures after it. */
export async function addEntry(
  tx: Executor,
  row: Pick<CommitmentRow, 'id' | 'stage' | 'percent' | 'spent'>,
  kind: (typeof commitmentEntryKinds)[number],
  entry: { authorId: string | null; note?: string; photoIds?: string[]; spent?: string | null; at: Date },
): Promise<string> {
  const [e] = await tx
    .insert(commitmentEntries)
    .values({
      commitmentId: row.id,
      kind,
      authorId: entry.authorId,
      stage: row.stage,
      percent: row.percent,
      spent: entry.spent === undefined ? null : entry.spent,
      note: entry.note ?? '',
      photoIds: entry.photoIds ?? [],
      at: entry.at,
    })
    .returning({ id: commitmentEntries.id });
  return e!.id;
}

type FactsInput = z.input<typeof commitmentFacts>;
type ExtraFacts<S extends z.ZodType> = Omit<z.input<S>, keyof FactsInput>;

/** Emits a commitment's domain event in the caller's transaction, with the facts every commitment event carries. */
export async function emitCommitmentEvent<S extends z.ZodType>(
  tx: Executor,
  def: EventDefinition<string, S>,
  actorId: string | null,
  row: CommitmentRow,
  ...[extra]: object extends ExtraFacts<S> ? [extra?: ExtraFacts<S>] : [extra: ExtraFacts<S>]
): Promise<void> {
  const facts: FactsInput = {
    number: row.number,
    title: row.title,
    path: commitmentPath(row.number),
    departmentId: row.departmentId,
    sourceType: row.sourceType,
    sourceId: row.sourceId,
    dueOn: row.dueOn,
  };
  await emitEvent(tx, def, { actorId, entityType: commitmentType, entityId: String(row.number), data: { ...facts, ...extra } as z.input<S> });
}
