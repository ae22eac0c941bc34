import { hasMessage, t, type Language } from '../../../core/i18n/i18n.js';
import type { NotificationFacts, NotificationKind } from '../../../core/module/notification-kinds.js';

/**
 * What a notification stores to be rendered without further queries: resolved names, titles,
 * an excerpt, the page path, a moderator's reason. Never an e-mail address.
 */
export interface NotificationData {
  actor?: string;
  title?: string;
  /** A fact's English wording, when it differs (a report's title with its reason in English): `<fact>En`. */
  titleEn?: string;
  excerpt?: string;
  path?: string;
  reason?: string | null;
  pending?: boolean;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * The facts in the reader's language: an English reader gets `titleEn` for `title`, `departmentEn` for
 * `department` and so on wherever the notification stored one (names from the classifier and the departments
 * list are kept in both languages); everything else as stored.
 */
export function factsIn(lang: Language, data: Record<string, unknown>): Record<string, unknown> {
  if (lang !== 'en') return data;
  const out = { ...data };
  for (const [key, value] of Object.entries(data)) {
    if (key.length > 2 && key.endsWith('En') && typeof value === 'string' && value) out[key.slice(0, -2)] = value;
  }
  return out;
}

/** Every module's notification kinds, by kind (the modules declare them in their manifests). */
export type NotificationKinds = ReadonlyMap<string, NotificationKind>;

/** What rendering a notification needs: its kind, what it is about, its facts. */
export type NotificationContent = NotificationFacts;

/**
 * The notification's sentence in the reader's language: the message its kind's module declares (`notification.<kind>`
 * unless the kind picks another from the facts), filled with the notification's text facts, and the reason after it
 * when there is one. An unknown kind, or one without its message, gets the general sentence.
 */
export function notificationText(lang: Language, n: NotificationContent, kinds: NotificationKinds): string {
  const data = factsIn(lang, n.data);
  const params = { actor: str(data.actor), title: str(data.title), excerpt: str(data.excerpt) };
  const key = kinds.get(n.kind)?.sentence?.(n) ?? `notification.${n.kind}`;
  if (!hasMessage(key)) return t(lang, 'notification.generic', params);
  const facts = Object.fromEntries(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const reason = str(data.reason).trim();
  return t(lang, key, { ...facts, ...params }) + (reason ? t(lang, 'notification.reason', { reason }) : '');
}

/** The site path a notification opens (stored with it); the site root when none was recorded. */
export function notificationPath(data: Record<string, unknown>): string {
  const path = str(data.path);
  return path.startsWith('/') ? path : '/';
}

export interface MailLinks {
  /** The site's address, without a trailing slash. */
  publicUrl: string;
  unsubscribeToken: string;
}

/** The visible unsubscribe page and the one-click (RFC 8058) endpoint, with their mail headers. */
export function unsubscribeLinks({ publicUrl, unsubscribeToken }: MailLinks) {
  const token = encodeURIComponent(unsubscribeToken);
  return {
    page: `${publicUrl}/unsubscribe?token=${token}`,
    headers: {
      'List-Unsubscribe': `<${publicUrl}/api/notifications/unsubscribe?token=${token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

function footer(lang: Language, links: MailLinks): string {
  return t(lang, 'mail.notification.footer', { city: t(lang, 'city.name'), settings: `${links.publicUrl}/profile`, unsubscribe: unsubscribeLinks(links).page });
}

/**
 * One notification as an e-mail: the subject its kind declares (`mail.notification.subject.<kind>` unless the kind
 * picks another; the general one without it), text with the page link and the unsubscribe links, headers.
 */
export function notificationMail(lang: Language, to: { name: string }, n: NotificationContent, links: MailLinks, kinds: NotificationKinds) {
  const data = factsIn(lang, n.data);
  const params = { actor: str(data.actor), title: str(data.title), city: t(lang, 'city.name') };
  const key = kinds.get(n.kind)?.subject?.(n) ?? `mail.notification.subject.${n.kind}`;
  return {
    subject: t(lang, hasMessage(key) ? key : 'mail.notification.subject', params),
    text: t(lang, 'mail.notification.text', {
      name: to.name,
      text: notificationText(lang, n, kinds),
      link: `${links.publicUrl}${notificationPath(n.data)}`,
      footer: footer(lang, links),
    }),
    headers: unsubscribeLinks(links).headers,
  };
}

/** How many items a digest lists before it points to the notification centre for the rest. */
export const digestListLimit = 50;

/** Everything not yet mailed, in one e-mail (oldest first). */
export function digestMail(lang: Language, to: { name: string }, items: NotificationContent[], links: MailLinks, kinds: NotificationKinds) {
  const city = t(lang, 'city.name');
  const listed = items.slice(0, digestListLimit).map((n) => `• ${notificationText(lang, n, kinds)}\n  ${links.publicUrl}${notificationPath(n.data)}`);
  const rest = items.length - listed.length;
  if (rest > 0) listed.push(t(lang, 'mail.digest.more', { count: rest, link: `${links.publicUrl}/notifications` }));
  return {
    subject: t(lang, 'mail.digest.subject', { count: items.length, city }),
    text: t(lang, 'mail.digest.text', { name: to.name, city, items: listed.join('\n\n'), footer: footer(lang, links) }),
    headers: unsubscribeLinks(links).headers,
  };
}
