import type { Actor } from '../../../core/auth/actor.js';
import type { Db, Executor } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import type { CommentHostRules, EntityKind } from '../../../core/module/entities.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople, type PublicName } from '../../accounts/index.js';
import { departmentNames } from '../../city/index.js';
import { bodyProblem, maxBodyLength } from '../domain/comment-rules.js';
import { adjustReplyCounts, ancestorsOf, votesOf, type CommentRow, type Viewer } from '../db/queries.js';
import { canSeeModerated, needsHostDistrict } from '../policy.js';

/** True for PostgreSQL's "invalid input syntax" (22P02): an id that cannot name anything of that kind. */
function isInvalidInput(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '22P02') return true;
  }
  return false;
}

/** The host's comment rules for this actor; null when it does not exist, cannot be seen, or the id cannot be one of its kind. */
async function rulesOf(ctx: ModuleContext, kind: EntityKind, hostId: string, actor: Actor): Promise<CommentHostRules | null> {
  if (!kind.commentRules) return null;
  try {
    return await kind.commentRules(ctx.database.db, hostId, actor);
  } catch (err) {
    if (isInvalidInput(err)) return null;
    throw err;
  }
}

/** A host entity and how it takes comments from this actor. 404 for an unknown type, a type without comments, or no such entity. */
export async function requireHost(ctx: ModuleContext, actor: Actor, hostType: string, hostId: string): Promise<{ kind: EntityKind; rules: CommentHostRules }> {
  const kind = ctx.entities.require(hostType);
  if (!kind.commentRules) throw new AppError(404, 'not_a_comment_host');
  const rules = await rulesOf(ctx, kind, hostId, actor);
  if (!rules) throw new AppError(404, 'host_not_found');
  return { kind, rules };
}

/**
 * The host of an existing comment, when this actor may see it: a hidden host's comments do not
 * exist for those who may not see the host (404 `comment_not_found`).
 */
export async function requireHostOf(
  ctx: ModuleContext,
  actor: Actor,
  row: { hostType: string; hostId: string },
): Promise<{ kind: EntityKind; rules: CommentHostRules }> {
  const kind = ctx.entities.get(row.hostType);
  const rules = kind ? await rulesOf(ctx, kind, row.hostId, actor) : null;
  if (!kind || !rules) throw new AppError(404, 'comment_not_found');
  return { kind, rules };
}

/**
 * How a reader stands towards a thread's moderation: the host's district when it decides what they see (district
 * moderators; null otherwise), and whether they moderate the host as its own moderator (a community's admins).
 */
export interface ThreadReader {
  hostDistrictId: string | null;
  hostModerator: boolean;
}

/** The reader of a host's thread (see ThreadReader); the host's rules say whether they moderate it as its own. */
export async function readerOf(actor: Actor, kind: EntityKind | undefined, rules: CommentHostRules | null, db: Db, hostId: string): Promise<ThreadReader> {
  return { hostDistrictId: await hostDistrictFor(actor, kind, db, hostId), hostModerator: rules?.moderates === true };
}

/** The host's district when it decides what this actor sees (district moderators); null otherwise. */
export async function hostDistrictFor(actor: Actor, kind: EntityKind | undefined, db: Db, hostId: string): Promise<string | null> {
  if (!kind || !needsHostDistrict(actor)) return null;
  try {
    return (await kind.describe(db, [hostId])).get(hostId)?.districtId ?? null;
  } catch (err) {
    if (isInvalidInput(err)) return null;
    throw err;
  }
}

/** Who reads a thread, for the listing queries. */
export function viewerOf(actor: Actor, reader: ThreadReader): Viewer {
  const userId = actor.kind === 'user' ? actor.userId : null;
  const moderator = canSeeModerated(actor, null, reader.hostDistrictId).allowed;
  return { userId, moderator, hostModerator: !!userId && !moderator && reader.hostModerator };
}

/**
 * The text of a comment as stored (cleaned by the route's schema, core/text), or a 400 that says what is wrong with it
 * in the reader's language: empty, or over the limit with its length in characters.
 */
export function acceptBody(body: string): string {
  const problem = bodyProblem(body);
  if (!problem) return body;
  if (problem.reason === 'empty') throw new AppError(400, 'comment_empty', {}, { body: { key: 'comment.empty' } });
  const params = { max: maxBodyLength, length: problem.length };
  throw new AppError(400, 'comment_too_long', params, { body: { key: 'comment.too_long', params } });
}

/**
 * A comment became live (+1) or stopped being live (−1): its ancestors' reply counts and the host's
 * counters follow, in the caller's transaction (the comment is locked by the caller).
 */
export async function liveChanged(tx: Executor, kind: EntityKind | undefined, row: CommentRow, delta: 1 | -1, at: Date): Promise<void> {
  await adjustReplyCounts(tx, ancestorsOf(row), delta);
  await kind?.onCommentsChanged?.(tx, row.hostId, { delta, at });
}

/** What the presenter needs besides the rows: authors, departments, the caller's votes and rights. */
export interface ThreadFacts {
  actor: Actor;
  reader: ThreadReader;
  authors: Map<string, PublicName>;
  departments: Map<string, { nameRu: string; nameEn: string }>;
  myVotes: Map<string, number>;
  now: Date;
}

/**
 * Looks up the facts about a set of comments in one to three queries, whatever their number: the authors, the
 * departments of official answers (when any), the reader's votes; those the caller read with the rows are not read again.
 */
export async function gatherFacts(
  ctx: ModuleContext,
  actor: Actor,
  reader: ThreadReader,
  rows: CommentRow[],
  known: { votes?: Map<string, number>; authors?: Map<string, PublicName> } = {},
): Promise<ThreadFacts> {
  const db = ctx.database.db;
  const kept = rows.filter((r) => r.deletedAt === null);
  const [authors, departments, myVotes] = await Promise.all([
    known.authors ??
      publicPeople(
        db,
        kept.map((r) => r.authorId),
      ),
    departmentNames(
      db,
      kept.flatMap((r) => (r.officialDepartmentId ? [r.officialDepartmentId] : [])),
    ),
    known.votes ??
      (actor.kind === 'user'
        ? votesOf(
            db,
            actor.userId,
            rows.map((r) => r.id),
          )
        : Promise.resolve(new Map<string, number>())),
  ]);
  return { actor, reader, authors, departments, myVotes, now: new Date() };
}
