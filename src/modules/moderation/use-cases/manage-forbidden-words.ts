import { appendAudit } from '../../../core/audit/audit.js';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { fieldError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { maxForbiddenWords, maxWordLength, minWordLength, normalizeWordList } from '../domain/forbidden-words.js';
import { replaceForbiddenWords, selectForbiddenWords } from '../db/queries.js';
import { canManageForbiddenWords } from '../policy.js';
import { forgetForbiddenWords } from './screen-text.js';

/** The forbidden-words list, for city moderators and administrators. */
export async function listForbiddenWords(ctx: ModuleContext, actor: Actor) {
  authorize(actor, canManageForbiddenWords(actor));
  return selectForbiddenWords(ctx.database.db);
}

/** Replaces the forbidden-words list (normalized, de-duplicated); audited with what was added and removed. */
export async function replaceForbiddenWordList(ctx: ModuleContext, actor: Actor, words: string[]) {
  authorize(actor, canManageForbiddenWords(actor));
  const list = normalizeWordList(words);
  if (!list.ok) {
    throw fieldError('words', `moderation.word_${list.problem}`, { word: list.word, min: minWordLength, max: maxWordLength, count: maxForbiddenWords });
  }
  const db = ctx.database.db;
  await db.transaction(async (tx) => {
    const change = await replaceForbiddenWords(tx, list.words, actor.userId);
    if (change.added.length || change.removed.length) {
      await appendAudit(tx, {
        actorId: actor.userId,
        action: 'moderation.words_changed',
        subjectType: 'forbidden_words',
        subjectId: null,
        data: { added: change.added, removed: change.removed, total: list.words.length },
      });
    }
  });
  forgetForbiddenWords(db);
  return selectForbiddenWords(db);
}
