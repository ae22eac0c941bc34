import { beforeAll, describe, expect, it } from 'vitest';
import { addMessages } from '../../core/i18n/i18n.js';
import { notificationKindMap } from '../../core/module/notification-kinds.js';
import { notificationMail, notificationText } from '../notifications/domain/notification-text.js';
import { notificationsMessages } from '../notifications/messages.js';
import { commentsMessages } from './messages.js';
import { commentNotificationKinds } from './notifications.js';

const kinds = notificationKindMap(commentNotificationKinds);
beforeAll(() => {
  addMessages(notificationsMessages);
  addMessages(commentsMessages);
  addMessages({ en: { 'city.name': 'Gorod' }, ru: { 'city.name': '«Город»' } });
});

const comment = { actor: 'Bob', title: 'Benches', excerpt: 'Ten more', path: '/discussions/1#comment-2' };
const links = { publicUrl: 'https://gorod.example', unsubscribeToken: 'tok_en-123' };

describe('what people hear of comments', () => {
  it.each([
    ['en', 'comment.created', comment, 'Bob commented on “Benches”: Ten more'],
    ['ru', 'comment.created', comment, 'Новый комментарий к «Benches». Bob: Ten more'],
    ['en', 'comment.created', { ...comment, excerpt: '' }, 'Bob commented on “Benches”.'],
    ['en', 'comment.reply', comment, 'Bob replied to your comment on “Benches”: Ten more'],
    ['ru', 'comment.reply', { ...comment, excerpt: '' }, 'Ответ на ваш комментарий к «Benches» (автор — Bob).'],
  ] as const)('%s %s %j', (lang, kind, data, expected) => {
    expect(notificationText(lang, { kind, data }, kinds)).toBe(expected);
  });

  it('mail subjects', () => {
    expect(notificationMail('en', { name: 'A' }, { kind: 'comment.created', data: comment }, links, kinds).subject).toBe('New comment on “Benches”');
    expect(notificationMail('en', { name: 'A' }, { kind: 'comment.reply', data: comment }, links, kinds).subject).toBe('Bob replied to you on “Benches”');
  });
});
