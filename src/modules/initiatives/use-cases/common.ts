import type { z } from 'zod';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Executor } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import { t, type Language } from '../../../core/i18n/i18n.js';
import { emitEvent, type EventDefinition } from '../../../core/jobs/events.js';
import { verifiedResident } from '../../verification/index.js';
import { coinitiatorsOf, findInitiativeByNumber, type InitiativeRow } from '../db/queries.js';
import { initiativeHistory } from '../db/schema.js';
import type { InitiativeStatus } from '../domain/lifecycle.js';
import type { initiativeFacts } from '../events.js';
import { canReadInitiative, type InitiativeFacts, type VerifiedFact } from '../policy.js';

/** A rule's refusal as a 400 naming the field (the core's one mapping). */
export { ruleError } from '../../../core/http/errors.js';

/** The entity kind (comments, follows, notifications, moderation) and its id: the public number as a string. */
export const initiativeType = 'initiative';
export const initiativePath = (number: number) => `/initiatives/${number}`;
/** The title notifications and previews use: «№ 12. Сквер у дома». */
export const initiativeTitle = (r: { number: number; title: string }) => `№ ${r.number}. ${r.title}`;

/** The facts the policy takes, from a row and its co-initiators. */
export function factsOf(row: InitiativeRow, coinitiatorIds: string[]): InitiativeFacts {
  return {
    scope: row.scope,
    districtId: row.districtId,
    authorId: row.authorId,
    coinitiatorIds,
    status: row.status,
    departmentId: row.departmentId,
    moderation: row.moderation,
    supportOpensAt: row.supportOpensAt,
    supportClosesAt: row.supportClosesAt,
  };
}

/** An initiative the caller may see, with its co-initiators' ids (locked for update when asked); 404 otherwise. */
export async function requireInitiative(db: Executor, actor: Actor, number: number, opts: { forUpdate?: boolean } = {}) {
  const row = await findInitiativeByNumber(db, number, opts);
  if (!row) throw new AppError(404, 'initiative_not_found', { number });
  const coinitiatorIds = (await coinitiatorsOf(db, row.id)).map((c) => c.userId);
  const facts = factsOf(row, coinitiatorIds);
  authorize(actor, canReadInitiative(actor, facts), { number });
  return { row, facts, coinitiatorIds };
}

/** The caller's active verification (its district), or null; the policy trusts it only with the account's `verified` level. */
export async function verifiedFactOf(db: Executor, actor: Actor): Promise<VerifiedFact> {
  if (actor.kind !== 'user') return null;
  const resident = await verifiedResident(db, actor.userId);
  return resident ? { districtId: resident.districtId } : null;
}

/** The platform's own note on a timeline step: a message key and its figures, shown in the reader's language. */
export interface PlatformNote {
  key: string;
  params: Record<string, string | number>;
}
export const publicNote = (key: string, params: Record<string, string | number> = {}): PlatformNote => ({ key, params });

/** A history row's columns for a note: what a person wrote as written, or the platform's note by key. */
export const noteColumns = (note: string | PlatformNote) => (typeof note === 'string' ? { note } : { note: '', noteKey: note.key, noteParams: note.params });

/** A timeline note in a language. */
export const noteText = (h: { note: string; noteKey: string | null; noteParams: unknown }, lang: Language): string =>
  h.noteKey ? t(lang, h.noteKey, (h.noteParams ?? {}) as Record<string, string | number>) : h.note;

/** Appends a status change to the public timeline. */
export async function addHistory(tx: Executor, initiativeId: string, status: InitiativeStatus, note: string | PlatformNote, at: Date): Promise<void> {
  await tx.insert(initiativeHistory).values({ initiativeId, status, ...noteColumns(note), at });
}

type InitiativeFactsInput = z.input<typeof initiativeFacts>;
/** What an event adds to the facts every initiative event carries. */
type ExtraFacts<S extends z.ZodType> = Omit<z.input<S>, keyof InitiativeFactsInput>;

/** Emits an initiative's domain event (see events.ts) in the caller's transaction, with the facts every initiative event carries. */
export async function emitInitiativeEvent<S extends z.ZodType>(
  tx: Executor,
  def: EventDefinition<string, S>,
  actorId: string | null,
  row: InitiativeRow,
  ...[extra]: object extends ExtraFacts<S> ? [extra?: ExtraFacts<S>] : [extra: ExtraFacts<S>]
): Promise<void> {
  const facts: InitiativeFactsInput = {
    number: row.number,
    title: row.title,
    path: initiativePath(row.number),
    status: row.status,
    authorId: row.authorId,
    departmentId: row.departmentId,
  };
  await emitEvent(tx, def, { actorId, entityType: initiativeType, entityId: String(row.number), data: { ...facts, ...extra } as z.input<S> });
}
