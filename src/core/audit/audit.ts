import crypto from 'node:crypto';
import { asc, desc, eq, gt, inArray, sql, and } from 'drizzle-orm';
import type { Executor, Db } from '../db/client.js';
import { auditLog } from './schema.js';
import type { AuditAction } from './sentences.js';

export interface AuditEntry {
  actorId: string | null;
  /** Verb in `subject.verb` form, e.g. `role.granted`; one of the actions a module declares with its sentence (sentences.ts). */
  action: AuditAction;
  subjectType: string;
  subjectId: string | null;
  /** What changed; no personal data (e-mails, phones) — the log is public. */
  data: Record<string, unknown>;
}

export const GENESIS = '0'.repeat(64);
// Serialises appends so that every entry links to the one before it (advisory lock key, arbitrary).
const AUDIT_LOCK = 7_240_212;

/** JSON with keys sorted at every level: the same value always hashes the same, whatever jsonb did to key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hash of one entry: sha256 over the previous hash and the entry's canonical form. */
export function entryHash(prevHash: string, e: Omit<AuditEntry, 'action'> & { action: string; seq: number; at: string }): string {
  const body = canonicalJson({ seq: e.seq, at: e.at, actorId: e.actorId, action: e.action, subjectType: e.subjectType, subjectId: e.subjectId, data: e.data });
  return crypto.createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * Appends an entry; call it inside the transaction of the privileged action it records, so the
 * action and its record commit or roll back together.
 */
export async function appendAudit(tx: Executor, entry: AuditEntry): Promise<{ seq: number; hash: string }> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const prevHash = last?.hash ?? GENESIS;
  const seq = (last?.seq ?? 0) + 1;
  const at = new Date().toISOString();
  const data = JSON.parse(JSON.stringify(entry.data)) as Record<string, unknown>;
  const hash = entryHash(prevHash, { ...entry, data, seq, at });
  await tx.insert(auditLog).values({
    seq,
    at: new Date(at),
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    data,
    prevHash,
    hash,
  });
  return { seq, hash };
}

export type VerifyResult = { ok: true; entries: number; head: string } | { ok: false; entries: number; brokenAt: number; problem: string };

/**
 * Walks the whole chain in order and reports the first entry whose link or content does not match, or (with `pins`,
 * the hashes signed checkpoints vouch for, by position) whose hash is not the one a checkpoint signed.
 */
export async function verifyAuditChain(
  db: Db,
  onProgress?: (checked: number) => void,
  pins?: ReadonlyMap<number, { hash: string; label: string }>,
): Promise<VerifyResult> {
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let checked = 0;
  const batch = 5000;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(batch);
    for (const row of rows) {
      if (row.seq !== expectedSeq)
        return { ok: false, entries: checked, brokenAt: expectedSeq, problem: `entry ${expectedSeq} is missing (next is ${row.seq})` };
      if (row.prevHash !== prevHash)
        return { ok: false, entries: checked, brokenAt: row.seq, problem: `entry ${row.seq} does not link to entry ${row.seq - 1}` };
      const at = row.at.toISOString();
      const recomputed = entryHash(prevHash, { ...row, at, data: row.data as Record<string, unknown> });
      if (recomputed !== row.hash) return { ok: false, entries: checked, brokenAt: row.seq, problem: `entry ${row.seq} was altered after it was written` };
      const pin = pins?.get(row.seq);
      if (pin && pin.hash !== row.hash)
        return {
          ok: false,
          entries: checked,
          brokenAt: row.seq,
          problem: `entry ${row.seq} is not the one ${pin.label} signed: the history up to it was rewritten`,
        };
      prevHash = row.hash;
      expectedSeq++;
      checked++;
    }
    onProgress?.(checked);
    if (rows.length < batch) return { ok: true, entries: checked, head: prevHash };
  }
}

/** Recent entries, newest first (public: entries hold no personal data). */
export async function listAudit(db: Db, opts: { limit: number; before?: number; subjectType?: string; subjectId?: string; actions?: string[] }) {
  const conds = [
    opts.actions ? inArray(auditLog.action, opts.actions.length ? opts.actions : ['']) : undefined,
    opts.before ? sql`${auditLog.seq} < ${opts.before}` : undefined,
    opts.subjectType ? eq(auditLog.subjectType, opts.subjectType) : undefined,
    opts.subjectId ? eq(auditLog.subjectId, opts.subjectId) : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select()
    .from(auditLog)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(auditLog.seq))
    .limit(opts.limit);
}
