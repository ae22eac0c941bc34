import { eq } from 'drizzle-orm';
import { districts } from '../../../core/city/schema.js';
import type { Executor } from '../../../core/db/client.js';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import { hostGroupFor, hostGroups, type HostGroup } from '../../groups/index.js';
import { normalizeTags, tagLimits } from '../domain/discussion-rules.js';

/** The entity type of discussions, in URLs, events and the moderation queue. */
export const discussionType = 'discussion';

/** The site path of a discussion's page. */
export const discussionPath = (id: string) => `/discussions/${id}`;

/** Normalized tags, or a 400 naming the `tags` field. */
export function checkedTags(tags: readonly string[]): string[] {
  const result = normalizeTags(tags);
  if (!result.ok)
    throw fieldError('tags', `discussions.${result.problem}`, {
      tag: result.tag ?? '',
      max: tagLimits.maxCount,
      minLength: tagLimits.min,
      maxLength: tagLimits.max,
    });
  return result.tags;
}

/** Throws a 400 naming `districtId` when the district is not one of the city's. */
export async function assertDistrictExists(db: Executor, districtId: string | null | undefined): Promise<void> {
  if (!districtId) return;
  const [row] = await db.select({ id: districts.id }).from(districts).where(eq(districts.id, districtId)).limit(1);
  if (!row) throw fieldError('districtId', 'discussions.district_unknown');
}

/** The text the forbidden-words screen reads: title, text and tags. */
export const screenedText = (d: { title: string; body: string; tags: string[] }) => `${d.title}\n${d.body}\n${d.tags.join(' ')}`;

/**
 * The community a discussion was opened in, for the caller: a members-only community's discussion does not exist for
 * those who are not its members (nor the city's moderators): 404, as for a hidden discussion. Null outside a community.
 */
export async function readableHost(db: Executor, actor: Actor, row: { groupId: string | null }): Promise<HostGroupAccess | null> {
  if (!row.groupId) return null;
  const host = await hostGroupFor(db, row.groupId, actor);
  if (!host?.read.allowed) throw new AppError(404, 'discussion_not_found');
  return host;
}

export type HostGroupAccess = NonNullable<Awaited<ReturnType<typeof hostGroupFor>>>;

/** Whether everyone may see a discussion: shown, and outside a community or in a public one (`hosts` from `hostGroups`). */
export const isPublicDiscussion = (row: { moderation: string; groupId: string | null }, hosts: Map<string, HostGroup>) =>
  row.moderation === 'visible' && (row.groupId === null || hosts.get(row.groupId)?.public === true);

/** The communities some discussions were opened in, by id (one query whatever the number). */
export const hostsOf = (db: Executor, rows: readonly { groupId: string | null }[]): Promise<Map<string, HostGroup>> =>
  hostGroups(
    db,
    rows.map((r) => r.groupId).filter((id): id is string => id !== null),
  );
