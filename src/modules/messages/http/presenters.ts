import type { PublicPerson } from '../../accounts/index.js';
import type { ConversationLine, MessageRow } from '../db/queries.js';
import type { ThreadMessage } from '../use-cases/read-conversations.js';

type Departments = Map<string, { nameRu: string; nameEn: string }>;

const excerptLength = 120;

/** A person as a conversation shows them: a name, and whether they hold an official role. */
export function presentPerson(p: PublicPerson) {
  return { id: p.id, displayName: p.displayName, official: p.roles.some((g) => g.role === 'official') };
}

const departmentOf = (id: string | null, departments: Departments) => {
  const d = id ? departments.get(id) : undefined;
  return d && id ? { id, ...d } : null;
};

/** The site paths of a message's photo and its preview (members only). */
export const photoPaths = (conversationId: string, fileId: string) => ({
  url: `/api/messages/${conversationId}/photos/${fileId}`,
  thumbUrl: `/api/messages/${conversationId}/photos/${fileId}/thumb`,
});

/** One message for a member: a hidden one without its text or photos. */
export function presentMessage(m: ThreadMessage, people: Map<string, PublicPerson>, me: string) {
  const { row } = m;
  const hidden = row.moderation !== 'visible';
  const author = row.authorId ? people.get(row.authorId) : undefined;
  return {
    id: row.id,
    author: author ? presentPerson(author) : null,
    mine: row.authorId === me,
    text: hidden ? '' : row.body,
    photos: hidden ? [] : row.photoFileIds.map((f) => photoPaths(row.conversationId, f)),
    hidden,
    linksFromStranger: !hidden && m.linksFromStranger,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A message its author just sent. */
export function presentSent(row: MessageRow, people: Map<string, PublicPerson>, me: string) {
  return presentMessage({ row, linksFromStranger: false }, people, me);
}

/** A line of the caller's conversation list. */
export function presentLine(l: ConversationLine, people: Map<string, PublicPerson>, departments: Departments, me: string) {
  return {
    id: l.id,
    kind: l.kind,
    title: l.title,
    department: departmentOf(l.departmentId, departments),
    members: l.memberIds
      .filter((id) => id !== me)
      .map((id) => people.get(id))
      .filter((p): p is PublicPerson => !!p)
      .map(presentPerson),
    unread: l.unread,
    muted: l.muted,
    lastMessage: l.lastBody === null ? null : { excerpt: l.lastBody.slice(0, excerptLength), mine: l.lastAuthorId === me },
    lastMessageAt: l.lastMessageAt.toISOString(),
  };
}

export { departmentOf };
