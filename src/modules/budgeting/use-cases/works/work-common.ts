import { fileFacts } from '../../../../core/files/files.js';
import type { Executor } from '../../../../core/db/client.js';
import { fieldError } from '../../../../core/http/errors.js';
import { usedWorkPhotos } from '../../db/work-queries.js';
import { workPhotosMax, type WorkUpdateProblem } from '../../domain/work-rules.js';

/** Photos go through the shared upload route (`POST /api/uploads/photos`), which stores them with this purpose. */
const uploadPurpose = 'report_photo';
/** Uploaded photos are usable for this long before they must be attached. */
const photoMaxAgeHours = 48;

/** The 400 for a rule of an update, naming the field (`works_update_empty` → message `works.update_empty`). */
export const workRuleError = (p: WorkUpdateProblem) => fieldError(p.field, p.code.replace(/^works_/, 'works.'));

/**
 * Checks photos an official attaches to an update: uploaded by them in the last two days, each once, not
 * already in a work's history, at most six. 400 naming `photoIds` otherwise.
 */
export async function checkWorkPhotos(tx: Executor, userId: string, ids: string[], now: Date): Promise<void> {
  if (!ids.length) return;
  if (ids.length > workPhotosMax) throw fieldError('photoIds', 'works.photos_too_many', { max: workPhotosMax });
  if (new Set(ids).size !== ids.length) throw fieldError('photoIds', 'works.photo_used');
  const facts = new Map((await fileFacts(tx, ids)).map((f) => [f.id, f]));
  for (const id of ids) {
    const f = facts.get(id);
    if (!f || f.purpose !== uploadPurpose || f.uploadedBy !== userId || f.createdAt.getTime() < now.getTime() - photoMaxAgeHours * 3600_000)
      throw fieldError('photoIds', 'works.photo_unknown');
  }
  if ((await usedWorkPhotos(tx, ids)).size) throw fieldError('photoIds', 'works.photo_used');
}
