import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { imageRefusal, processImage, readFileBytes, storeImage, type FileFacts, type ImageProblem } from '../../../../core/files/files.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { reportsOfFile } from '../../db/report-queries.js';
import { canSeePhoto, canUploadPhoto, isPublicPhoto, type PhotoFacts } from '../../policy.js';
import { factsOf, reportPhotoPurpose } from './common.js';

/** The refusal for an upload that is not a usable photo. */
export function photoProblem(problem: ImageProblem, format?: string): AppError {
  return imageRefusal('report_photo', problem, format);
}

/**
 * Stores an uploaded photo for a report or an answer, processed (auto-rotated, at most 1600 px, WebP,
 * metadata such as GPS stripped, a 320 px preview). Its own transaction: the photo waits, owned by
 * the uploader, until a filing attaches it (within a day).
 */
export async function uploadPhoto(ctx: ModuleContext, actor: Actor, input: Buffer): Promise<FileFacts> {
  authorize(actor, canUploadPhoto(actor));
  const result = await processImage(input);
  if (!result.ok) throw photoProblem(result.problem, result.format);
  return storeImage(ctx.database.db, { purpose: reportPhotoPurpose, uploadedBy: actor.userId, image: result.image });
}

/**
 * A stored photo's bytes for this caller: their own uploads; photos of reports they may see (an
 * answer's photos once the answer is published, or for the staff). 404 otherwise. `shared` says
 * whether caches may keep it for everyone.
 */
export async function readPhoto(
  ctx: ModuleContext,
  actor: Actor,
  fileId: string,
  variant: 'full' | 'thumb',
): Promise<{ data: Buffer; contentType: string; shared: boolean }> {
  const db = ctx.database.db;
  const file = await readFileBytes(db, fileId, variant);
  if (!file || file.facts.purpose !== reportPhotoPurpose) throw new AppError(404, 'report_file_not_found');
  const photo: PhotoFacts = {
    uploadedBy: file.facts.uploadedBy,
    uses: (await reportsOfFile(db, fileId)).map(({ report, stage }) => ({ report: factsOf(report), stage })),
  };
  authorize(actor, canSeePhoto(actor, photo));
  return { data: file.data, contentType: file.facts.contentType, shared: isPublicPhoto(photo) };
}
