import type { Executor } from '../../../core/db/client.js';
import { upsertHeldCase } from '../db/queries.js';

/**
 * Puts content the forbidden-words screen held into the moderators' queue. Call it in the
 * transaction that saved the content with moderation `held`; the words are those screenText found.
 */
export async function openHeldCase(tx: Executor, input: { entityType: string; entityId: string; authorId: string | null; words: string[] }): Promise<void> {
  await upsertHeldCase(tx, { entityType: input.entityType, entityId: input.entityId, authorId: input.authorId, words: input.words });
}
