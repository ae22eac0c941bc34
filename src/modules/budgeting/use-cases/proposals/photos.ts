import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { readFileBytes } from '../../../../core/files/files.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { pbProposalPhotos } from '../../db/schema.js';
import { requireReadableProposal } from './read-proposals.js';

/** A proposal's photo for this caller (404 when the proposal is not theirs to see or the photo is not on it). */
export async function readProposalPhoto(
  ctx: ModuleContext,
  actor: Actor,
  number: number,
  fileId: string,
  variant: 'full' | 'thumb',
): Promise<{ data: Buffer; contentType: string; shared: boolean }> {
  const db = ctx.database.db;
  const { row } = await requireReadableProposal(db, actor, number);
  const [link] = await db
    .select()
    .from(pbProposalPhotos)
    .where(and(eq(pbProposalPhotos.proposalId, row.id), eq(pbProposalPhotos.fileId, fileId)));
  if (!link) throw new AppError(404, 'proposal_photo_not_found');
  const file = await readFileBytes(db, fileId, variant);
  if (!file) throw new AppError(404, 'proposal_photo_not_found');
  return { data: file.data, contentType: file.facts.contentType, shared: row.moderation === 'visible' };
}
