import { describe, expect, it } from 'vitest';
import { topPriorities } from './priorities.js';

describe('the top directions of a priorities poll', () => {
  const options = [
    { optionId: 'roads', count: 4, borda: 6, firstPlaces: 1 },
    { optionId: 'yards', count: 4, borda: 9, firstPlaces: 2 },
    { optionId: 'lights', count: 4, borda: 6, firstPlaces: 1 },
    { optionId: 'parks', count: 4, borda: 3, firstPlaces: 0 },
  ];

  it('takes the most Borda points first, ties broken by first places and then by the order on the poll', () => {
    expect(topPriorities({ answered: 4, options }, 3)).toEqual(['yards', 'roads', 'lights']);
    const moreFirsts = options.map((o) => (o.optionId === 'lights' ? { ...o, firstPlaces: 2 } : o));
    expect(topPriorities({ answered: 4, options: moreFirsts }, 2)).toEqual(['yards', 'lights']);
  });

  it('takes no more than there are, and none when nobody answered', () => {
    expect(topPriorities({ answered: 4, options }, 10)).toHaveLength(4);
    expect(topPriorities({ answered: 0, options }, 3)).toEqual([]);
  });
});
