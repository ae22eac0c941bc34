/** What a notification is about; each kind has a `notification.<kind>` message. */
export const notificationKinds = ['comment.created', 'comment.reply', 'content.hidden', 'content.restored'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/**
 * Who hears of a new comment, once each: the author of the comment it answers (`comment.reply`,
 * which takes precedence), then everyone following the host (`comment.created`); never the
 * comment's own author.
 */
export function commentRecipients(input: {
  authorId: string | null;
  parentAuthorId: string | null;
  followerIds: string[];
}): { userId: string; kind: NotificationKind }[] {
  const out = new Map<string, NotificationKind>();
  if (input.parentAuthorId && input.parentAuthorId !== input.authorId) out.set(input.parentAuthorId, 'comment.reply');
  for (const id of input.followerIds) {
    if (id !== input.authorId && !out.has(id)) out.set(id, 'comment.created');
  }
  return [...out].map(([userId, kind]) => ({ userId, kind }));
}

/** Plain text cut to at most `max` characters on a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
