import { describe, expect, it } from 'vitest';
import { commentRecipients, shorten } from './recipients.js';

describe('who hears of a new comment', () => {
  it.each([
    [
      'followers, not the author',
      { authorId: 'a', parentAuthorId: null, followerIds: ['a', 'b', 'c'] },
      [
        { userId: 'b', kind: 'comment.created' },
        { userId: 'c', kind: 'comment.created' },
      ],
    ],
    [
      'a reply takes precedence over following',
      { authorId: 'a', parentAuthorId: 'b', followerIds: ['b', 'c'] },
      [
        { userId: 'b', kind: 'comment.reply' },
        { userId: 'c', kind: 'comment.created' },
      ],
    ],
    ['the answered author who does not follow', { authorId: 'a', parentAuthorId: 'd', followerIds: [] }, [{ userId: 'd', kind: 'comment.reply' }]],
    ['answering yourself tells nobody', { authorId: 'a', parentAuthorId: 'a', followerIds: ['a'] }, []],
    ['a follower listed twice hears once', { authorId: 'a', parentAuthorId: null, followerIds: ['b', 'b'] }, [{ userId: 'b', kind: 'comment.created' }]],
    [
      'an authorless comment (a system message) tells every follower',
      { authorId: null, parentAuthorId: null, followerIds: ['b'] },
      [{ userId: 'b', kind: 'comment.created' }],
    ],
  ] as const)('%s', (_what, input, expected) => {
    expect(commentRecipients({ ...input, followerIds: [...input.followerIds] })).toEqual(expected);
  });
});

describe('shorten', () => {
  it('keeps short text, flattens whitespace, cuts long text on a word', () => {
    expect(shorten('  a\n\nb  ', 10)).toBe('a b');
    expect(shorten('one two three four five', 16)).toBe('one two three…');
    expect(shorten('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
