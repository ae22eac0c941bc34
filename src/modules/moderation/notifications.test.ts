import { beforeAll, describe, expect, it } from 'vitest';
import { addMessages } from '../../core/i18n/i18n.js';
import { notificationKindMap } from '../../core/module/notification-kinds.js';
import { notificationMail, notificationText } from '../notifications/domain/notification-text.js';
import { notificationsMessages } from '../notifications/messages.js';
import { moderationMessages } from './messages.js';
import { moderationNotificationKinds } from './notifications.js';

const kinds = notificationKindMap(moderationNotificationKinds);
beforeAll(() => {
  addMessages(notificationsMessages);
  addMessages(moderationMessages);
  addMessages({ en: { 'city.name': 'Gorod' }, ru: { 'city.name': '«Город»' } });
});
const links = { publicUrl: 'https://gorod.example', unsubscribeToken: 'tok_en-123' };

describe('what authors hear of moderation', () => {
  it.each([
    ['en', 'content.hidden', { title: 'Post', reason: 'Spam' }, 'A moderator hid “Post”: others no longer see it. Reason: Spam'],
    ['en', 'content.hidden', { title: 'Post', reason: null, pending: true }, '“Post” is hidden after several complaints until a moderator reviews it.'],
    ['ru', 'content.restored', { title: 'Пост', reason: '' }, 'Модератор восстановил запись «Пост»: она снова видна всем.'],
  ] as const)('%s %s %j', (lang, kind, data, expected) => {
    expect(notificationText(lang, { kind, data }, kinds)).toBe(expected);
  });

  it('moderation of a comment says "your comment" (its title is the host’s)', () => {
    expect(notificationText('en', { kind: 'content.hidden', entityType: 'comment', data: { title: 'Benches', reason: 'Abuse' } }, kinds)).toBe(
      'A moderator hid your comment on “Benches”: others no longer see it. Reason: Abuse',
    );
    expect(notificationText('ru', { kind: 'content.hidden', entityType: 'comment', data: { title: 'Скамейки', pending: true } }, kinds)).toBe(
      'Ваш комментарий к «Скамейки» скрыт после нескольких жалоб до проверки модератором.',
    );
    expect(notificationText('ru', { kind: 'content.restored', entityType: 'comment', data: { title: 'Скамейки', reason: 'Ошибка' } }, kinds)).toBe(
      'Модератор восстановил ваш комментарий к «Скамейки»: он снова виден всем. Причина: Ошибка',
    );
    const mail = notificationMail('en', { name: 'A' }, { kind: 'content.hidden', entityType: 'comment', data: { title: 'Benches' } }, links, kinds);
    expect(mail.subject).toBe('Your comment on “Benches” was hidden');
    expect(notificationMail('en', { name: 'A' }, { kind: 'content.hidden', entityType: 'discussion', data: { title: 'Benches' } }, links, kinds).subject).toBe(
      '“Benches” was hidden',
    );
    expect(notificationMail('en', { name: 'A' }, { kind: 'content.restored', entityType: 'comment', data: { title: 'Benches' } }, links, kinds).subject).toBe(
      'Your comment on “Benches” is visible again',
    );
  });
});
