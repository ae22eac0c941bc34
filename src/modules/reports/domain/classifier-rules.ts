/** Extra fields a reason may ask for (their names as «Наш СПб» has them). */
export const extraFieldNames = ['stairs', 'apartment', 'floor', 'phone'] as const;
export type ExtraField = { name: (typeof extraFieldNames)[number]; required: boolean };

/** Where a reason's problem is placed: at a building, on a street, near a building. */
export const locationKinds = ['building', 'street', 'near_building'] as const;
export type LocationKind = (typeof locationKinds)[number];

/**
 * A season window is both ends or neither. Returns the field to blame when only one end is set.
 * (Each end's MM-DD shape is checked by the request schema.)
 */
export function seasonWindowProblem(seasonFrom: string | null, seasonTo: string | null): 'seasonFrom' | 'seasonTo' | null {
  if (seasonFrom !== null && seasonTo === null) return 'seasonTo';
  if (seasonFrom === null && seasonTo !== null) return 'seasonFrom';
  return null;
}

/**
 * What changed between two versions of a record, for the audit log: `{ field: { from, to } }` over
 * the given keys; long texts are cut to keep entries small.
 */
export function changedFields<T extends object>(before: T, after: T, keys: readonly (keyof T & string)[]): Record<string, { from: unknown; to: unknown }> {
  const cut = (v: unknown) => (typeof v === 'string' && v.length > 120 ? `${v.slice(0, 117)}…` : v);
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const k of keys) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) out[k] = { from: cut(before[k] ?? null), to: cut(after[k] ?? null) };
  }
  return out;
}
