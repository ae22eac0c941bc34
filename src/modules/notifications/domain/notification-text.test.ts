import { beforeAll, describe, expect, it } from 'vitest';
import { addMessages } from '../../../core/i18n/i18n.js';
import { notificationKindMap } from '../../../core/module/notification-kinds.js';
import { notificationsMessages } from '../messages.js';
import { digestListLimit, digestMail, notificationMail, notificationPath, notificationText, unsubscribeLinks } from './notification-text.js';

// Kinds as a module would declare them in its manifest, with their messages in its catalogue.
const kinds = notificationKindMap([
  { kind: 'thing.liked' },
  {
    kind: 'thing.noted',
    sentence: (n) => (n.data.excerpt ? 'notification.thing.noted' : 'notification.thing.noted.short'),
    subject: (n) => (n.entityType === 'comment' ? 'mail.notification.subject.thing.noted.comment' : 'mail.notification.subject.thing.noted'),
  },
  { kind: 'thing.declared_without_text' },
]);

beforeAll(() => {
  addMessages(notificationsMessages);
  addMessages({ en: { 'city.name': 'Gorod' }, ru: { 'city.name': '«Город»' } });
  addMessages({
    en: {
      'notification.thing.liked': '{actor} liked “{title}” in {place}.',
      'notification.thing.noted': '{actor} noted on “{title}”: {excerpt}',
      'notification.thing.noted.short': '{actor} noted on “{title}”.',
      'mail.notification.subject.thing.noted': 'A note on “{title}”',
      'mail.notification.subject.thing.noted.comment': '{actor} noted on your comment',
    },
    ru: {
      'notification.thing.liked': '{actor} отметил(а) «{title}» в {place}.',
      'notification.thing.noted': '{actor} заметил(а) к «{title}»: {excerpt}',
      'notification.thing.noted.short': '{actor} заметил(а) к «{title}».',
      'mail.notification.subject.thing.noted': 'Заметка к «{title}»',
      'mail.notification.subject.thing.noted.comment': '{actor} заметил(а) к вашему комментарию',
    },
  });
});

const links = { publicUrl: 'https://gorod.example', unsubscribeToken: 'tok_en-123' };
const note = { actor: 'Bob', title: 'Benches', excerpt: 'Ten more', path: '/things/1#note-2' };

describe('notification texts, as the kind’s module declares them', () => {
  it.each([
    ['en', 'thing.liked', { actor: 'Bob', title: 'Benches', place: 'Kolomna' }, 'Bob liked “Benches” in Kolomna.'],
    ['ru', 'thing.liked', { actor: 'Bob', title: 'Скамейки', place: 'Коломне' }, 'Bob отметил(а) «Скамейки» в Коломне.'],
    ['en', 'thing.noted', note, 'Bob noted on “Benches”: Ten more'],
    ['en', 'thing.noted', { ...note, excerpt: '' }, 'Bob noted on “Benches”.'],
    ['en', 'thing.liked', { actor: 'Bob', title: 'Post', place: 'Kolomna', reason: 'Spam' }, 'Bob liked “Post” in Kolomna. Reason: Spam'],
    ['en', 'thing.liked', { actor: 'Bob', title: 'Post', place: 'Kolomna', reason: ' ' }, 'Bob liked “Post” in Kolomna.'],
    ['ru', 'thing.liked', { actor: 'Bob', title: 'Пост', place: 'Коломне', reason: 'Ошибка' }, 'Bob отметил(а) «Пост» в Коломне. Причина: Ошибка'],
    ['en', 'something.unknown', { title: 'Post' }, 'News about “Post”.'],
    ['en', 'thing.declared_without_text', { title: 'Post' }, 'News about “Post”.'],
  ] as const)('%s %s %j', (lang, kind, data, expected) => {
    expect(notificationText(lang, { kind, data }, kinds)).toBe(expected);
  });

  it('opens the stored path, or the site root for anything odd', () => {
    expect(notificationPath({ path: '/discussions/1' })).toBe('/discussions/1');
    expect(notificationPath({ path: 'https://evil.example' })).toBe('/');
    expect(notificationPath({})).toBe('/');
  });
});

describe('notification mail', () => {
  it('one notification: subject by kind, link to the page, visible and one-click unsubscribe', () => {
    const mail = notificationMail('en', { name: 'Alice' }, { kind: 'thing.noted', data: note }, links, kinds);
    expect(mail.subject).toBe('A note on “Benches”');
    expect(mail.text).toContain('Hello, Alice!');
    expect(mail.text).toContain('Bob noted on “Benches”: Ten more');
    expect(mail.text).toContain('Open: https://gorod.example/things/1#note-2');
    expect(mail.text).toContain('https://gorod.example/unsubscribe?token=tok_en-123');
    expect(mail.text).toContain('https://gorod.example/profile');
    expect(mail.headers).toEqual(unsubscribeLinks(links).headers);
    expect(mail.headers['List-Unsubscribe']).toBe('<https://gorod.example/api/notifications/unsubscribe?token=tok_en-123>');
  });

  it('the subject the kind picks from the facts; the general one for a kind without its own or an unknown kind', () => {
    expect(notificationMail('en', { name: 'A' }, { kind: 'thing.noted', entityType: 'comment', data: note }, links, kinds).subject).toBe(
      'Bob noted on your comment',
    );
    expect(notificationMail('en', { name: 'A' }, { kind: 'thing.liked', data: { title: 'X' } }, links, kinds).subject).toBe('News on Gorod');
    expect(notificationMail('ru', { name: 'A' }, { kind: 'something.unknown', data: { title: 'X' } }, links, kinds).subject).toBe('Новости на портале «Город»');
  });

  it('a digest lists items oldest first with Russian plurals, and points to the centre past the limit', () => {
    const items = Array.from({ length: digestListLimit + 3 }, (_v, i) => ({ kind: 'thing.noted', data: { ...note, excerpt: `n${i}` } }));
    const mail = digestMail('ru', { name: 'Карина' }, items, links, kinds);
    expect(mail.subject).toBe('53 новых уведомления на портале «Город»');
    expect(mail.text).toContain('Здравствуйте, Карина!');
    expect(mail.text).toContain('• Bob заметил(а) к «Benches»: n0\n  https://gorod.example/things/1#note-2');
    expect(mail.text.indexOf(': n0')).toBeLessThan(mail.text.indexOf(': n1\n'));
    expect(mail.text).not.toContain(`: n${digestListLimit}\n`);
    expect(mail.text).toContain('…и ещё 3: https://gorod.example/notifications');
    expect(digestMail('ru', { name: 'К' }, items.slice(0, 1), links, kinds).subject).toBe('1 новое уведомление на портале «Город»');
    expect(digestMail('ru', { name: 'К' }, items.slice(0, 5), links, kinds).subject).toBe('5 новых уведомлений на портале «Город»');
    expect(digestMail('en', { name: 'K' }, items.slice(0, 2), links, kinds).subject).toBe('2 new notifications on Gorod');
  });
});
