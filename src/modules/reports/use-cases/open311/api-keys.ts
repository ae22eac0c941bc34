import crypto from 'node:crypto';
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { appendAudit } from '../../../../core/audit/audit.js';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import type { Executor } from '../../../../core/db/client.js';
import { AppError, fieldError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { cleanName, textLength } from '../../../../core/text/text.js';
import { apiKeys } from '../../db/schema.js';
import { apiKeyNameLimits } from '../../domain/report-rules.js';
import { canManageApiKeys } from '../../policy-open311.js';

/** An API key as administrators see it (never the key itself, which only its creator sees, once). */
export type ApiKeyRow = typeof apiKeys.$inferSelect;

/** Who acts on keys: a signed-in person (checked by the policy), or the operator at the CLI (who holds the database anyway). */
export type KeyManager = Actor | 'operator';

const keyPrefix = 'gorod_';

/** The stored form of a key: its SHA-256 (a key is 256 random bits, so no slow hash is needed to resist guessing). */
export function hashApiKey(key: string): string {
  return crypto.createHash('sha256').update(key).digest('hex');
}

const actorId = (by: KeyManager) => (by !== 'operator' && by.kind === 'user' ? by.userId : null);

/** The name cleaned by the one text rule for names (the CLI passes what the operator typed), within its limits. */
function checkName(name: string): string {
  const clean = cleanName(name);
  if (textLength(clean) < apiKeyNameLimits.min) throw fieldError('name', 'field.required');
  if (textLength(clean) > apiKeyNameLimits.max) throw fieldError('name', 'field.too_long', { max: apiKeyNameLimits.max });
  return clean;
}

/**
 * Creates an API key for an Open311 client: returns the row and the key, which is stored only as a
 * hash and shown this once. Audited (name and prefix, never the key).
 */
export async function createApiKey(ctx: ModuleContext, by: KeyManager, name: string): Promise<{ row: ApiKeyRow; key: string }> {
  if (by !== 'operator') authorize(by, canManageApiKeys(by));
  const clean = checkName(name);
  const key = `${keyPrefix}${crypto.randomBytes(32).toString('base64url')}`;
  const row = await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({ name: clean, keyHash: hashApiKey(key), prefix: key.slice(0, keyPrefix.length + 6), createdBy: actorId(by) })
      .returning();
    await appendAudit(tx, {
      actorId: actorId(by),
      action: 'api_key.created',
      subjectType: 'api_key',
      subjectId: row!.id,
      data: { name: clean, prefix: row!.prefix },
    });
    return row!;
  });
  return { row, key };
}

/** Every key, newest first, revoked ones included (administrators). */
export async function listApiKeys(ctx: ModuleContext, by: KeyManager): Promise<ApiKeyRow[]> {
  if (by !== 'operator') authorize(by, canManageApiKeys(by));
  return ctx.database.db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Revokes a key at once (its client gets 403 from then on). Revoking a revoked key changes nothing. Audited. 404 for an unknown id. */
export async function revokeApiKey(ctx: ModuleContext, by: KeyManager, id: string): Promise<ApiKeyRow> {
  if (by !== 'operator') authorize(by, canManageApiKeys(by));
  if (!uuidPattern.test(id)) throw new AppError(404, 'open311_api_key_not_found');
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id)).for('update');
    if (!row) throw new AppError(404, 'open311_api_key_not_found');
    if (row.revokedAt) return row;
    const [revoked] = await tx.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, id)).returning();
    await appendAudit(tx, {
      actorId: actorId(by),
      action: 'api_key.revoked',
      subjectType: 'api_key',
      subjectId: id,
      data: { name: row.name, prefix: row.prefix },
    });
    return revoked!;
  });
}

/** The key a client sent, by its hash; undefined when none matches (revoked keys are found, so the answer can say so). */
export async function findApiKey(db: Executor, key: string): Promise<ApiKeyRow | undefined> {
  if (!key.startsWith(keyPrefix) || key.length > 200) return undefined;
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.keyHash, hashApiKey(key)))
    .limit(1);
  return row;
}

/** Notes that a key was used (at most one write a minute per key). */
export async function touchApiKey(db: Executor, id: string): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));
}
