import type { EntityKind, EntityRegistry } from '../../../../core/module/entities.js';

/** The proposal entity kind: comments, follows, flags, share previews (helper C). */
export function proposalEntities(_registry: EntityRegistry): EntityKind[] {
  return [];
}
