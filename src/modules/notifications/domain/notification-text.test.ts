import { beforeAll, describe, expect, it } from 'vitest';
import { addMessages } from '../../../core/i18n/i18n.js';
import { notificationsMessages } from '../messages.js';
import { digestListLimit, digestMail, notificationMail, notificationPath, notificationText, unsubscribeLinks } from './notification-text.js';

beforeAll(() => {
  addMessages(notificationsMessages);
  addMessages({ en: { 'city.name': 'Gorod' }, ru: { 'city.name': '«Город»' } });
});

const links = { publicUrl: 'https://gorod.example', unsubscribeToken: 'tok_en-123' };
const comment = { actor: 'Bob', title: 'Benches', excerpt: 'Ten more', path: '/discussions/1#comment-2' };

describe('notification texts', () => {
  it.each([
    ['en', 'comment.created', comment, 'Bob commented on “Benches”: Ten more'],
    ['ru', 'comment.created', comment, 'Bob прокомментировал(а) «Benches»: Ten more'],
    ['en', 'comment.created', { ...comment, excerpt: '' }, 'Bob commented on “Benches”.'],
    ['en', 'comment.reply', comment, 'Bob replied to your comment on “Benches”: Ten more'],
    ['en', 'content.hidden', { title: 'Post', reason: 'Spam' }, 'A moderator hid “Post”: others no longer see it. Reason: Spam'],
    ['en', 'content.hidden', { title: 'Post', reason: null, pending: true }, '“Post” is hidden after several complaints until a moderator reviews it.'],
    ['ru', 'content.restored', { title: 'Пост', reason: '' }, 'Модератор восстановил запись «Пост»: она снова видна всем.'],
    ['en', 'something.new', { title: 'Post' }, 'News about “Post”.'],
  ] as const)('%s %s', (lang, kind, data, expected) => {
    expect(notificationText(lang, kind, data)).toBe(expected);
  });

  it('moderation of a comment says "your comment" (its title is the host’s)', () => {
    expect(notificationText('en', 'content.hidden', { title: 'Benches', reason: 'Abuse' }, 'comment')).toBe(
      'A moderator hid your comment on “Benches”: others no longer see it. Reason: Abuse',
    );
    expect(notificationText('ru', 'content.hidden', { title: 'Скамейки', pending: true }, 'comment')).toBe(
      'Ваш комментарий к «Скамейки» скрыт после нескольких жалоб до проверки модератором.',
    );
    expect(notificationText('ru', 'content.restored', { title: 'Скамейки', reason: 'Ошибка' }, 'comment')).toBe(
      'Модератор восстановил ваш комментарий к «Скамейки»: он снова виден всем. Причина: Ошибка',
    );
    const mail = notificationMail('en', { name: 'A' }, { kind: 'content.hidden', entityType: 'comment', data: { title: 'Benches' } }, links);
    expect(mail.subject).toBe('Your comment on “Benches” was hidden');
    expect(notificationMail('en', { name: 'A' }, { kind: 'content.hidden', entityType: 'discussion', data: { title: 'Benches' } }, links).subject).toBe(
      '“Benches” was hidden',
    );
  });

  it('opens the stored path, or the site root for anything odd', () => {
    expect(notificationPath({ path: '/discussions/1' })).toBe('/discussions/1');
    expect(notificationPath({ path: 'https://evil.example' })).toBe('/');
    expect(notificationPath({})).toBe('/');
  });
});

describe('notification mail', () => {
  it('one notification: subject by kind, link to the page, visible and one-click unsubscribe', () => {
    const mail = notificationMail('en', { name: 'Alice' }, { kind: 'comment.created', data: comment }, links);
    expect(mail.subject).toBe('New comment on “Benches”');
    expect(mail.text).toContain('Hello, Alice!');
    expect(mail.text).toContain('Open: https://gorod.example/discussions/1#comment-2');
    expect(mail.text).toContain('https://gorod.example/unsubscribe?token=tok_en-123');
    expect(mail.text).toContain('https://gorod.example/profile');
    expect(mail.headers).toEqual(unsubscribeLinks(links).headers);
    expect(mail.headers['List-Unsubscribe']).toBe('<https://gorod.example/api/notifications/unsubscribe?token=tok_en-123>');
    expect(notificationMail('en', { name: 'A' }, { kind: 'something.new', data: { title: 'X' } }, links).subject).toBe('News on Gorod');
  });

  it('a digest lists items oldest first with Russian plurals, and points to the centre past the limit', () => {
    const items = Array.from({ length: digestListLimit + 3 }, (_v, i) => ({ kind: 'comment.created', data: { ...comment, excerpt: `n${i}` } }));
    const mail = digestMail('ru', { name: 'Карина' }, items, links);
    expect(mail.subject).toBe('53 новых уведомления на портале «Город»');
    expect(mail.text).toContain('Здравствуйте, Карина!');
    expect(mail.text.indexOf(': n0')).toBeLessThan(mail.text.indexOf(': n1\n'));
    expect(mail.text).not.toContain(`: n${digestListLimit}\n`);
    expect(mail.text).toContain('…и ещё 3: https://gorod.example/notifications');
    expect(digestMail('ru', { name: 'К' }, items.slice(0, 1), links).subject).toBe('1 новое уведомление на портале «Город»');
    expect(digestMail('ru', { name: 'К' }, items.slice(0, 5), links).subject).toBe('5 новых уведомлений на портале «Город»');
    expect(digestMail('en', { name: 'K' }, items.slice(0, 2), links).subject).toBe('2 new notifications on Gorod');
  });
});
