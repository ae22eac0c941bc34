/**
 * k-anonymity for published counts of people: a group of fewer than K people is never shown exactly, so nobody can be
 * picked out of a small group (a district's three respondents, a street's two volunteers). The one place the rule
 * lives: the statistics API, the representativeness panels and the published poll responses all go through it. Pure,
 * and free of the validation library: the web's pages import it (its schema is in public-count-schema.ts).
 */

/** The smallest group shown exactly. */
export const K = 10;

/** What the API says instead of a count of 1–9 people. Zero stays 0: "nobody" points at no one. */
export const fewerThanK = '< 10' as const;

/** A published count of people: exact from K on (and 0), else "< 10". */
export type PublicCount = number | typeof fewerThanK;

/** Whether a group of `n` people is too small to be shown (1 to K − 1). */
export const isSmallGroup = (n: number): boolean => n > 0 && n < K;

/** A count of people as published. */
export const publicCount = (n: number): PublicCount => (isSmallGroup(n) ? fewerThanK : n);

/**
 * The total of counts some of which are hidden, as published: rounded to the nearest ten when any part is hidden, so
 * the total minus the shown parts never gives a hidden one exactly (it gives a range no narrower than "< 10").
 */
export function publicTotal(parts: readonly number[]): PublicCount {
  const total = parts.reduce((s, n) => s + n, 0);
  if (isSmallGroup(total)) return fewerThanK;
  return parts.some(isSmallGroup) ? Math.round(total / K) * K : total;
}
