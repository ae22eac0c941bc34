import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../core/text/text.js';
import { bodyProblem, commentPath, editableUntil, excerptOf, isCommentPath, isLive, isWithinEditWindow, maxBodyLength, replyDepth } from './comment-rules.js';

describe('comment text', () => {
  // the text arrives cleaned by the one text rule (core/text), whose own table covers what cleaning removes
  it.each(['Невский проспект, д. 28', 'a\n\nb', '🙂'])('accepts %j', (body) => {
    expect(bodyProblem(body)).toBeNull();
  });

  it('refuses empty text', () => {
    expect(bodyProblem('')).toEqual({ reason: 'empty', length: 0 });
  });

  it('refuses text that cleaning leaves empty (spaces, zero-width characters, a bidi override)', () => {
    expect(bodyProblem(cleanText('  \n\t\u200b\ufeff\u202e '))).toEqual({ reason: 'empty', length: 0 });
  });

  it('counts characters, not UTF-16 units or bytes: 5000 Cyrillic letters or emoji are allowed, 5001 are not', () => {
    expect(bodyProblem('ж'.repeat(maxBodyLength))).toBeNull();
    expect(bodyProblem('🙂'.repeat(maxBodyLength))).toBeNull();
    expect(bodyProblem('ж'.repeat(maxBodyLength + 1))).toEqual({ reason: 'too_long', length: maxBodyLength + 1 });
  });

  it('measures the limit after cleaning (surrounding spaces do not count)', () => {
    expect(bodyProblem(cleanText(`   ${'x'.repeat(maxBodyLength)}   `))).toBeNull();
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
