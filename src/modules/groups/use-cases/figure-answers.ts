import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { answersGivenBy, type AnswerGiven } from '../../reports/index.js';
import { canSeeFigureAnswers } from '../policy.js';
import { requireGroup } from './common.js';

/**
 * The answers to residents' reports that a verified public figure's person wrote as an official, as reports lists them
 * (published answers on public reports only, newest first, a page after `cursor`, with their count): the person's own
 * public record. 404 `group_not_found` for a group the caller may not see, `group_answers_not_found` for a page that is
 * not a verified public figure's; 400 `map_cursor_invalid` for a damaged cursor.
 */
export async function listFigureAnswers(
  ctx: ModuleContext,
  actor: Actor,
  groupId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: AnswerGiven[]; total: number; nextCursor: string | null }> {
  const db = ctx.database.db;
  const { group, me } = await requireGroup(db, actor, groupId);
  authorize(actor, canSeeFigureAnswers(actor, group, me));
  return answersGivenBy(db, group.createdBy, page);
}
