import crypto from 'node:crypto';
import { and, asc, eq, ilike, inArray, isNull } from 'drizzle-orm';
import QRCode from 'qrcode';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/client.js';
import { isUniqueViolation } from '../../../core/db/errors.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { users } from '../db/schema.js';
import { isBlockedNow, normalizeEmail } from '../domain/account-rules.js';
import { maskEmail } from '../domain/mask-email.js';
import {
  codeInDeskLink,
  formatPersonCode,
  looksLikePersonCode,
  parsePersonCode,
  personCodeDataLength,
  personCodeFromRandom,
  personCodeLink,
  type PersonCodeProblem,
} from '../domain/person-code.js';
import { canFindPeopleAtDesk, canUseOwnAccount } from '../policy.js';

/** Attempts at a fresh random code before giving up (each collides with probability people / 32⁶ ≈ 10⁻⁹ per person). */
const codeAttempts = 8;

/** A fresh code from the operating system's random source. */
export function randomPersonCode(): string {
  return personCodeFromRandom(Array.from({ length: personCodeDataLength }, () => crypto.randomInt(32)));
}

/**
 * A person's code, given on first need: a random one (crypto) written in a transaction that locks the account
 * row, so two first needs at once give one code; a collision on the unique index is retried with another code.
 * Returns the canonical code; 404 `user_not_found` for an unknown account.
 */
export async function ensurePersonCode(db: Executor, userId: string, draw: () => string = randomPersonCode): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ code: users.personCode }).from(users).where(eq(users.id, userId)).for('update');
    if (!row) throw new AppError(404, 'user_not_found');
    if (row.code) return row.code;
    for (let attempt = 0; attempt < codeAttempts; attempt++) {
      const code = draw();
      try {
        // a savepoint: a unique violation undoes only this attempt, not the transaction
        await tx.transaction((sp) =>
          sp
            .update(users)
            .set({ personCode: code })
            .where(and(eq(users.id, userId), isNull(users.personCode))),
        );
        return code;
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
      }
    }
    throw new AppError(503, 'person_code_unavailable');
  });
}

/** The signed-in person's own code, formatted (`K7F-29QX`), given now if they had none. */
export async function myPersonCode(ctx: ModuleContext, actor: Actor): Promise<{ code: string }> {
  authorize(actor, canUseOwnAccount(actor));
  return { code: formatPersonCode(await ensurePersonCode(ctx.database.db, actor.userId)) };
}

/** A QR code (SVG text) of a text, black on white. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}

/**
 * The signed-in person's code as a QR code (SVG text): the link to the desk page with the code
 * (`PUBLIC_URL/verify?code=K7F-29QX`), nothing personal. Staff scanning it with a phone's camera open the desk
 * with the person looked up; a scanner that types it into the desk's search field is read too.
 */
export async function myPersonCodeQr(ctx: ModuleContext, actor: Actor): Promise<string> {
  const { code } = await myPersonCode(ctx, actor);
  return qrSvg(personCodeLink(ctx.config.publicUrl, code));
}

/** A person as desk staff see them in a search: never the whole e-mail, the birth date or how they were verified. */
export interface DeskPerson {
  id: string;
  displayName: string;
  maskedEmail: string;
  districtId: string | null;
  verified: boolean;
  blocked: boolean;
  /** Formatted; null until the person first needs one. */
  code: string | null;
}

export interface DeskSearch {
  /** How the text was read: a person code, an e-mail address (whole, exact) or a part of a name. */
  kind: 'code' | 'email' | 'name';
  /** Why a typed code is not one (no person found by it); null otherwise. */
  problem: PersonCodeProblem | null;
  items: DeskPerson[];
  /** For a code that fails its check: the people whose codes are one character away ("did you mean …?"). */
  suggestions: DeskPerson[];
}

/** Names searched show at most this many people; the desk asks for more of the name. */
const nameResultLimit = 20;

const deskColumns = {
  id: users.id,
  displayName: users.displayName,
  email: users.email,
  districtId: users.districtId,
  verification: users.verification,
  blockedAt: users.blockedAt,
  blockedUntil: users.blockedUntil,
  personCode: users.personCode,
};

/**
 * Verifiers and administrators find the person before them by the code they show (typed, or scanned: the code
 * or the desk link its QR code carries), by their whole e-mail address, or by a part of their name. A code with
 * a wrong character never finds anyone: it finds the people whose codes are one character away, as suggestions.
 * People found by e-mail or name who never needed a code are given one now, in the search's transaction, so the
 * desk always has a code to read back. What staff see is the DeskPerson: a masked e-mail, no birth date,
 * document or verification method. 401 anonymous, 403 `not_desk_staff` for others.
 */
export async function findPeopleAtDesk(ctx: ModuleContext, actor: Actor, text: string, now = new Date()): Promise<DeskSearch> {
  authorize(actor, canFindPeopleAtDesk(actor));
  return ctx.database.db.transaction((tx) => searchDesk(tx, text, now));
}

async function searchDesk(db: Executor, text: string, now: Date): Promise<DeskSearch> {
  const present = (rows: DeskRow[]) => rows.map((r) => toDeskPerson(r, now));
  // found by e-mail or name: a person without a code gets one (a savepoint each; the row is locked meanwhile)
  const withCodes = async (rows: DeskRow[]) => {
    for (const r of rows) if (!r.personCode) r.personCode = await ensurePersonCode(db, r.id);
    return present(rows);
  };
  const select = () => db.select(deskColumns).from(users);
  const linked = codeInDeskLink(text.trim());
  const query = linked ?? text.trim();
  if (!linked && query.includes('@')) {
    return {
      kind: 'email',
      problem: null,
      items: await withCodes(
        await select()
          .where(eq(users.email, normalizeEmail(query)))
          .limit(1),
      ),
      suggestions: [],
    };
  }
  const parsed = parsePersonCode(query);
  const codeSearch = async (): Promise<DeskSearch> => {
    if (parsed.ok) return { kind: 'code', problem: null, items: present(await select().where(eq(users.personCode, parsed.code)).limit(1)), suggestions: [] };
    const suggestions = parsed.suggestions.length
      ? present(await select().where(inArray(users.personCode, parsed.suggestions)).orderBy(asc(users.personCode)))
      : [];
    return { kind: 'code', problem: parsed.reason, items: [], suggestions };
  };
  if (linked || looksLikePersonCode(query)) return codeSearch();
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await select().where(ilike(users.displayName, like)).orderBy(asc(users.displayName), asc(users.id)).limit(nameResultLimit);
  // seven letters of the code's alphabet with no digit or dash (a mistyped «KXFBGWZ») read as a code when no name has them
  if (!rows.length && (parsed.ok || parsed.reason === 'person_code_check_failed')) return codeSearch();
  return { kind: 'name', problem: null, items: await withCodes(rows), suggestions: [] };
}

interface DeskRow {
  id: string;
  displayName: string;
  email: string;
  districtId: string | null;
  verification: string;
  blockedAt: Date | null;
  blockedUntil: Date | null;
  personCode: string | null;
}

function toDeskPerson(r: DeskRow, now: Date): DeskPerson {
  return {
    id: r.id,
    displayName: r.displayName,
    maskedEmail: maskEmail(r.email),
    districtId: r.districtId,
    verified: r.verification === 'verified',
    blocked: isBlockedNow(r, now),
    code: r.personCode ? formatPersonCode(r.personCode) : null,
  };
}
