import { authorize } from '../../../core/auth/authorize.js';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { listDistricts } from '../../city/index.js';
import { initiatives, type initiativeScopes, type initiativeTypes } from '../db/schema.js';
import { cleanLine, cleanText, placeProblem } from '../domain/initiative-input.js';
import { canCreateInitiative, canEditInitiative } from '../policy.js';
import { addHistory, emitInitiativeEvent, publicNote, requireInitiative, ruleError, verifiedFactOf } from './common.js';

/** What the author writes (the same for creating and editing a draft). */
export interface InitiativeInput {
  type: (typeof initiativeTypes)[number];
  scope: (typeof initiativeScopes)[number];
  districtId: string | null;
  title: string;
  text: string;
  ask: string;
  addressee: string;
}

/** The input cleaned, its place checked (400 naming districtId), and the author's eligibility for that place (403). */
async function checkInput(db: Executor, actor: Actor, input: InitiativeInput) {
  const clean = {
    type: input.type,
    scope: input.scope,
    districtId: input.districtId,
    title: cleanLine(input.title),
    text: cleanText(input.text),
    ask: cleanText(input.ask),
    addressee: cleanLine(input.addressee),
  };
  const known = clean.districtId ? (await listDistricts(db)).some((d) => d.id === clean.districtId) : false;
  const problem = placeProblem(clean.scope, clean.districtId, known);
  if (problem) throw ruleError(problem);
  authorize(actor, canCreateInitiative(actor, clean, await verifiedFactOf(db, actor)));
  return clean;
}

/**
 * Starts a draft: verified residents (for a district, verified as living there; 403 otherwise). The draft is readable
 * by its link, for co-initiators to join. Emits `initiative.created` (the author follows). Returns the public number.
 */
export async function createInitiative(ctx: ModuleContext, actor: Actor, input: InitiativeInput, now = new Date()): Promise<number> {
  const db = ctx.database.db;
  const clean = await checkInput(db, actor, input);
  if (actor.kind !== 'user') throw new Error('unreachable');
  const number = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(initiatives)
      .values({ ...clean, authorId: actor.userId, createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new AppError(500, 'internal');
    await addHistory(tx, row.id, 'draft', publicNote('initiative.history.created'), now);
    await emitInitiativeEvent(tx, 'initiative.created', actor.userId, row);
    return row.number;
  });
  ctx.jobs.kick();
  return number;
}

/** Replaces a draft's text, type and place: its author only, while a draft (403/409). The author must be a resident of the new place. */
export async function editInitiative(ctx: ModuleContext, actor: Actor, number: number, input: InitiativeInput, now = new Date()): Promise<void> {
  const db = ctx.database.db;
  const clean = await checkInput(db, actor, input);
  await db.transaction(async (tx) => {
    const { row, facts } = await requireInitiative(tx, actor, number, { forUpdate: true });
    authorize(actor, canEditInitiative(actor, facts));
    await tx
      .update(initiatives)
      .set({ ...clean, updatedAt: now })
      .where(eq(initiatives.id, row.id));
  });
}
