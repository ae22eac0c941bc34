import { describe, expect, it } from 'vitest';
import { recipients } from './recipients.js';

// e.g. a new comment: the author of the comment it answers hears of a reply, the thread's followers of a comment
const reply = (ids: (string | null)[]) => ({ to: ids, kind: 'reply' });
const news = (ids: (string | null)[]) => ({ to: ids, kind: 'news' });

describe('who hears of an event', () => {
  it.each([
    ['followers, not the one who acted', 'a', [news(['a', 'b', 'c'])], ['b news', 'c news']],
    ['an earlier notice takes precedence', 'a', [reply(['b']), news(['b', 'c'])], ['b reply', 'c news']],
    ['someone named only by the first notice', 'a', [reply(['d']), news([])], ['d reply']],
    ['acting on your own thing tells nobody', 'a', [reply(['a']), news(['a'])], []],
    ['someone listed twice hears once', 'a', [news(['b', 'b'])], ['b news']],
    ['empty entries are skipped', 'a', [reply([null]), news(['', 'b'])], ['b news']],
    ['a system event (no actor) tells everyone named', null, [news(['b'])], ['b news']],
  ] as const)('%s', (_what, actorId, notices, expected) => {
    expect(recipients(actorId, notices).map((r) => `${r.userId} ${r.notice.kind}`)).toEqual(expected);
  });
});
