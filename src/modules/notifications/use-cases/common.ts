import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError } from '../../../core/http/errors.js';
import type { EntitySummary } from '../../../core/module/entities.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { canSeeEntity } from '../policy.js';

/** True for PostgreSQL's "invalid input syntax" (22P02), e.g. a non-uuid id given to a uuid column. */
function isInvalidInput(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '22P02') return true;
  }
  return false;
}

/**
 * The entity an address names, if this actor may see it. 404 `unknown_entity_type` for a type no
 * module declares; 404 `follow_target_not_found` when it does not exist or is hidden from the actor.
 */
export async function requireVisibleEntity(ctx: ModuleContext, actor: Actor, ref: { type: string; id: string }): Promise<EntitySummary> {
  const kind = ctx.entities.require(ref.type);
  let summary: EntitySummary | undefined;
  try {
    summary = (await kind.describe(ctx.database.db, [ref.id])).get(ref.id);
  } catch (err) {
    // an id that cannot be one of this kind's (not a uuid, say) names nothing
    if (!isInvalidInput(err)) throw err;
  }
  if (!summary) throw new AppError(404, 'follow_target_not_found');
  // a private thing (a message) exists only for who may read it
  if (kind.readableBy && (actor.kind !== 'user' || !(await kind.readableBy(ctx.database.db, ref.id, actor.userId))))
    throw new AppError(404, 'follow_target_not_found');
  authorize(actor, canSeeEntity(actor, summary));
  return summary;
}
