/** How far "my area" reaches and how many places a person keeps. */
export const areaLimits = {
  /** The area page's and an alert's circle, in metres. */
  minRadiusMeters: 100,
  maxRadiusMeters: 3000,
  defaultRadiusMeters: 500,
  /** Saved places per person. */
  maxSavedPlaces: 10,
  /** Items per kind on the area page. */
  defaultItems: 6,
  maxItems: 20,
} as const;

/** People alerted in one statement of a fan-out: a report with many subscribers is told in batches of this many. */
export const alertBatchSize = 1000;
