import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { findDiscussion, type DiscussionRow } from '../db/queries.js';
import { canReadDiscussion } from '../policy.js';
import { authorsOf, type Person } from './authors.js';

/** One discussion; hidden or held ones only for their author and moderators (404 to everyone else). */
export async function getDiscussion(ctx: ModuleContext, actor: Actor, id: string): Promise<{ row: DiscussionRow; author: Person }> {
  const db = ctx.database.db;
  const row = await findDiscussion(db, id);
  if (!row) throw new AppError(404, 'discussion_not_found');
  authorize(actor, canReadDiscussion(actor, row));
  const authors = await authorsOf(db, [row]);
  return { row, author: authors.get(row.id)! };
}
