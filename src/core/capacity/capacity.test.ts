import { describe, expect, it } from 'vitest';
import { freePlaces, numberWaitlist, placeFor, promotions } from './capacity.js';

describe('places with a waitlist', () => {
  it('a newcomer is registered while a place is free, else waits; without a capacity always registered', () => {
    expect([placeFor(2, 1), placeFor(2, 2), placeFor(2, 3), placeFor(null, 10_000)]).toEqual(['registered', 'waitlisted', 'waitlisted', 'registered']);
  });

  it('freed places move up as many as wait, at most the free places', () => {
    // 5 places, 3 in, 4 waiting: 2 move up; full: none; no limit: everyone waiting; more room than waiting: all 2
    expect([promotions(5, 3, 4), promotions(5, 5, 4), promotions(null, 3, 4), promotions(10, 3, 2), promotions(3, 5, 4)]).toEqual([2, 0, 4, 2, 0]);
  });

  it('free places never below zero; none counted without a limit', () => {
    expect([freePlaces(5, 3), freePlaces(5, 5), freePlaces(5, 7), freePlaces(null, 3)]).toEqual([2, 0, 0, null]);
  });

  it('the organiser’s list numbers those waiting in the order they came, nobody else', () => {
    const lines = [{ state: 'registered' }, { state: 'waitlisted' }, { state: 'cancelled' }, { state: 'attended' }, { state: 'waitlisted' }];
    expect(numberWaitlist(lines).map((l) => l.position)).toEqual([null, 1, null, null, 2]);
    expect(numberWaitlist([])).toEqual([]);
  });
});
