import { and, count, desc, eq, exists, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { webSearchQuery } from '../../../core/db/search.js';
import { authorize } from '../../../core/auth/authorize.js';
import { t, type Language } from '../../../core/i18n/i18n.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { hasSupported, historyOf, ruleFor, type InitiativeRow } from '../db/queries.js';
import { initiativeCoinitiators, initiatives, type initiativeScopes, type initiativeStatuses, type initiativeTypes } from '../db/schema.js';
import { listedStatuses } from '../domain/lifecycle.js';
import {
  canAnswerInitiative,
  canEditInitiative,
  canJoinInitiative,
  canLeaveInitiative,
  canListInitiatives,
  canScreenInitiative,
  canSubmitInitiative,
  canSupportInitiative,
  canWithdrawInitiative,
} from '../policy.js';
import { noteText, requireInitiative, verifiedFactOf } from './common.js';

export const pageSize = 20;

export interface ListQuery {
  status?: (typeof initiativeStatuses)[number] | 'overdue' | undefined;
  scope?: (typeof initiativeScopes)[number] | undefined;
  districtId?: string | undefined;
  type?: (typeof initiativeTypes)[number] | undefined;
  q?: string | undefined;
  mine?: boolean | undefined;
  page?: number | undefined;
}

/**
 * The public list: submitted initiatives (never drafts, nor what moderation hid), newest submitted first, 20 a page;
 * or, with `mine`, the caller's own as author or co-initiator in any state (drafts first, then newest submitted).
 * `status=overdue` is awaiting an answer past its deadline; `q` searches titles and texts with stemming.
 */
export async function listInitiatives(
  ctx: ModuleContext,
  actor: Actor,
  query: ListQuery,
  now = new Date(),
): Promise<{ rows: InitiativeRow[]; total: number; page: number; pageSize: number }> {
  const db = ctx.database.db;
  const page = query.page ?? 1;
  const words = query.q?.trim();
  const search = words ? webSearchQuery(words) : null;
  authorize(actor, canListInitiatives(actor, query));
  const mine = query.mine && actor.kind === 'user' ? actor.userId : null;
  const conds: (SQL | undefined)[] = mine
    ? [
        // one's own, whatever their state: drafts to finish, withdrawn ones, those moderation hid
        or(
          eq(initiatives.authorId, mine),
          exists(
            db
              .select({ x: sql`1` })
              .from(initiativeCoinitiators)
              .where(and(eq(initiativeCoinitiators.initiativeId, initiatives.id), eq(initiativeCoinitiators.userId, mine))),
          ),
        ),
        query.status === 'overdue'
          ? and(eq(initiatives.status, 'awaiting_answer'), lt(initiatives.answerDueAt, now))
          : query.status
            ? eq(initiatives.status, query.status)
            : undefined,
      ]
    : [
        eq(initiatives.moderation, 'visible'),
        query.status === 'overdue'
          ? and(eq(initiatives.status, 'awaiting_answer'), lt(initiatives.answerDueAt, now))
          : query.status
            ? eq(initiatives.status, query.status)
            : inArray(initiatives.status, [...listedStatuses]),
        // a draft is never listed publicly, whatever the filter asks
        sql`${initiatives.status} <> 'draft'`,
      ];
  conds.push(
    query.scope ? eq(initiatives.scope, query.scope) : undefined,
    query.districtId ? eq(initiatives.districtId, query.districtId) : undefined,
    query.type ? eq(initiatives.type, query.type) : undefined,
    // words in any form, Russian or English («школы» finds «школа»)
    search ? sql`${initiatives.search} @@ ${search}` : undefined,
  );
  const where = and(...conds);
  const rows = await db
    .select()
    .from(initiatives)
    .where(where)
    .orderBy(mine ? sql`${initiatives.submittedAt} desc nulls first` : sql`${initiatives.submittedAt} desc nulls last`, desc(initiatives.number))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(initiatives).where(where);
  return { rows, total: Number(total?.n ?? 0), page, pageSize };
}

/** Everything the page of one initiative shows, including what the caller may do now and why they cannot support. */
export async function getInitiative(ctx: ModuleContext, actor: Actor, number: number, lang: Language, now = new Date()) {
  const db = ctx.database.db;
  const { row, facts, coinitiatorIds } = await requireInitiative(db, actor, number);
  const userId = actor.kind === 'user' ? actor.userId : null;
  const [verified, supported, history, rule] = await Promise.all([
    verifiedFactOf(db, actor),
    userId ? hasSupported(db, row.id, userId) : false,
    historyOf(db, row.id),
    row.minCoinitiators === null ? ruleFor(db, row.type, row.scope) : undefined,
  ]);
  const people = await publicPeople(db, [row.authorId, ...coinitiatorIds]);
  const person = (id: string) => ({ id, displayName: people.get(id)?.displayName ?? '' });
  const minCoinitiators = row.minCoinitiators ?? rule?.minCoinitiators ?? 0;
  const support = canSupportInitiative(actor, facts, verified, supported, now);
  const can = {
    edit: canEditInitiative(actor, facts).allowed,
    join: canJoinInitiative(actor, facts, verified).allowed,
    leave: canLeaveInitiative(actor, facts).allowed,
    submit: canSubmitInitiative(actor, facts, minCoinitiators).allowed,
    withdraw: canWithdrawInitiative(actor, facts).allowed,
    screen: canScreenInitiative(actor, facts).allowed,
    support: support.allowed,
    answer: canAnswerInitiative(actor, facts).allowed,
  };
  return {
    row,
    author: person(row.authorId),
    coinitiators: coinitiatorIds.map(person),
    minCoinitiators,
    history: history.map((h) => ({ status: h.status, note: noteText(h, lang), at: h.at })),
    me: {
      isAuthor: userId === row.authorId,
      isCoinitiator: userId !== null && coinitiatorIds.includes(userId),
      supported,
      can,
      // only while it collects: before and after, there is nothing to explain
      supportRefusal: !support.allowed && row.status === 'collecting' ? t(lang, `error.${support.reason}`) : null,
    },
  };
}
export type InitiativePage = Awaited<ReturnType<typeof getInitiative>>;
