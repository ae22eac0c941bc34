/** Pure rules of discussions: limits, tags, the edit window, excerpts. */

export const discussionKinds = ['topic', 'question'] as const;
export type DiscussionKind = (typeof discussionKinds)[number];

export const discussionSorts = ['activity', 'newest', 'comments', 'relevance'] as const;
export type DiscussionSort = (typeof discussionSorts)[number];

export const titleLimits = { min: 5, max: 200 } as const;
export const bodyLimits = { min: 1, max: 5000 } as const;
export const tagLimits = { maxCount: 5, min: 2, max: 30 } as const;

/** How long the author may still edit a discussion after opening it. */
export const editWindowMs = 24 * 3600_000;

/** When the author's edit window closes. */
export function editableUntil(createdAt: Date): Date {
  return new Date(createdAt.getTime() + editWindowMs);
}

/** True while the author may still edit. */
export function isEditable(createdAt: Date, now: Date): boolean {
  return now.getTime() < editableUntil(createdAt).getTime();
}

/** A tag as stored: trimmed, without a leading `#`, lower-case, single spaces. */
export function normalizeTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

const tagShape = /^[\p{L}\p{N}][\p{L}\p{N} -]*$/u;

export type TagProblem = 'too_many_tags' | 'tag_invalid';

/** Normalized, de-duplicated tags, or why they cannot be saved (at most 5, each 2–30 letters, digits, spaces or hyphens). */
export function normalizeTags(tags: readonly string[]): { ok: true; tags: string[] } | { ok: false; problem: TagProblem; tag?: string } {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = normalizeTag(raw);
    if (!tag) continue;
    const length = [...tag].length;
    if (length < tagLimits.min || length > tagLimits.max || !tagShape.test(tag)) return { ok: false, problem: 'tag_invalid', tag: raw.trim().slice(0, 40) };
    if (!out.includes(tag)) out.push(tag);
  }
  if (out.length > tagLimits.maxCount) return { ok: false, problem: 'too_many_tags' };
  return { ok: true, tags: out };
}

/** A plain-text excerpt: whitespace collapsed, cut at a word boundary with an ellipsis. */
export function excerptOf(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?…-]+$/u, '')}…`;
}
