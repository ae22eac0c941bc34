import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { emitEvent } from '../../../core/jobs/events.js';
import { AppError } from '../../../core/http/errors.js';
import { hostGroupFor } from '../../groups/index.js';
import { discussionCreated } from '../events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { openHeldCase, screenText } from '../../moderation/index.js';
import { insertDiscussion, type DiscussionRow } from '../db/queries.js';
import type { DiscussionKind } from '../domain/discussion-rules.js';
import { canCreateDiscussion } from '../policy.js';
import { assertDistrictExists, checkedTags, discussionPath, discussionType, screenedText } from './common.js';

export interface NewDiscussion {
  kind: DiscussionKind;
  title: string;
  body: string;
  districtId?: string | null | undefined;
  tags?: string[] | undefined;
  /** A department whose official opens it in that role. */
  asOfficial?: string | undefined;
  /** A community it is opened in: its current members only (not banned, while it is active); the district is the community's when it has one. */
  groupId?: string | undefined;
}

/**
 * Opens a discussion. Text with a forbidden word is saved held for a moderator (its author sees it
 * with a notice). Emits `discussion.created`. 401/403 from the policy, 400 for bad tags or district; inside a
 * community 404 `group_not_found`, 403 `not_group_member` / `group_banned`, 409 `group_not_active`.
 */
export async function createDiscussion(ctx: ModuleContext, actor: Actor, input: NewDiscussion): Promise<DiscussionRow> {
  authorize(actor, canCreateDiscussion(actor, input));
  const db = ctx.database.db;
  const tags = checkedTags(input.tags ?? []);
  const host = input.groupId ? await hostGroupFor(db, input.groupId, actor) : null;
  if (input.groupId && !host) throw new AppError(404, 'group_not_found');
  if (host) authorize(actor, host.post);
  const districtId = host?.group.districtId ?? input.districtId ?? null;
  await assertDistrictExists(db, districtId);
  const words = await screenText(db, screenedText({ ...input, tags }));
  const row = await db.transaction(async (tx) => {
    const row = await insertDiscussion(tx, {
      kind: input.kind,
      title: input.title,
      body: input.body,
      districtId,
      groupId: host?.group.id ?? null,
      tags,
      authorId: actor.userId,
      officialDepartmentId: input.asOfficial ?? null,
      moderation: words.length ? 'held' : 'visible',
    });
    if (words.length) await openHeldCase(tx, { entityType: discussionType, entityId: row.id, authorId: actor.userId, words });
    await emitEvent(tx, discussionCreated, {
      actorId: actor.userId,
      entityType: discussionType,
      entityId: row.id,
      data: { title: row.title, path: discussionPath(row.id) },
    });
    return row;
  });
  ctx.jobs.kick();
  return row;
}
