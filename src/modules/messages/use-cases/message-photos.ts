import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { readFileBytes } from '../../../core/files/files.js';
import type { ImageToSend } from '../../../core/http/send-image.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { conversationMessages } from '../db/schema.js';
import { loadConversation } from './common.js';

/** A photo of a visible message, for those who may read its conversation (404 otherwise); never kept by shared caches. */
export async function readMessagePhoto(
  ctx: ModuleContext,
  actor: Actor,
  conversationId: string,
  fileId: string,
  variant: 'full' | 'thumb',
): Promise<ImageToSend> {
  const db = ctx.database.db;
  const c = await loadConversation(db, actor, conversationId);
  const [on] = await db
    .select({ id: conversationMessages.id })
    .from(conversationMessages)
    .where(
      and(
        eq(conversationMessages.conversationId, c.row.id),
        eq(conversationMessages.moderation, 'visible'),
        sql`${fileId}::uuid = any(${conversationMessages.photoFileIds})`,
      ),
    )
    .limit(1);
  const file = on ? await readFileBytes(db, fileId, variant) : undefined;
  if (!file) throw new AppError(404, 'message_photo_not_found');
  return { data: file.data, contentType: file.facts.contentType, shared: false };
}
