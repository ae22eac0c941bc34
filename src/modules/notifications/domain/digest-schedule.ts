import { localParts, zonedToUtc } from '../../../core/time/time.js';

/**
 * When the daily digest goes out: the first `hour`:00 in the city's time zone strictly after
 * `after`. Computed with Intl, so zones with daylight saving time and zones whose local date differs
 * from the UTC date are handled; a local hour that does not exist on a day the clocks jump forward
 * lands on the instant the clocks jumped to.
 */
export function nextDigestTime(after: Date, hour: number, timeZone: string): Date {
  const local = localParts(after, timeZone);
  let candidate = zonedToUtc(local.year, local.month, local.day, hour, timeZone);
  for (let days = 1; candidate.getTime() <= after.getTime() && days <= 3; days++) {
    candidate = zonedToUtc(local.year, local.month, local.day + days, hour, timeZone);
  }
  return candidate;
}
