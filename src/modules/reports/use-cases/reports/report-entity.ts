import type { EntityKind, EntityRegistry } from '../../../../core/module/entities.js';

/** The `report` entity kind (comments, follows, moderation, share previews). */
export function reportEntities(_registry: EntityRegistry): EntityKind[] {
  return [];
}
