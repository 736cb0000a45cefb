import { describe, expect, it } from 'vitest';
import { firstIndexBelow, navigatorModelOf, nextUnansweredFrom, startIndexOf } from './cluster-navigator';

const model = navigatorModelOf([
  {
    code: 'KEL',
    indicators: [
      { code: 'KEL-01', answered: true },
      { code: 'KEL-02', answered: false },
      { code: 'KEL-03', answered: true },
    ],
  },
  {
    code: 'K1',
    indicators: [
      { code: 'K1-04', answered: false },
      { code: 'K1-05', answered: false },
    ],
  },
  { code: 'K2', indicators: [{ code: 'K2-07', answered: true }] },
]);

describe('navigatorModelOf', () => {
  it('counts answered indicators per cluster, in form order', () => {
    expect(model.chips).toEqual([
      { code: 'KEL', answered: 2, total: 3 },
      { code: 'K1', answered: 0, total: 2 },
      { code: 'K2', answered: 1, total: 1 },
    ]);
    expect(model.order).toEqual(['KEL-01', 'KEL-02', 'KEL-03', 'K1-04', 'K1-05', 'K2-07']);
    expect([...model.unanswered]).toEqual(['KEL-02', 'K1-04', 'K1-05']);
  });
});

describe('nextUnansweredFrom', () => {
  it('takes the first unanswered one at the start index or after it', () => {
    expect(nextUnansweredFrom(model.order, model.unanswered, 0)).toBe('KEL-02');
    expect(nextUnansweredFrom(model.order, model.unanswered, 2)).toBe('K1-04');
    expect(nextUnansweredFrom(model.order, model.unanswered, 4)).toBe('K1-05');
  });

  it('wraps to the first unanswered one after the last', () => {
    expect(nextUnansweredFrom(model.order, model.unanswered, 5)).toBe('KEL-02');
    expect(nextUnansweredFrom(model.order, model.unanswered, model.order.length)).toBe('KEL-02');
  });

  it('is null when everything is answered', () => {
    expect(nextUnansweredFrom(model.order, new Set(), 0)).toBeNull();
  });
});

describe('where "next" starts', () => {
  const tops = [-900, -300, 40, 300, 900, 1500];

  it('starts at the first card below the navigator', () => {
    expect(firstIndexBelow(tops, 80)).toBe(3);
    expect(firstIndexBelow(tops, 2000)).toBe(tops.length);
    expect(startIndexOf(tops, 80, null)).toBe(3);
  });

  it('moves past the card that has focus when it is at or below that point', () => {
    expect(startIndexOf(tops, 80, 4)).toBe(5);
    // A focused card above the navigator does not hold the search back.
    expect(startIndexOf(tops, 80, 1)).toBe(3);
  });
});
