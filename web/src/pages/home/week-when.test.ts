import { describe, expect, it } from 'vitest';
import { weekWhen } from './week-when.js';

const moscow = 'Europe/Moscow'; // UTC+3 all year
// Monday 7 December 2026, 22:30 in Moscow (19:30 UTC)
const now = new Date('2026-12-07T19:30:00Z');

describe('weekWhen', () => {
  it('says "today" for a start later on the city’s day, with the hours on the city’s clock', () => {
    expect(weekWhen('2026-12-07T20:00:00Z', '2026-12-07T20:45:00Z', now, moscow, 'ru-RU')).toEqual({
      relative: 'today',
      day: 'пн, 7 декабря',
      hours: '23:00–23:45',
    });
  });

  it('says "tomorrow" for a start after the city’s midnight, though UTC is still on today', () => {
    // 21:30 UTC on the 7th is 00:30 on the 8th in Moscow
    expect(weekWhen('2026-12-07T21:30:00Z', '2026-12-07T23:00:00Z', now, moscow, 'en-GB').relative).toBe('tomorrow');
  });

  it('writes the weekday and date further ahead, and the end’s date when it ends on another day', () => {
    expect(weekWhen('2026-12-11T15:00:00Z', '2026-12-12T09:00:00Z', now, moscow, 'ru-RU')).toEqual({
      relative: null,
      day: 'пт, 11 декабря',
      hours: '18:00 – сб, 12 декабря, 12:00',
    });
    expect(weekWhen('2026-12-11T15:00:00Z', '2026-12-11T17:00:00Z', now, moscow, 'en-GB')).toEqual({
      relative: null,
      day: 'Fri 11 December',
      hours: '18:00–20:00',
    });
  });
});
