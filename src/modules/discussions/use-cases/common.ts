import { eq } from 'drizzle-orm';
import { districts } from '../../../core/city/schema.js';
import type { Executor } from '../../../core/db/client.js';
import { fieldError } from '../../../core/http/errors.js';
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
