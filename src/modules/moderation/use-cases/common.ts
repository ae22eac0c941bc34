import { AppError } from '../../../core/http/errors.js';
import type { EntityKind, EntitySummary } from '../../../core/module/entities.js';
import type { ModuleContext } from '../../../core/module/module.js';

/** True for PostgreSQL's "invalid input syntax" (22P02), e.g. a non-uuid id given to a uuid column. */
function isInvalidInput(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '22P02') return true;
  }
  return false;
}

/**
 * The kind and summary of content a moderation request names. 404 `unknown_entity_type` for a type
 * no module declares, 400 `not_flaggable` for a kind that cannot be moderated (it has no state to
 * set), 404 `entity_not_found` when nothing has this id.
 */
export async function requireModeratable(
  ctx: ModuleContext,
  type: string,
  id: string,
): Promise<{ kind: EntityKind & Required<Pick<EntityKind, 'setModeration'>>; summary: EntitySummary }> {
  const kind = ctx.entities.require(type);
  if (!kind.setModeration) throw new AppError(400, 'not_flaggable');
  let summary: EntitySummary | undefined;
  try {
    summary = (await kind.describe(ctx.database.db, [id])).get(id);
  } catch (err) {
    // an id that cannot be one of this kind's (not a uuid, say) names nothing
    if (!isInvalidInput(err)) throw err;
  }
  if (!summary) throw new AppError(404, 'entity_not_found');
  return { kind: kind as EntityKind & Required<Pick<EntityKind, 'setModeration'>>, summary };
}
