/** Kinds of conversation: two people, a group chat, or a request to an official, a department or a public figure. */
export const conversationKinds = ['direct', 'group', 'request'] as const;
export type ConversationKind = (typeof conversationKinds)[number];

/** Who may start a conversation with a person: people who share a group with them or whom they wrote first, anyone, or nobody. */
export const whoMayWriteOptions = ['contacts', 'anyone', 'nobody'] as const;
export type WhoMayWrite = (typeof whoMayWriteOptions)[number];

/** Limits of what people send. */
export const messageLimits = {
  /** Characters of one message's text. */
  text: 4000,
  /** Photos on one message. */
  photos: 4,
  /** Members of a group chat, its creator included. */
  groupMembers: 100,
  /** A group chat's name. */
  title: 100,
} as const;

/** How long an unread message waits before its e-mail notice goes (minutes): a reply read on the page needs no mail. */
export const unreadNoticeDelayMinutes = 15;

/** The key of the one direct conversation between two people, whoever started it. */
export function directKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/**
 * Whether a stranger's rule lets `sender` start a conversation with a person: `anyone` lets everyone, `nobody` no one,
 * `contacts` those who share a group with them or whom they wrote first (`isContact`).
 */
export function mayStartWith(setting: WhoMayWrite, isContact: boolean): boolean {
  if (setting === 'anyone') return true;
  if (setting === 'nobody') return false;
  return isContact;
}

const linkPattern = /\bhttps?:\/\/[^\s<>"']+/giu;

/** The web links in a message's text, as written (the page renders them as links, never as HTML). */
export function linksIn(text: string): string[] {
  return [...text.matchAll(linkPattern)].map((m) => m[0].replace(/[.,;:!?)»]+$/u, ''));
}
