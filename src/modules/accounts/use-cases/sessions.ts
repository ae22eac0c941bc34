import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Executor, Db } from '../../../core/db/client.js';
import { preparedOnce } from '../../../core/db/prepared.js';
import type { RoleGrant, UserActor } from '../../../core/auth/actor.js';
import { newToken, tokenHash } from '../../../core/auth/session-token.js';
import { defaultLanguage, isLanguage } from '../../../core/i18n/i18n.js';
import { roleGrants, sessions, users } from '../db/schema.js';
import { isBlockedNow, sessionTouchMs, sessionTtlMs } from '../domain/account-rules.js';

/** Starts a session for a user; returns the cookie token (only its hash is stored) and the CSRF token. */
export async function startSession(
  db: Executor,
  userId: string,
  userAgent: string | undefined,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + sessionTtlMs);
  await db.insert(sessions).values({ tokenHash: tokenHash(token), userId, csrfToken, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null });
  return { token, csrfToken, expiresAt };
}

/** Ends one session. */
export async function endSession(db: Executor, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
}

/** Ends every session of a user (password reset, blocking). */
export async function endAllSessions(db: Executor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Ends every session of a user but the one with this cookie token (a password change keeps the browser that made it signed in). */
export async function endOtherSessions(db: Executor, userId: string, keepToken: string | undefined): Promise<void> {
  if (!keepToken) return endAllSessions(db, userId);
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, tokenHash(keepToken))));
}

/**
 * Resolves a session cookie to the acting user, sliding its expiry forward (at most one write per
 * ten minutes). Null for an unknown, expired or blocked session.
 */
export async function resolveSession(db: Db, token: string): Promise<{ actor: UserActor; csrfToken: string } | null> {
  const now = new Date();
  const hash = tokenHash(token);
  // a prepared statement: this runs on every signed-in request, so it is planned once per connection
  const statement = preparedOnce(db, 'accounts_session_actor', '', (name) =>
    db
      .select({
        userId: users.id,
        displayName: users.displayName,
        verification: users.verification,
        language: users.language,
        districtId: users.districtId,
        blockedAt: users.blockedAt,
        blockedUntil: users.blockedUntil,
        csrfToken: sessions.csrfToken,
        lastSeenAt: sessions.lastSeenAt,
        // the roles come in the same query
        roles: sql<
          RoleGrant[]
        >`coalesce((select json_agg(json_build_object('role', g.role, 'scopeType', g.scope_type, 'scopeId', g.scope_id) order by g.granted_at)
          from ${roleGrants} g where g.user_id = ${users.id}), '[]'::json)`,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, sql.placeholder('hash')), sql`${sessions.expiresAt} > ${sql.placeholder('now')}::timestamptz`))
      .limit(1)
      .prepare(name),
  );
  const [row] = await statement.execute({ hash, now: now.toISOString() });
  if (!row || isBlockedNow(row, now)) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > sessionTouchMs) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + sessionTtlMs) })
      .where(eq(sessions.tokenHash, hash));
  }
  return {
    csrfToken: row.csrfToken,
    actor: {
      kind: 'user',
      userId: row.userId,
      displayName: row.displayName,
      verification: row.verification,
      language: isLanguage(row.language) ? row.language : defaultLanguage(),
      districtId: row.districtId,
      roles: row.roles,
    },
  };
}

/** Deletes expired sessions; returns how many. */
export async function purgeExpiredSessions(db: Db): Promise<number> {
  const res = await db
    .delete(sessions)
    .where(lt(sessions.expiresAt, sql`now()`))
    .returning({ h: sessions.tokenHash });
  return res.length;
}
