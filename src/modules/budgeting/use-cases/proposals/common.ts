import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../../../../core/db/client.js';
import { fileFacts } from '../../../../core/files/files.js';
import { emitEvent, type EventDefinition } from '../../../../core/jobs/events.js';
import type { ProposalRow } from '../../db/proposal-queries.js';
import { pbProposalPhotos } from '../../db/schema.js';
import { maxProposalPhotos } from '../../domain/proposal-rules.js';
import type { proposalFacts } from '../../events.js';
import { proposalPath, proposalType, ruleError } from '../cycles/common.js';

/** Uploaded photos are usable for this long before they must be attached. */
const photoMaxAgeHours = 48;
/** Photos go through the shared upload route (`POST /api/uploads/photos`), which stores them with this purpose. */
const uploadPurpose = 'report_photo';

/**
 * Checks photos a person attaches to a proposal: uploaded by them in the last two days, each once, not
 * on another proposal, at most five. 400 naming `photoIds` otherwise.
 */
export async function checkProposalPhotos(tx: Executor, userId: string, ids: string[], proposalId: string | null, now: Date): Promise<void> {
  if (!ids.length) return;
  if (ids.length > maxProposalPhotos) throw ruleError({ field: 'photoIds', code: 'proposal_photos_too_many', params: { max: maxProposalPhotos } });
  if (new Set(ids).size !== ids.length) throw ruleError({ field: 'photoIds', code: 'proposal_photo_unknown' });
  const facts = new Map((await fileFacts(tx, ids)).map((f) => [f.id, f]));
  const linked = await tx
    .select({ proposalId: pbProposalPhotos.proposalId, fileId: pbProposalPhotos.fileId })
    .from(pbProposalPhotos)
    .where(inArray(pbProposalPhotos.fileId, ids));
  const mine = new Set(linked.filter((l) => l.proposalId === proposalId).map((l) => l.fileId));
  for (const id of ids) {
    if (mine.has(id)) continue;
    const f = facts.get(id);
    if (!f || f.purpose !== uploadPurpose || f.uploadedBy !== userId || f.createdAt.getTime() < now.getTime() - photoMaxAgeHours * 3600_000) {
      throw ruleError({ field: 'photoIds', code: 'proposal_photo_unknown' });
    }
  }
  if (linked.some((l) => l.proposalId !== proposalId)) throw ruleError({ field: 'photoIds', code: 'proposal_photo_unknown' });
}

/** Replaces a proposal's photos with these, in order. */
export async function setProposalPhotos(tx: Executor, proposalId: string, ids: string[]): Promise<void> {
  await tx.delete(pbProposalPhotos).where(eq(pbProposalPhotos.proposalId, proposalId));
  if (ids.length) await tx.insert(pbProposalPhotos).values(ids.map((fileId, position) => ({ proposalId, fileId, position })));
}

type ProposalFactsInput = z.input<typeof proposalFacts>;
/** What an event adds to the facts every proposal event carries. */
type ExtraFacts<S extends z.ZodType> = Omit<z.input<S>, keyof ProposalFactsInput>;

/** Emits a proposal's domain event (see events.ts) in the caller's transaction, with the facts every proposal event carries. */
export async function emitProposalEvent<S extends z.ZodType>(
  tx: Executor,
  def: EventDefinition<string, S>,
  actorId: string | null,
  row: ProposalRow,
  ...[extra]: object extends ExtraFacts<S> ? [extra?: ExtraFacts<S>] : [extra: ExtraFacts<S>]
): Promise<void> {
  const facts: ProposalFactsInput = { number: row.number, title: row.title, path: proposalPath(row.number), status: row.status, authorId: row.authorId };
  await emitEvent(tx, def, { actorId, entityType: proposalType, entityId: String(row.number), data: { ...facts, ...extra } as z.input<S> });
}
