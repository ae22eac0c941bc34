import type { Actor } from '../../../core/auth/actor.js';
import type { Tx } from '../../../core/db/client.js';
import { readFileBytes, unattachableImage } from '../../../core/files/files.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import type { FullPoll } from '../db/queries.js';
import { requirePoll } from './poll-common.js';
import type { ModuleContext } from '../../../core/module/module.js';

/** The images a poll's draft names: the poll's own, then each question's (field names as in the body). */
export function imagesOf(input: { imageFileId?: string | null; questions: { imageFileId?: string | null }[] }): { field: string; fileId: string }[] {
  const out: { field: string; fileId: string }[] = [];
  if (input.imageFileId) out.push({ field: 'imageFileId', fileId: input.imageFileId });
  for (const [i, q] of input.questions.entries()) if (q.imageFileId) out.push({ field: `questions.${i}.imageFileId`, fileId: q.imageFileId });
  return out;
}

/**
 * Checks the images of a draft: each must be a recent upload of `uploaderId` (the administrator writing it) through
 * the shared photo route (`POST /api/uploads/photos`), or already on this poll (kept while editing). 400 naming the
 * field otherwise.
 */
export async function checkPollImages(
  tx: Tx,
  uploaderId: string | null,
  images: { field: string; fileId: string }[],
  current: FullPoll | null,
  now = new Date(),
): Promise<void> {
  if (!images.length) return;
  const kept = new Set([current?.poll.imageFileId, ...(current?.questions.map((q) => q.imageFileId) ?? [])].filter((x): x is string => !!x));
  const field = uploaderId ? await unattachableImage(tx, uploaderId, images, kept, now) : (images.find((i) => !kept.has(i.fileId))?.field ?? null);
  if (field) throw fieldError(field, 'error.poll_image_unknown', {}, 'poll_image_unknown');
}

/** An image of a poll or of one of its questions (404 when the poll is not the caller's to see or the file is not on it). */
export async function readPollImage(
  ctx: ModuleContext,
  actor: Actor,
  pollId: string,
  fileId: string,
  variant: 'full' | 'thumb',
): Promise<{ data: Buffer; contentType: string; shared: boolean }> {
  const db = ctx.database.db;
  const found = await requirePoll(db, actor, pollId);
  const on = found.poll.imageFileId === fileId || found.questions.some((q) => q.imageFileId === fileId);
  if (!on) throw new AppError(404, 'poll_image_not_found');
  const file = await readFileBytes(db, fileId, variant);
  if (!file) throw new AppError(404, 'poll_image_not_found');
  return { data: file.data, contentType: file.facts.contentType, shared: !!found.poll.publishedAt };
}
