import { describe, expect, it } from 'vitest';
import { commentPath, editableUntil, excerptOf, isCommentPath, isLive, isWithinEditWindow, maxBodyLength, normalizeBody, replyDepth } from './comment-rules.js';

describe('comment text', () => {
  it.each([
    ['  hello  ', 'hello'],
    ['a\r\nb\rc', 'a\nb\nc'],
    ['line one   \nline two\t\n', 'line one\nline two'],
    ['a\n\n\nb', 'a\n\n\nb'],
    ['a\n\n\n\n\n\n\nb', 'a\n\n\nb'],
    ['a\n  \n \t\n\n\n\nb', 'a\n\n\nb'],
    ['zero\u200bwidth\u0007bell', 'zerowidthbell'],
    ['Невский проспект, д. 28', 'Невский проспект, д. 28'],
  ])('%j → %j', (raw, body) => {
    expect(normalizeBody(raw)).toEqual({ ok: true, body });
  });

  it.each(['', '   ', '\n\n\t\n', '\u200b\ufeff'])('refuses empty text %j', (raw) => {
    expect(normalizeBody(raw)).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('counts characters, not UTF-16 units or bytes: 5000 Cyrillic letters or emoji are allowed, 5001 are not', () => {
    expect(normalizeBody('ж'.repeat(maxBodyLength))).toMatchObject({ ok: true });
    expect(normalizeBody('🙂'.repeat(maxBodyLength))).toMatchObject({ ok: true });
    expect(normalizeBody('ж'.repeat(maxBodyLength + 1))).toEqual({ ok: false, reason: 'too_long', length: maxBodyLength + 1 });
  });

  it('measures the limit after normalisation (surrounding spaces do not count)', () => {
    expect(normalizeBody(`   ${'x'.repeat(maxBodyLength)}   `)).toMatchObject({ ok: true });
  });
});

describe('thread shape', () => {
  it.each([
    [0, 1],
    [1, 2],
    [2, null],
  ])('a reply to a depth-%i comment has depth %j', (parent, child) => {
    expect(replyDepth(parent)).toBe(child);
  });

  it('paths are zero-padded seq numbers joined by dots, so text order is tree order', () => {
    const root = commentPath(null, 7);
    const a = commentPath(root, 12);
    const a1 = commentPath(a, 130);
    const b = commentPath(root, 99);
    expect(root).toBe('000000000007');
    expect(a1).toBe('000000000007.000000000012.000000000130');
    expect([b, a1, root, a].sort()).toEqual([root, a, a1, b]);
    expect([root, a, a1, b].every(isCommentPath)).toBe(true);
    expect(isCommentPath('7')).toBe(false);
    expect(isCommentPath(`${a1}.000000000200`)).toBe(false);
    expect(() => commentPath(null, -1)).toThrow();
  });

  it('is live only when visible and not deleted', () => {
    expect(isLive({ moderation: 'visible', deletedAt: null })).toBe(true);
    expect(isLive({ moderation: 'held', deletedAt: null })).toBe(false);
    expect(isLive({ moderation: 'hidden', deletedAt: null })).toBe(false);
    expect(isLive({ moderation: 'visible', deletedAt: new Date() })).toBe(false);
  });
});

describe('edit window', () => {
  const posted = new Date('2026-03-01T10:00:00Z');
  it.each([
    ['2026-03-01T10:00:00Z', true],
    ['2026-03-01T10:14:59Z', true],
    ['2026-03-01T10:15:00Z', false],
    ['2026-03-02T10:00:00Z', false],
  ])('at %s the author may edit: %j', (now, open) => {
    expect(isWithinEditWindow(posted, new Date(now))).toBe(open);
  });
  it('closes 15 minutes after posting', () => {
    expect(editableUntil(posted).toISOString()).toBe('2026-03-01T10:15:00.000Z');
  });
});

describe('excerpt', () => {
  it('flattens whitespace and cuts long text with an ellipsis', () => {
    expect(excerptOf('a\n\nb   c')).toBe('a b c');
    const long = excerptOf('слово '.repeat(100), 20);
    expect([...long].length).toBeLessThanOrEqual(20);
    expect(long.endsWith('…')).toBe(true);
  });
});
