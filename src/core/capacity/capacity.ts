/**
 * Places with a waitlist, for anything people take a place in (an event's registrations, a volunteering shift's
 * sign-ups): where a newcomer lands, how many move up when places free up, the free places, and the organiser's list
 * numbered along the line. Pure; the tables that hold the places use core/capacity/waitlist.ts.
 */

/** Where someone stands: in (a place), in line (the waitlist), or withdrawn. Modules may add states of their own (attended). */
export type Place = 'registered' | 'waitlisted';

/** Where a newcomer lands: registered while there is a free place (always without a capacity, null), else on the waitlist. */
export function placeFor(capacity: number | null, registered: number): Place {
  return capacity === null || registered < capacity ? 'registered' : 'waitlisted';
}

/** How many of the waitlist move up when places free up (a cancellation, a capacity raised): all of them without a capacity. */
export function promotions(capacity: number | null, registered: number, waitlisted: number): number {
  if (capacity === null) return waitlisted;
  return Math.max(0, Math.min(waitlisted, capacity - registered));
}

/** Free places (null: no limit). */
export function freePlaces(capacity: number, registered: number): number;
export function freePlaces(capacity: number | null, registered: number): number | null;
export function freePlaces(capacity: number | null, registered: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - registered);
}

/**
 * The organiser's list, given in the order people came (the queue): each line with its place on the waitlist
 * (1 = next) for those waiting, null for the others.
 */
export function numberWaitlist<T extends { state: string }>(lines: readonly T[]): (T & { position: number | null })[] {
  let waiting = 0;
  return lines.map((l) => ({ ...l, position: l.state === 'waitlisted' ? ++waiting : null }));
}
