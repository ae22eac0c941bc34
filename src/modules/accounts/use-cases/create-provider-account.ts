import crypto from 'node:crypto';
import { appendAudit } from '../../../core/audit/audit.js';
import { hashPassword } from '../../../core/auth/passwords.js';
import type { Executor } from '../../../core/db/client.js';
import type { Language } from '../../../core/i18n/i18n.js';
import { cleanName } from '../../../core/text/text.js';
import { users } from '../db/schema.js';
import { findUserByEmail } from '../db/queries.js';
import { displayNameLimits, normalizeEmail } from '../domain/account-rules.js';

export interface ProviderAccountInput {
  /** An address the identity provider vouches for (its `email_verified` claim was true). */
  email: string;
  displayName: string;
  language: Language;
  /** Which provider vouched, for the audit log (e.g. `oidc`). */
  via: string;
}

/**
 * Creates a confirmed account for a person an identity provider vouches for, in the caller's
 * transaction (so it disappears if the verification that follows fails). The password is the hash of
 * random bytes nobody knows: the person signs in through the provider, or sets a password with
 * "reset password" (until then `hasPassword` is false: a deletion is confirmed by a code sent by e-mail). Never takes over an existing account: an e-mail already in use comes back as
 * `{ ok: false, reason: 'email_taken' }`. Audited as `user.created`.
 */
export async function createProviderAccount(
  tx: Executor,
  input: ProviderAccountInput,
): Promise<{ ok: true; userId: string } | { ok: false; reason: 'email_taken' }> {
  const email = normalizeEmail(input.email);
  if (await findUserByEmail(tx, email)) return { ok: false, reason: 'email_taken' };
  // the provider's name, cleaned as a typed one would be and cut whole characters at the limit; too short: the e-mail's local part
  const given = [...cleanName(input.displayName)].slice(0, displayNameLimits.max).join('');
  const displayName = [...given].length >= displayNameLimits.min ? given : cleanName(email.split('@')[0]!);
  const passwordHash = await hashPassword(crypto.randomBytes(32).toString('base64url'));
  // a registration racing for the same address: the unique index keeps the first, this one is refused
  const [row] = await tx
    .insert(users)
    .values({ email, passwordHash, hasPassword: false, displayName, language: input.language, emailConfirmedAt: new Date(), verification: 'email' })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (!row) return { ok: false, reason: 'email_taken' };
  await appendAudit(tx, { actorId: row.id, action: 'user.created', subjectType: 'user', subjectId: row.id, data: { via: input.via } });
  return { ok: true, userId: row.id };
}
