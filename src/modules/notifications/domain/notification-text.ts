import { hasMessage, t, type Language } from '../../../core/i18n/i18n.js';

/**
 * What a notification stores to be rendered without further queries: resolved names, titles,
 * an excerpt, the page path, a moderator's reason. Never an e-mail address.
 */
export interface NotificationData {
  actor?: string;
  title?: string;
  excerpt?: string;
  path?: string;
  reason?: string | null;
  pending?: boolean;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * The notification's sentence in the reader's language (from `notification.<kind>` messages). A
 * moderation notice about a comment says "your comment on …" (its title is the host's).
 */
export function notificationText(lang: Language, kind: string, data: Record<string, unknown>, entityType = ''): string {
  const params = { actor: str(data.actor), title: str(data.title), excerpt: str(data.excerpt) };
  const reason = str(data.reason).trim();
  const about = (key: string) => (entityType === 'comment' ? `${key}.comment` : key);
  switch (kind) {
    case 'comment.created':
    case 'comment.reply':
      return t(lang, params.excerpt ? `notification.${kind}` : `notification.${kind}.short`, params);
    case 'content.hidden':
      if (data.pending === true) return t(lang, about('notification.content.hidden.pending'), params);
      return t(lang, about('notification.content.hidden'), params) + (reason ? t(lang, 'notification.reason', { reason }) : '');
    case 'content.restored':
      return t(lang, about('notification.content.restored'), params) + (reason ? t(lang, 'notification.reason', { reason }) : '');
    default: {
      // a kind another module's events bring (e.g. `report.status.answered`) with its own sentence; its string facts are the parameters
      const key = `notification.${kind}`;
      if (!hasMessage(key)) return t(lang, 'notification.generic', params);
      const facts = Object.fromEntries(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string'));
      return t(lang, key, { ...facts, ...params }) + (reason ? t(lang, 'notification.reason', { reason }) : '');
    }
  }
}

/** The site path a notification opens (stored with it); the site root when none was recorded. */
export function notificationPath(data: Record<string, unknown>): string {
  const path = str(data.path);
  return path.startsWith('/') ? path : '/';
}

/** What rendering a notification needs. */
export interface NotificationContent {
  kind: string;
  entityType?: string;
  data: Record<string, unknown>;
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

/** One notification as an e-mail: subject, text with the page link and the unsubscribe links, headers. */
export function notificationMail(lang: Language, to: { name: string }, n: NotificationContent, links: MailLinks) {
  const params = { actor: str(n.data.actor), title: str(n.data.title), city: t(lang, 'city.name') };
  const subjectKey =
    [`mail.notification.subject.${n.kind}.${n.entityType ?? ''}`, `mail.notification.subject.${n.kind}`].find(hasMessage) ?? 'mail.notification.subject';
  return {
    subject: t(lang, subjectKey, params),
    text: t(lang, 'mail.notification.text', {
      name: to.name,
      text: notificationText(lang, n.kind, n.data, n.entityType),
      link: `${links.publicUrl}${notificationPath(n.data)}`,
      footer: footer(lang, links),
    }),
    headers: unsubscribeLinks(links).headers,
  };
}

/** How many items a digest lists before it points to the notification centre for the rest. */
export const digestListLimit = 50;

/** Everything not yet mailed, in one e-mail (oldest first). */
export function digestMail(lang: Language, to: { name: string }, items: NotificationContent[], links: MailLinks) {
  const city = t(lang, 'city.name');
  const listed = items
    .slice(0, digestListLimit)
    .map((n) => `• ${notificationText(lang, n.kind, n.data, n.entityType)}\n  ${links.publicUrl}${notificationPath(n.data)}`);
  const rest = items.length - listed.length;
  if (rest > 0) listed.push(t(lang, 'mail.digest.more', { count: rest, link: `${links.publicUrl}/notifications` }));
  return {
    subject: t(lang, 'mail.digest.subject', { count: items.length, city }),
    text: t(lang, 'mail.digest.text', { name: to.name, city, items: listed.join('\n\n'), footer: footer(lang, links) }),
    headers: unsubscribeLinks(links).headers,
  };
}
