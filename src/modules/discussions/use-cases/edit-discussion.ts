import { sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { queueSearchRefresh } from '../../../core/search/refresh.js';
import { openHeldCase, screenText } from '../../moderation/index.js';
import { discussions } from '../db/schema.js';
import { findDiscussion, updateDiscussion, type DiscussionRow } from '../db/queries.js';
import { canEditDiscussion, canReadDiscussion } from '../policy.js';
import { assertDistrictExists, checkedTags, discussionType, readableHost, screenedText } from './common.js';

export interface DiscussionChanges {
  title?: string | undefined;
  body?: string | undefined;
  districtId?: string | null | undefined;
  tags?: string[] | undefined;
}

/**
 * The author edits a discussion within 24 hours of opening it; it is marked edited. New text with a
 * forbidden word holds it for a moderator again. 404 when the caller may not see it, 403
 * `not_discussion_author`, 409 `discussion_edit_closed` after 24 hours, 400 for bad tags or district.
 */
export async function editDiscussion(ctx: ModuleContext, actor: Actor, id: string, changes: DiscussionChanges): Promise<DiscussionRow> {
  const db = ctx.database.db;
  const current = await findDiscussion(db, id);
  if (!current) throw new AppError(404, 'discussion_not_found');
  authorize(actor, canReadDiscussion(actor, current));
  await readableHost(db, actor, current);
  authorize(actor, canEditDiscussion(actor, current, new Date()));
  const tags = changes.tags === undefined ? undefined : checkedTags(changes.tags);
  if (changes.districtId !== undefined) await assertDistrictExists(db, changes.districtId);
  const next = {
    title: changes.title ?? current.title,
    body: changes.body ?? current.body,
    districtId: changes.districtId === undefined ? current.districtId : changes.districtId,
    tags: tags ?? current.tags,
  };
  const changed =
    next.title !== current.title || next.body !== current.body || next.districtId !== current.districtId || next.tags.join('\n') !== current.tags.join('\n');
  if (!changed) return current;
  // screened before the transaction: the screen reads the list outside it (one connection on PGlite)
  const words = await screenText(db, screenedText(next));
  return db.transaction(async (tx) => {
    // a discussion a moderator hid meanwhile stays hidden whatever the edit
    const hold = words.length ? { moderation: sql<'held' | 'hidden'>`case when ${discussions.moderation} = 'hidden' then 'hidden' else 'held' end` } : {};
    const row = await updateDiscussion(tx, id, { ...next, editedAt: new Date(), ...hold });
    if (row.moderation === 'held' && words.length) await openHeldCase(tx, { entityType: discussionType, entityId: id, authorId: row.authorId, words });
    await queueSearchRefresh(tx, discussionType, [id], { visible: row.moderation === 'visible' });
    return row;
  });
}
