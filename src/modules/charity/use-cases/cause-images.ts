import { and, arrayContains, eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { readFileBytes } from '../../../core/files/files.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { causeReports } from '../db/schema.js';
import { canReadCause } from '../policy.js';
import { factsOf, findCause } from './causes.js';

/**
 * A cause's image and its reports' photos go through the shared photo upload (`POST /api/uploads/photos`: JPEG, PNG,
 * WebP or AVIF up to 10 MB, auto-rotated, at most 1600 px, WebP, metadata such as GPS stripped, a 320 px preview); the
 * cause names them by id and serves them at these paths.
 */
export const causeImagePaths = (causeId: string, fileId: string) => ({
  id: fileId,
  url: `/api/charity/causes/${causeId}/images/${fileId}`,
  thumbUrl: `/api/charity/causes/${causeId}/images/${fileId}/thumb`,
});

/**
 * A cause's image or a photo of one of its reports, for anyone who may see the cause (404 otherwise — a draft's images
 * too — and for a file that is not on it). Shared caches may keep those of public causes.
 */
export async function readCauseImage(
  ctx: ModuleContext,
  actor: Actor,
  causeId: string,
  fileId: string,
  variant: 'full' | 'thumb',
): Promise<{ data: Buffer; contentType: string; shared: boolean }> {
  const db = ctx.database.db;
  const row = await findCause(db, causeId);
  if (!row) throw new AppError(404, 'cause_not_found');
  authorize(actor, canReadCause(actor, factsOf(row)));
  let on = row.imageFileId === fileId;
  if (!on) {
    const [report] = await db
      .select({ id: causeReports.id })
      .from(causeReports)
      .where(and(eq(causeReports.causeId, causeId), arrayContains(causeReports.photoFileIds, [fileId])))
      .limit(1);
    on = !!report;
  }
  const file = on ? await readFileBytes(db, fileId, variant) : undefined;
  if (!file) throw new AppError(404, 'cause_image_not_found');
  return { data: file.data, contentType: file.facts.contentType, shared: row.state !== 'draft' && row.moderation === 'visible' };
}
