import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Executor } from '../../../core/db/client.js';
import { newReceiptCode, receiptCodeHash } from '../../../core/auth/session-token.js';
import { AppError } from '../../../core/http/errors.js';
import { findPoll } from '../db/queries.js';
import { canReadPoll } from '../policy.js';

/** A poll with its questions; 404 when missing, or a draft for anyone but administrators. */
export async function requirePoll(db: Executor, actor: Actor, id: string) {
  const found = await findPoll(db, id);
  if (!found) throw new AppError(404, 'poll_not_found');
  authorize(actor, canReadPoll(actor, found.poll));
  return found;
}

export { newReceiptCode };

/** A receipt code as typed → the stored and published SHA-256. */
export const receiptHash = (code: string): string => receiptCodeHash('poll-receipt', code);
