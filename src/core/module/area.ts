import type { z } from 'zod';
import type { Db } from '../db/client.js';
import type { DomainEvent, EventDefinition } from '../jobs/events.js';
import type { Language } from '../i18n/i18n.js';

/**
 * "My area": a circle around a point (a saved home, any point on the map) or a whole district. The area page
 * (`GET /api/area`) asks every module for what it has there; area alerts (the `areas` module) tell subscribers of
 * what becomes news there.
 */
export type AreaQuery =
  /** `districtId`: the district the centre lies in (what has no point, a poll or a department, is read for it), or null. */
  | { type: 'circle'; lat: number; lon: number; radiusMeters: number; districtId: string | null; lang: Language; now: Date }
  | { type: 'district'; districtId: string; lang: Language; now: Date };

/** One public thing of an area as its module contributes it to the area page: public facts only, never a person. */
export interface AreaItem {
  /** The kind's word (`report`, `work`, `poll`, `event`, `volunteer_project`, `place`, `department`): the web words it. */
  kind: string;
  id: string;
  /** As written, or in the query's language (a report's problem type). */
  title: string;
  /** The web page it opens. */
  path: string;
  /** A state code (a report's status, a work's stage, `open`/`closed` for a poll) and its words in the query's language. */
  status: string | null;
  statusText: string | null;
  /** Where it is; null for what has no point (a poll for the district, a department). */
  lat: number | null;
  lon: number | null;
  /** Metres from the circle's centre; null for a district query or an item without a point. */
  distanceMeters: number | null;
  districtId: string | null;
  address: string | null;
  /** The date that matters (filed, starts, last progress); null when none does (a place, a department). */
  date: Date | null;
  /** A department's public contacts; null for every other kind. */
  contacts?: { phone: string | null; email: string | null; address: string | null } | null;
}

/** What a kind found in an area: up to `limit` items, most relevant first, and how many there are in all. */
export interface AreaSection {
  items: AreaItem[];
  total: number;
}

/** Where a piece of news happened, and what to call it in an alert. */
export interface AreaSpot {
  /** The entity the notification is about (opens its page, is followed, is hidden by moderation). */
  entityType: string;
  entityId: string;
  title: string;
  /** The title in English when it is another text (a report's problem type). */
  titleEn?: string | null;
  path: string;
  /** Its point; null when it has none (then only district subscribers hear of it). */
  lat: number | null;
  lon: number | null;
  districtId: string | null;
  /** False when the public may not see it now (held, hidden, a draft): nobody is alerted. */
  visible: boolean;
}

/** What area subscribers choose to hear of; one word each in the alert's text and the subscription form. */
export const areaTopics = ['reports', 'answers', 'works', 'polls', 'events'] as const;
export type AreaTopic = (typeof areaTopics)[number];

/**
 * A domain event that is news for an area's subscribers: `locate` says where it happened, or null when this event is
 * not news (e.g. a status change that is not an answer). The `areas` module listens to every module's alerts.
 */
export interface AreaAlertSource<S extends z.ZodType = z.ZodType> {
  event: EventDefinition<string, S>;
  topic: AreaTopic;
  locate(db: Db, event: DomainEvent<z.output<S>>): Promise<AreaSpot | null>;
}

/**
 * A kind of public thing a module shows on the area page and alerts about (`GorodModule.area`).
 *
 * ```ts
 * area: [{ kind: 'report', list: reportsInArea, alerts: [{ event: reportCreated, topic: 'reports', locate: reportSpot }] }]
 * ```
 */
export interface AreaKind {
  kind: string;
  /** Public items in the area, most relevant first (open or coming first, then the newest, then the nearest), at most `limit`. */
  list?(db: Db, area: AreaQuery, limit: number): Promise<AreaSection>;
  alerts?: AreaAlertSource[];
}

/** An alert source typed by its event (the manifest holds them as AreaAlertSource). */
export function areaAlert<S extends z.ZodType>(source: AreaAlertSource<S>): AreaAlertSource {
  return source as unknown as AreaAlertSource;
}
