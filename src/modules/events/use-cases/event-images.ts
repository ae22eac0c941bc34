import { eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/client.js';
import { readFileBytes, unattachableImage } from '../../../core/files/files.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { eventMinutes } from '../db/schema.js';
import { requireEvent, ruleError } from './common.js';

/** The site paths of a stored image of an event and of its preview. */
export const eventImagePaths = (eventId: string, fileId: string) => ({
  url: `/api/events/${eventId}/images/${fileId}`,
  thumbUrl: `/api/events/${eventId}/images/${fileId}/thumb`,
});

/**
 * Checks the images an organiser names: each must be their own recent upload through the shared photo upload
 * (`POST /api/uploads/photos`: JPEG, PNG, WebP or AVIF up to 10 MB, auto-rotated, at most 1600 px, WebP, metadata such
 * as GPS stripped, a 320 px preview), or one the event already shows (kept while editing). 400 naming the field
 * otherwise (`event_image_unknown`).
 */
export async function checkImages(
  tx: Executor,
  uploaderId: string,
  images: { field: string; fileId: string }[],
  kept: ReadonlySet<string>,
  now = new Date(),
): Promise<void> {
  const field = await unattachableImage(tx, uploaderId, images, kept, now);
  if (field) throw ruleError({ field, code: 'event_image_unknown' });
}

/**
 * An image of an event — its own, or a photo of its minutes — for anyone who may see the event (404 otherwise, and
 * for a file that is not on it). Shared caches may keep those of public events.
 */
export async function readEventImage(
  ctx: ModuleContext,
  actor: Actor,
  eventId: string,
  fileId: string,
  variant: 'full' | 'thumb',
): Promise<{ data: Buffer; contentType: string; shared: boolean }> {
  const db = ctx.database.db;
  const { row } = await requireEvent(db, actor, eventId);
  let on = row.imageFileId === fileId;
  if (!on) {
    const [minutes] = await db.select({ photos: eventMinutes.photoFileIds }).from(eventMinutes).where(eq(eventMinutes.eventId, row.id));
    on = !!minutes?.photos.includes(fileId);
  }
  const file = on ? await readFileBytes(db, fileId, variant) : undefined;
  if (!file) throw new AppError(404, 'event_image_not_found');
  return { data: file.data, contentType: file.facts.contentType, shared: row.moderation === 'visible' };
}
