import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { desc, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { defineEvent, emitEvent } from '../jobs/events.js';
import { canonicalJson, GENESIS, verifyAuditChain } from './audit.js';
import { auditCheckpoints, auditLog } from './schema.js';

/** What every signed message starts with, so a signature made for anything else never passes as a checkpoint. */
export const checkpointFormat = 'gorod-audit-checkpoint/1';
/** The private key's file under DATA_DIR when AUDIT_SIGNING_KEY is not set. */
export const signingKeyFile = 'audit-signing-key.pem';

/** One published checkpoint as anyone reads, mirrors and verifies it alone (the list's JSON and each JSONL line). */
export const checkpointSchema = z
  .object({
    id: z.number().int(),
    /** The position of the head entry it vouches for (0: the empty log). */
    seq: z.number().int(),
    /** That entry's hash. */
    hash: z.string(),
    /** How many entries the log had then. */
    entries: z.number().int(),
    at: z.string(),
    /** `start`, `daily`, `poll.closed`, `pb_heading.tallied`, … */
    reason: z.string(),
    /** The installation's address. */
    site: z.string(),
    /** Which key signed it: the first 16 hex digits of sha256 over the raw public key. */
    keyId: z.string(),
    /** Ed25519 over checkpointMessage(), base64. */
    signature: z.string(),
  })
  .meta({ id: 'AuditCheckpoint' });
export type Checkpoint = z.infer<typeof checkpointSchema>;

/** The exact bytes a checkpoint's signature covers: the canonical JSON of its facts (not its list id) and the format. */
export function checkpointMessage(c: Omit<Checkpoint, 'id' | 'signature'>): Buffer {
  const { seq, hash, entries, at, reason, site, keyId } = c;
  return Buffer.from(canonicalJson({ format: checkpointFormat, seq, hash, entries, at, reason, site, keyId }));
}

/** An installation's Ed25519 key pair (or only its public half, for verifying). */
export interface AuditKey {
  privateKey?: crypto.KeyObject;
  publicKey: crypto.KeyObject;
  keyId: string;
  /** The raw 32-byte public key in base64: what the site and the docs show. */
  publicKeyBase64: string;
  publicKeyPem: string;
}

function describeKey(publicKey: crypto.KeyObject, privateKey?: crypto.KeyObject): AuditKey {
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new Error('The audit signing key must be an Ed25519 key');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  return {
    privateKey,
    publicKey,
    keyId: crypto.createHash('sha256').update(raw).digest('hex').slice(0, 16),
    publicKeyBase64: raw.toString('base64'),
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

/** A private key from AUDIT_SIGNING_KEY or its file: PKCS#8 PEM, or the base64 of its DER form (one line, for env files). */
export function parsePrivateKey(text: string): AuditKey {
  const trimmed = text.trim();
  const key = trimmed.startsWith('-----BEGIN')
    ? crypto.createPrivateKey(trimmed)
    : crypto.createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' });
  return describeKey(crypto.createPublicKey(key), key);
}

/**
 * A public key as a watcher has it: SPKI PEM, the raw 32 bytes in base64 (what the site shows), or the JSON of
 * `GET /api/audit/public-key`. Throws on anything else.
 */
export function parsePublicKey(text: string): AuditKey {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return parsePublicKey(String((JSON.parse(trimmed) as { publicKey?: unknown }).publicKey ?? ''));
  if (trimmed.startsWith('-----BEGIN')) return describeKey(crypto.createPublicKey(trimmed));
  const raw = Buffer.from(trimmed, 'base64');
  if (raw.length !== 32) throw new Error('A public key is a PEM block or 32 bytes in base64');
  return describeKey(crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' }));
}

const loaded = new Map<string, AuditKey>();

/**
 * The installation's signing key: AUDIT_SIGNING_KEY when set (every process of a multi-process install must share
 * it), else `DATA_DIR/audit-signing-key.pem`, created with mode 0600 at first start when `create`. Null when there is
 * none and `create` is false (the CLI never makes one). The key never goes into the database: whoever owns the
 * database must not be able to sign a rewritten history.
 */
export function installationKey(config: { auditSigningKey?: string; dataDir: string }, create: boolean): AuditKey | null {
  if (config.auditSigningKey) return parsePrivateKey(config.auditSigningKey);
  const file = path.join(config.dataDir, signingKeyFile);
  const cached = loaded.get(file);
  if (cached) return cached;
  let pem: string;
  try {
    pem = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || !create) return null;
    const made = crypto.generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    fs.mkdirSync(config.dataDir, { recursive: true });
    try {
      // `wx`: a second process starting on the same folder at the same moment keeps the first one's key
      fs.writeFileSync(file, made, { mode: 0o600, flag: 'wx' });
      pem = made;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      pem = fs.readFileSync(file, 'utf8');
    }
  }
  const key = parsePrivateKey(pem);
  loaded.set(file, key);
  return key;
}

/** Checkpoints other modules may be told of: one was published (`audit_log`, `checkpoints`); followers get it by e-mail. */
export const auditCheckpointPublished = defineEvent(
  'audit.checkpoint_published',
  z.object({ seq: z.number().int(), hash: z.string(), entries: z.number().int(), reason: z.string(), keyId: z.string() }),
);
/** What people follow to hear of every checkpoint. */
export const checkpointsEntity = { entityType: 'audit_log', entityId: 'checkpoints' } as const;

/**
 * Signs the chain's committed head and stores the checkpoint; emits `audit.checkpoint_published`. Once per `eventId`
 * (a retried listener publishes nothing more). With `onlyIfMoved` (the daily one, the one at start) nothing is
 * published when the head has not moved since the last checkpoint, which still vouches for it. Returns the
 * checkpoint, or null when none was needed.
 */
export async function publishCheckpoint(
  db: Db,
  key: AuditKey,
  opts: { site: string; reason: string; eventId?: string; onlyIfMoved?: boolean },
): Promise<Checkpoint | null> {
  if (!key.privateKey) throw new Error('Publishing a checkpoint needs the private key');
  const privateKey = key.privateKey;
  return db.transaction(async (tx) => {
    if (opts.eventId) {
      const [done] = await tx.select({ id: auditCheckpoints.id }).from(auditCheckpoints).where(eq(auditCheckpoints.eventId, opts.eventId));
      if (done) return null;
    }
    const [head] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    const seq = head?.seq ?? 0;
    if (opts.onlyIfMoved) {
      const [last] = await tx.select({ seq: auditCheckpoints.seq }).from(auditCheckpoints).orderBy(desc(auditCheckpoints.id)).limit(1);
      if (last && last.seq === seq) return null;
    }
    const facts = { seq, hash: head?.hash ?? GENESIS, entries: seq, at: new Date().toISOString(), reason: opts.reason, site: opts.site, keyId: key.keyId };
    const signature = crypto.sign(null, checkpointMessage(facts), privateKey).toString('base64');
    const [row] = await tx
      .insert(auditCheckpoints)
      .values({ ...facts, at: new Date(facts.at), eventId: opts.eventId ?? null, signature })
      .returning({ id: auditCheckpoints.id });
    await emitEvent(tx, auditCheckpointPublished, {
      actorId: null,
      ...checkpointsEntity,
      data: { seq, hash: facts.hash, entries: seq, reason: opts.reason, keyId: key.keyId },
    });
    return { id: row!.id, ...facts, signature };
  });
}

/** Published checkpoints, newest first (`before` an id), or every one oldest first when `limit` is absent (the download). */
export async function listCheckpoints(db: Db, opts: { limit?: number; before?: number } = {}): Promise<Checkpoint[]> {
  const newestFirst = opts.limit !== undefined;
  const rows = await db
    .select()
    .from(auditCheckpoints)
    .where(opts.before ? lt(auditCheckpoints.id, opts.before) : undefined)
    .orderBy(newestFirst ? desc(auditCheckpoints.id) : auditCheckpoints.id)
    .limit(opts.limit ?? Number.MAX_SAFE_INTEGER);
  return rows.map(({ eventId: _eventId, ...r }) => ({ ...r, at: r.at.toISOString() }));
}

/** Whether one checkpoint is signed by one of these keys (matched by its keyId). */
export function isSignedBy(c: Checkpoint, keys: readonly AuditKey[]): boolean {
  const key = keys.find((k) => k.keyId === c.keyId);
  if (!key || typeof c.signature !== 'string') return false;
  return crypto.verify(null, checkpointMessage(c), key.publicKey, Buffer.from(c.signature, 'base64'));
}

export type CheckpointVerification =
  | { ok: true; entries: number; head: string; checkpoints: number }
  | { ok: false; entries: number; checkpoints: number; problem: string; brokenAt?: number; checkpoint?: { seq: number; at: string } };

const nameOf = (c: Checkpoint) => `the checkpoint of ${c.at} (entry ${c.seq})`;

/**
 * Proves the log still holds every published head: each checkpoint is signed by one of `keys`, the entry at its
 * position has exactly its hash, and the chain is intact from the first entry to the last. Catches a rewritten history
 * (every later hash recomputed, as a database owner could) and a cut tail, naming the checkpoint.
 */
export async function verifyCheckpoints(
  db: Db,
  checkpoints: readonly Checkpoint[],
  keys: readonly AuditKey[],
  onProgress?: (checked: number) => void,
): Promise<CheckpointVerification> {
  const count = checkpoints.length;
  for (const c of checkpoints) {
    if (!isSignedBy(c, keys)) {
      const problem = keys.some((k) => k.keyId === c.keyId)
        ? `${nameOf(c)} has a signature that does not match its facts: it is forged or was altered`
        : `${nameOf(c)} is signed by key ${c.keyId}, which is not the key given`;
      return { ok: false, entries: 0, checkpoints: count, problem, checkpoint: { seq: c.seq, at: c.at } };
    }
  }
  const pins = new Map<number, { hash: string; label: string }>();
  for (const c of checkpoints) {
    if (c.seq === 0) continue;
    const earlier = pins.get(c.seq);
    if (earlier && earlier.hash !== c.hash)
      return { ok: false, entries: 0, checkpoints: count, problem: `${nameOf(c)} and ${earlier.label} name different hashes for one entry`, checkpoint: c };
    pins.set(c.seq, { hash: c.hash, label: nameOf(c) });
  }
  const chain = await verifyAuditChain(db, onProgress, pins);
  if (!chain.ok) {
    const c = checkpoints.find((x) => x.seq === chain.brokenAt);
    return { ...chain, checkpoints: count, ...(c ? { checkpoint: { seq: c.seq, at: c.at } } : {}) };
  }
  const beyond = checkpoints.reduce<Checkpoint | null>((far, c) => (c.seq > chain.entries && (!far || c.seq > far.seq) ? c : far), null);
  if (beyond)
    return {
      ok: false,
      entries: chain.entries,
      checkpoints: count,
      brokenAt: chain.entries + 1,
      problem: `the log ends at entry ${chain.entries}, but ${nameOf(beyond)} vouches for entry ${beyond.seq}: the tail was cut`,
      checkpoint: { seq: beyond.seq, at: beyond.at },
    };
  return { ok: true, entries: chain.entries, head: chain.head, checkpoints: count };
}

/** Reads checkpoints as published: the JSONL download, a JSON array, or a page of `GET /api/audit/checkpoints`. */
export function parseCheckpoints(text: string): Checkpoint[] {
  try {
    const whole = JSON.parse(text) as Checkpoint[] | { items?: Checkpoint[] } | Checkpoint;
    return Array.isArray(whole) ? whole : 'items' in whole ? (whole.items ?? []) : [whole as Checkpoint];
  } catch {
    return text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Checkpoint);
  }
}
