import { describe, expect, it } from 'vitest';
import { cityDayEnd, cityDayOf, cityDayStart, cityMinute, cityMinuteOf } from './city-time.js';

// the test process runs in whatever zone the machine has; each case names the city's zone, so the answers
// must not depend on it (they did with new Date('2026-03-29T00:00:00'), which reads the browser's zone)
describe('city time in admin forms', () => {
  it.each([
    ['Europe/Moscow', '2026-03-29', '2026-03-28T21:00:00.000Z', '2026-03-29T20:59:59.999Z'],
    ['Asia/Vladivostok', '2026-01-01', '2025-12-31T14:00:00.000Z', '2026-01-01T13:59:59.999Z'],
    // Warsaw moves its clocks on 29 March 2026: the day starts at +01:00 and ends at +02:00
    ['Europe/Warsaw', '2026-03-29', '2026-03-28T23:00:00.000Z', '2026-03-29T21:59:59.999Z'],
    ['America/New_York', '2026-11-01', '2026-11-01T04:00:00.000Z', '2026-11-02T04:59:59.999Z'],
  ])('a day in %s begins and ends on the city clock: %s', (tz, day, start, end) => {
    expect(cityDayStart(day, tz)).toBe(start);
    expect(cityDayEnd(day, tz)).toBe(end);
    expect(cityDayOf(start, tz)).toBe(day);
    expect(cityDayOf(end, tz)).toBe(day);
  });

  it('shows an instant on the city clock and reads it back', () => {
    expect(cityMinuteOf('2026-06-01T09:30:00.000Z', 'Europe/Moscow')).toBe('2026-06-01T12:30');
    expect(cityMinute('2026-06-01T12:30', 'Europe/Moscow')).toBe('2026-06-01T09:30:00.000Z');
    expect(cityMinuteOf('2026-12-31T22:15:00.000Z', 'Asia/Vladivostok')).toBe('2027-01-01T08:15');
    expect(cityMinute('2027-01-01T08:15', 'Asia/Vladivostok')).toBe('2026-12-31T22:15:00.000Z');
  });

  it('refuses what is not a day or a minute', () => {
    expect(cityMinute('', 'Europe/Moscow')).toBeNull();
    expect(cityMinute('2026-06-01', 'Europe/Moscow')).toBeNull();
    expect(() => cityDayStart('01.06.2026', 'Europe/Moscow')).toThrow(RangeError);
  });
});
