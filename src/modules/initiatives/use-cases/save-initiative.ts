import { authorize } from '../../../core/auth/authorize.js';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { listDistricts } from '../../city/index.js';
import { initiatives, type initiativeScopes, type initiativeTypes } from '../db/schema.js';
import { placeProblem } from '../domain/initiative-input.js';
import { canCreateInitiative, canEditInitiative } from '../policy.js';
import { addHistory, emitInitiativeEvent, publicNote, requireInitiative, ruleError, verifiedFactOf } from './common.js';
import { initiativeCreated } from '../events.js';

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

/** The input (its texts cleaned by the route's schema) with its place checked: 400 naming districtId. */
async function checkPlace(db: Executor, input: InitiativeInput): Promise<void> {
  const known = input.districtId ? (await listDistricts(db)).some((d) => d.id === input.districtId) : false;
  const problem = placeProblem(input.scope, input.districtId, known);
  if (problem) throw ruleError(problem);
}

const columns = (input: InitiativeInput) => ({
  type: input.type,
  scope: input.scope,
  districtId: input.districtId,
  title: input.title,
  text: input.text,
  ask: input.ask,
  addressee: input.addressee,
});

/**
 * Starts a draft: verified residents (for a district, verified as living there; 403 otherwise). The draft is readable
 * by its link, for co-initiators to join. Emits `initiative.created` (the author follows). Returns the public number.
 */
export async function createInitiative(ctx: ModuleContext, actor: Actor, input: InitiativeInput, now = new Date()): Promise<number> {
  const db = ctx.database.db;
  await checkPlace(db, input);
  authorize(actor, canCreateInitiative(actor, input, await verifiedFactOf(db, actor)));
  const number = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(initiatives)
      .values({ ...columns(input), authorId: actor.userId, createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new AppError(500, 'internal');
    await addHistory(tx, row.id, 'draft', publicNote('initiative.history.created'), now);
    await emitInitiativeEvent(tx, initiativeCreated, actor.userId, row);
    return row.number;
  });
  ctx.jobs.kick();
  return number;
}

/** Replaces a draft's text, type and place: its author only, while a draft (403/409). The author must be a resident of the new place. */
export async function editInitiative(ctx: ModuleContext, actor: Actor, number: number, input: InitiativeInput, now = new Date()): Promise<void> {
  const db = ctx.database.db;
  await checkPlace(db, input);
  authorize(actor, canCreateInitiative(actor, input, await verifiedFactOf(db, actor)));
  await db.transaction(async (tx) => {
    const { row, facts } = await requireInitiative(tx, actor, number, { forUpdate: true });
    authorize(actor, canEditInitiative(actor, facts));
    await tx
      .update(initiatives)
      .set({ ...columns(input), updatedAt: now })
      .where(eq(initiatives.id, row.id));
  });
}
