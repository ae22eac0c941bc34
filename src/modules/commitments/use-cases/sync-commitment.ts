import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../../core/audit/audit.js';
import type { Executor } from '../../../core/db/client.js';
import { commitments } from '../db/schema.js';
import { deliveredOnTime, type CommitmentSourceKind, type CommitmentStage } from '../domain/commitments.js';
import { commitmentDelivered } from '../events.js';
import { addEntry, cityToday, commitmentType, emitCommitmentEvent } from './common.js';

/** What a source that keeps its own progress (a budgeting work) reports, in its update's transaction. */
export interface SourceProgress {
  sourceType: CommitmentSourceKind;
  sourceId: string;
  stage: CommitmentStage;
  percent: number;
  spent: string | null;
  /** The day it was finished, when the source says (else today on the city's clock). */
  finishedOn: string | null;
  actorId: string | null;
  timeZone: string;
  now?: Date;
}

/**
 * For a commitment whose progress its source keeps (a work's updates are the one record of it): takes the source's
 * stage, percent and money IN THE SOURCE'S TRANSACTION, and its reaching `done` is the delivery (an entry, audited,
 * `commitment.delivered`). No commitment for the source: nothing happens (a work made before it had a department).
 */
export async function syncCommitmentFromSource(tx: Executor, p: SourceProgress): Promise<void> {
  const now = p.now ?? new Date();
  const where = and(eq(commitments.sourceType, p.sourceType), eq(commitments.sourceId, p.sourceId));
  const [row] = await tx.select().from(commitments).where(where).for('update');
  if (!row) return;
  const delivering = p.stage === 'done' && row.status !== 'delivered';
  const deliveredOn = p.finishedOn ?? cityToday(now, p.timeZone);
  const [u] = await tx
    .update(commitments)
    .set({
      stage: p.stage,
      percent: p.percent,
      spent: p.spent,
      updatedAt: now,
      ...(delivering ? { status: 'delivered' as const, deliveredOn, deliveredAt: now } : {}),
    })
    .where(eq(commitments.id, row.id))
    .returning();
  if (!delivering) return;
  const onTime = deliveredOnTime(u!);
  await addEntry(tx, u!, 'delivered', { authorId: p.actorId, at: now });
  await appendAudit(tx, {
    actorId: p.actorId,
    action: 'commitment.delivered',
    subjectType: commitmentType,
    subjectId: String(u!.number),
    data: { deliveredOn, onTime },
  });
  await emitCommitmentEvent(tx, commitmentDelivered, p.actorId, u!, { deliveredOn, onTime });
}
