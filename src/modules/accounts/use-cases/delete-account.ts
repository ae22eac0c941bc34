import crypto from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { verifyPassword } from '../../../core/auth/passwords.js';
import { appendAudit } from '../../../core/audit/audit.js';
import type { Executor } from '../../../core/db/client.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import { enqueueJob } from '../../../core/jobs/jobs.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { identityHeldUntil, type ContentChoice } from '../../../core/module/personal-data.js';
import { findUserById } from '../db/queries.js';
import { deletionCodeTtlMs } from '../domain/account-rules.js';
import { roleGrants, users } from '../db/schema.js';
import { canDeleteOwnAccount, canUseOwnAccount } from '../policy.js';
import { consumeCode, sendCodeMail } from './common.js';

/**
 * Sends the signed-in person a one-time code confirming their account's deletion, to the account's e-mail (valid
 * 15 minutes; a new one voids the older). Only for an account without a password (made through an identity provider):
 * re-authentication by the mailbox, which could reset the password anyway, so it proves no less than the password
 * would. 401 without a session, 409 `deletion_needs_password` for an account with a password.
 */
export async function requestDeletionCode(ctx: ModuleContext, actor: Actor): Promise<{ sentTo: string; expiresAt: Date }> {
  authorize(actor, canUseOwnAccount(actor));
  const user = await findUserById(ctx.database.db, actor.userId);
  if (!user || user.deletedAt) throw new AppError(404, 'user_not_found');
  if (user.hasPassword) throw new AppError(409, 'deletion_needs_password');
  const expiresAt = await ctx.database.db.transaction((tx) => sendCodeMail(tx, user, 'delete_account', deletionCodeTtlMs));
  void ctx.mailer.flush();
  return { sentTo: user.email, expiresAt };
}

/**
 * The signed-in person deletes their own account, confirming it (re-authentication), in ONE transaction: the person's
 * row locked first (a ballot or poll response being written holds a key-share lock on it, see livingPersonSql, so it
 * commits before and is anonymised here, or waits and is refused), then every module erases its part by the person's
 * choice for content (kept anonymised or removed), and the deletion is audited with an opaque reference only — no id,
 * name or address. Sessions end with it. Returns the reference (the person may keep it as proof). An account with a
 * password confirms with it; one without (made through an identity provider) with the code requestDeletionCode
 * mailed, taken in the same transaction (a refused deletion leaves it usable).
 * 401 without a session; 400 naming `password`: `password_required`, `wrong_password`; 400 naming `code`:
 * `code_required`, `code_invalid` (mistyped, replaced, or another account's), `code_expired`; 409 `last_administrator`.
 */
export async function deleteAccount(
  ctx: ModuleContext,
  actor: Actor,
  input: { password?: string | undefined; code?: string | undefined; content: ContentChoice },
  now = new Date(),
) {
  authorize(actor, canUseOwnAccount(actor));
  const user = await findUserById(ctx.database.db, actor.userId);
  if (!user || user.deletedAt) throw new AppError(404, 'user_not_found');
  if (user.hasPassword) {
    if (!input.password) throw fieldError('password', 'error.password_required', {}, 'password_required');
    if (!(await verifyPassword(user.passwordHash, input.password))) throw fieldError('password', 'error.wrong_password', {}, 'wrong_password');
  } else if (!input.code) throw fieldError('code', 'error.code_required', {}, 'code_required');
  const reference = crypto.randomUUID();
  await ctx.database.db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, actor.userId), isNull(users.deletedAt)))
      .for('update');
    if (!locked) throw new AppError(404, 'user_not_found');
    if (!user.hasPassword) await consumeCode(tx, actor.userId, input.code!, 'delete_account', 'code');
    // the city administrators' grants locked: two last administrators deleting at once are counted one after the other
    const admins = await tx
      .select({ userId: roleGrants.userId })
      .from(roleGrants)
      .where(and(eq(roleGrants.role, 'administrator'), eq(roleGrants.scopeType, 'city')))
      .for('update');
    const adminIds = admins.map((r) => r.userId);
    authorize(actor, canDeleteOwnAccount(actor, { isCityAdministrator: adminIds.includes(actor.userId), cityAdministrators: new Set(adminIds).size }));
    await eraseEverywhere(ctx, tx, actor.userId, input.content, now);
    // background reactions to what the person did just before (a follow of the thread they commented on, a
    // notification) may still be queued and run after this commits: the same erasure runs again once they have
    await enqueueJob(tx, { kind: eraseLateJobKind, payload: { userId: actor.userId, content: input.content }, runAt: new Date(now.getTime() + eraseLateMs) });
    await appendAudit(tx, { actorId: null, action: 'account.deleted', subjectType: 'account', subjectId: reference, data: { content: input.content } });
  });
  return { reference };
}

/** The background job that erases a deleted account's data again, after the reactions queued before its deletion ran. */
export const eraseLateJobKind = 'accounts.erase-late';
const eraseLateMs = 10 * 60_000;

/**
 * Every module's erasure of one person, in the caller's transaction (idempotent: running it again changes nothing
 * more). First, before any link is cut, until when the votes the person took part in stay open: their identity stays
 * spent that long (the verification module keeps its hash; the late run finds nothing more to hold and keeps it).
 */
async function eraseEverywhere(ctx: ModuleContext, tx: Executor, userId: string, content: ContentChoice, now: Date): Promise<void> {
  const heldUntil = await identityHeldUntil(ctx.personalData, tx, userId, now);
  for (const part of ctx.personalData) await part.erase(tx, userId, { content, entities: ctx.entities, now, identityHeldUntil: heldUntil });
}

/** The late erasure's run: only for an account that is deleted (its tombstone keeps the time it was deleted). */
export async function eraseLate(ctx: ModuleContext, payload: Record<string, unknown>): Promise<void> {
  const userId = String(payload.userId);
  const content: ContentChoice = payload.content === 'remove' ? 'remove' : 'anonymise';
  await ctx.database.db.transaction(async (tx) => {
    const [user] = await tx.select({ deletedAt: users.deletedAt }).from(users).where(eq(users.id, userId)).for('update');
    if (user?.deletedAt) await eraseEverywhere(ctx, tx, userId, content, user.deletedAt);
  });
}
