import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { findDiscussion } from '../db/queries.js';
import { canReadDiscussion } from '../policy.js';
import { shown, type ShownDiscussion } from './authors.js';
import { readableHost } from './common.js';

/**
 * One discussion; hidden or held ones only for their author and moderators, a members-only community's only for its
 * members and the city's moderators (404 to everyone else).
 */
export async function getDiscussion(ctx: ModuleContext, actor: Actor, id: string): Promise<ShownDiscussion> {
  const db = ctx.database.db;
  const row = await findDiscussion(db, id);
  if (!row) throw new AppError(404, 'discussion_not_found');
  authorize(actor, canReadDiscussion(actor, row));
  await readableHost(db, actor, row);
  const [one] = await shown(db, [row]);
  return one!;
}
