import { and, asc, desc, eq, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import type { ModerationState } from '../../../core/module/entities.js';
import type { FlagReason } from '../domain/case-rules.js';
import { flags, forbiddenWords, moderationCases } from './schema.js';

export type CaseRow = typeof moderationCases.$inferSelect;
export type CaseKey = { entityType: string; entityId: string };

/** The forbidden words, alphabetically. */
export async function selectForbiddenWords(db: Executor) {
  return db.select({ word: forbiddenWords.word, addedAt: forbiddenWords.addedAt }).from(forbiddenWords).orderBy(asc(forbiddenWords.word));
}

/** Makes the list exactly `words` (already normalized); returns what was added and removed. */
export async function replaceForbiddenWords(tx: Executor, words: string[], actorId: string | null): Promise<{ added: string[]; removed: string[] }> {
  const before = new Set((await tx.select({ word: forbiddenWords.word }).from(forbiddenWords)).map((r) => r.word));
  const removed = [...before].filter((w) => !words.includes(w));
  const added = words.filter((w) => !before.has(w));
  if (removed.length) await tx.delete(forbiddenWords).where(words.length ? notInArray(forbiddenWords.word, words) : undefined);
  if (added.length)
    await tx
      .insert(forbiddenWords)
      .values(added.map((word) => ({ word, addedBy: actorId })))
      .onConflictDoNothing();
  return { added, removed };
}

/** Records one person's flag; false when they had already flagged this content (the unique key decides). */
export async function insertFlag(tx: Executor, flag: CaseKey & { userId: string; reason: FlagReason; note: string | null }): Promise<boolean> {
  const rows = await tx.insert(flags).values(flag).onConflictDoNothing().returning({ id: flags.id });
  return rows.length > 0;
}

/**
 * Opens (or reopens) the flagged case of the content and counts one more flag. The upsert locks the
 * case row, so concurrent flags count one after another and exactly one of them reaches the threshold.
 */
export async function countFlagOnCase(tx: Executor, key: CaseKey & { authorId: string | null; state: ModerationState }): Promise<CaseRow> {
  const [row] = await tx
    .insert(moderationCases)
    .values({ ...key, cause: 'flagged', state: key.state, flagCount: 1 })
    .onConflictDoUpdate({
      target: [moderationCases.entityType, moderationCases.entityId],
      set: {
        flagCount: sql`${moderationCases.flagCount} + 1`,
        cause: sql`case when ${moderationCases.status} = 'closed' then 'flagged' else ${moderationCases.cause} end`,
        openedAt: sql`case when ${moderationCases.status} = 'closed' then now() else ${moderationCases.openedAt} end`,
        status: 'open',
      },
    })
    .returning();
  return row!;
}

/** Opens (or reopens) a case for content the forbidden-words screen held. */
export async function upsertHeldCase(tx: Executor, key: CaseKey & { authorId: string | null; words: string[] }): Promise<void> {
  const matchedWords = key.words.join(',');
  await tx
    .insert(moderationCases)
    .values({ entityType: key.entityType, entityId: key.entityId, authorId: key.authorId, cause: 'held', state: 'held', matchedWords })
    .onConflictDoUpdate({
      target: [moderationCases.entityType, moderationCases.entityId],
      set: {
        cause: 'held',
        state: 'held',
        matchedWords,
        openedAt: sql`case when ${moderationCases.status} = 'closed' then now() else ${moderationCases.openedAt} end`,
        status: 'open',
      },
    });
}

/** One case, locked for the caller's transaction when `lock` is set. */
export async function findCase(tx: Executor, key: CaseKey, lock = false): Promise<CaseRow | undefined> {
  const q = tx
    .select()
    .from(moderationCases)
    .where(and(eq(moderationCases.entityType, key.entityType), eq(moderationCases.entityId, key.entityId)))
    .limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** Creates an empty case when a moderator acts on content nobody flagged. */
export async function ensureCase(tx: Executor, key: CaseKey & { authorId: string | null; state: ModerationState }): Promise<void> {
  await tx
    .insert(moderationCases)
    .values({ ...key, cause: 'flagged', state: key.state })
    .onConflictDoNothing();
}

export async function updateCase(tx: Executor, key: CaseKey, set: Partial<Omit<CaseRow, 'entityType' | 'entityId'>>): Promise<CaseRow> {
  const [row] = await tx
    .update(moderationCases)
    .set(set)
    .where(and(eq(moderationCases.entityType, key.entityType), eq(moderationCases.entityId, key.entityId)))
    .returning();
  return row!;
}

export interface QueueFilter {
  status: 'open' | 'closed';
  cause?: 'flagged' | 'held' | undefined;
}

function queueWhere(f: QueueFilter): SQL | undefined {
  return and(eq(moderationCases.status, f.status), f.cause ? eq(moderationCases.cause, f.cause) : undefined);
}

/** Open cases oldest first (work through them in order); closed ones most recently decided first. */
function queueOrder(f: QueueFilter) {
  return f.status === 'open'
    ? [asc(moderationCases.openedAt), asc(moderationCases.entityId)]
    : [desc(moderationCases.decidedAt), desc(moderationCases.entityId)];
}

/** One page of the queue and its total. */
export async function queuePage(db: Executor, f: QueueFilter, limit: number, offset: number): Promise<{ rows: CaseRow[]; total: number }> {
  const where = queueWhere(f);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(moderationCases)
      .where(where)
      .orderBy(...queueOrder(f))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(moderationCases)
      .where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** Every case of the queue in order (district moderators' queues are filtered by the content's district). */
export async function queueAll(db: Executor, f: QueueFilter, cap: number): Promise<CaseRow[]> {
  return db
    .select()
    .from(moderationCases)
    .where(queueWhere(f))
    .orderBy(...queueOrder(f))
    .limit(cap);
}

/** Per content: how many flags of each reason, and the notes people wrote (newest first; never who wrote them). */
export async function flagStats(db: Executor, keys: CaseKey[]): Promise<Map<string, { reasons: { reason: FlagReason; count: number }[]; notes: string[] }>> {
  const out = new Map<string, { reasons: { reason: FlagReason; count: number }[]; notes: string[] }>();
  if (!keys.length) return out;
  const byKey = (k: CaseKey) => `${k.entityType}:${k.entityId}`;
  for (const k of keys) out.set(byKey(k), { reasons: [], notes: [] });
  const types = [...new Set(keys.map((k) => k.entityType))];
  const ids = [...new Set(keys.map((k) => k.entityId))];
  const rows = await db
    .select({ entityType: flags.entityType, entityId: flags.entityId, reason: flags.reason, note: flags.note })
    .from(flags)
    .where(and(inArray(flags.entityType, types), inArray(flags.entityId, ids)))
    .orderBy(desc(flags.createdAt));
  for (const r of rows) {
    const entry = out.get(byKey(r));
    if (!entry) continue;
    const reason = entry.reasons.find((x) => x.reason === r.reason);
    if (reason) reason.count++;
    else entry.reasons.push({ reason: r.reason, count: 1 });
    if (r.note) entry.notes.push(r.note);
  }
  for (const entry of out.values()) entry.reasons.sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return out;
}
