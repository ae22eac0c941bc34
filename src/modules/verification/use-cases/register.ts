import { createHmac } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../../core/audit/audit.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { districts } from '../../../core/city/schema.js';
import { AppError } from '../../../core/http/errors.js';
import { t, type Language } from '../../../core/i18n/i18n.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { normalizeDocumentNumber } from '../domain/identity.js';
import { parseRegisterCsv } from '../domain/register-csv.js';
import { residentRegister } from '../db/schema.js';
import { canAdministerVerification, canVerifySelf } from '../policy.js';
import { assertMethodEnabled, checkDocumentAndBirthDate, cityToday } from './common.js';
import { identityHash, identityPepper, recordVerification } from './record-verification.js';

export interface RegisterImportSummary {
  /** Non-empty data lines in the file. */
  lines: number;
  /** Rows written (new or updated). */
  imported: number;
  /** Lines left out, with the reason in the caller's language (at most 100). */
  problems: { line: number; message: string }[];
  /** Entries in the register after the import. */
  entries: number;
}

const batchSize = 1000;

/**
 * Imports the residents register from CSV (see domain/register-csv.ts): each document number is kept
 * only as its keyed hash, with district and birth date. `replace` first empties the register (a full
 * snapshot); otherwise entries are added or updated. One transaction; audited (counts only).
 * `actor` null means the command line.
 */
export async function importRegister(
  ctx: ModuleContext,
  actor: Actor | null,
  csv: string,
  opts: { replace: boolean; lang: Language },
  progress: Progress = () => {},
  now = new Date(),
): Promise<RegisterImportSummary> {
  if (actor) authorize(actor, canAdministerVerification(actor));
  const db = ctx.database.db;
  const districtIds = new Set((await db.select({ id: districts.id }).from(districts)).map((d) => d.id));
  const parsed = parseRegisterCsv(csv, { districtIds, today: cityToday(ctx.config.cityTimezone, now) });
  const problems = parsed.problems.map((p) => ({
    line: p.line,
    message: t(opts.lang, 'verification.csv.line', { line: p.line, message: t(opts.lang, p.key, p.params) }),
  }));
  progress(`${parsed.lines} lines read, ${parsed.rows.length} usable, ${parsed.problems.length} with problems`);
  for (const p of problems.slice(0, 20)) progress(`  ${p.message}`);
  if (!parsed.rows.length)
    throw new AppError(400, 'verification_register_empty', {
      details:
        problems
          .slice(0, 5)
          .map((p) => p.message)
          .join(' ') || '—',
    });
  const actorId = actor?.kind === 'user' ? actor.userId : null;
  return db.transaction(async (tx) => {
    const pepper = await identityPepper(tx);
    if (opts.replace) await tx.delete(residentRegister);
    let done = 0;
    for (let i = 0; i < parsed.rows.length; i += batchSize) {
      const batch = parsed.rows.slice(i, i + batchSize).map((r) => ({
        documentHash: createHmac('sha256', pepper).update(`document:${r.documentNumber}`).digest('hex'),
        districtId: r.districtId,
        birthDate: r.birthDate,
        importedAt: now,
      }));
      await tx
        .insert(residentRegister)
        .values(batch)
        .onConflictDoUpdate({
          target: residentRegister.documentHash,
          set: { districtId: sql`excluded.district_id`, birthDate: sql`excluded.birth_date`, importedAt: sql`excluded.imported_at` },
        });
      done += batch.length;
      progress(`register: ${done}/${parsed.rows.length}`);
    }
    const [{ n } = { n: 0 }] = await tx.select({ n: sql<number>`count(*)::int` }).from(residentRegister);
    await appendAudit(tx, {
      actorId,
      action: 'verification.register_imported',
      subjectType: 'resident_register',
      subjectId: null,
      data: { lines: parsed.lines, imported: done, problems: parsed.problems.length, replace: opts.replace, entries: n, via: actor ? 'web' : 'cli' },
    });
    return { lines: parsed.lines, imported: done, problems, entries: n };
  });
}

/**
 * A resident enters their document number and birth date; when the register has that document with
 * that birth date, the account becomes a verified resident of the register's district. A wrong number
 * and a wrong birth date are answered alike.
 */
export async function matchRegister(ctx: ModuleContext, actor: Actor, input: { documentNumber: string; birthDate: string }, now = new Date()): Promise<void> {
  authorize(actor, canVerifySelf(actor));
  checkDocumentAndBirthDate(input, cityToday(ctx.config.cityTimezone, now));
  await ctx.database.db.transaction(async (tx) => {
    await assertMethodEnabled(tx, 'register');
    const hash = await identityHash(tx, 'document', normalizeDocumentNumber(input.documentNumber));
    const [entry] = await tx
      .select({ districtId: residentRegister.districtId, birthDate: residentRegister.birthDate })
      .from(residentRegister)
      .where(and(eq(residentRegister.documentHash, hash), eq(residentRegister.birthDate, input.birthDate)))
      .limit(1);
    if (!entry) throw new AppError(422, 'verification_register_no_match');
    await recordVerification(tx, {
      userId: actor.userId,
      method: 'register',
      identityHash: hash,
      districtId: entry.districtId,
      birthDate: entry.birthDate,
      verifiedBy: null,
      actorId: actor.userId,
      timeZone: ctx.config.cityTimezone,
    });
  });
}
