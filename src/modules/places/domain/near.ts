// Pure and free of imports: the web's places page takes its limits from here (a file that imports the CSV reader would
// pull Node's Buffer into the browser).

/** "Near me" limits: walking distance, so at most 5 km (about an hour on foot); at most 50 places in one answer. */
export const nearLimits = { defaultRadiusMeters: 1500, maxRadiusMeters: 5000, defaultCount: 10, maxCount: 50 } as const;

/** Walking speed for "minutes on foot": 4.5 km/h, 75 m a minute (a relaxed adult's pace, as city walking maps count). */
export const walkingMetersPerMinute = 75;

/** Minutes on foot for a straight-line distance, rounded up, at least one. */
export function walkingMinutes(meters: number): number {
  return Math.max(1, Math.ceil(meters / walkingMetersPerMinute));
}
