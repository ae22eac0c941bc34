import type { Actor } from '../auth/actor.js';
import type { Language } from '../i18n/i18n.js';

/** Who the home page's "this week near me" block is read for, and the week it covers. */
export interface ThisWeekViewer {
  actor: Actor;
  lang: Language;
  /** The district "near me" means (the visitor's choice, the profile's, else the verified one); null when unknown. */
  districtId: string | null;
  /** The week: things starting from `now` until `until` (seven days later). */
  now: Date;
  until: Date;
  /** At most this many in the viewer's district and this many across the city: the block shows no more. */
  limit: number;
}

/**
 * One thing residents may come to in the coming week (an event, a meeting opened on a poll, a volunteering shift),
 * as a module contributes it: public facts only, never a person.
 */
export interface ThisWeekItem {
  /** The entity kind (`event`, `volunteer_shift`…): the web words it. */
  kind: string;
  /** The kind's own sort (an event's `cleanup`, `hearing`…), or null. */
  type: string | null;
  id: string;
  title: string;
  /** What it belongs to (a shift's project, the poll or initiative a meeting was opened on), or null. */
  context: string | null;
  /** The web page it opens. */
  path: string;
  startsAt: Date;
  endsAt: Date;
  districtId: string | null;
  /** The written address; null for an online one. */
  address: string | null;
  online: boolean;
  /** Places left (0: full, newcomers wait); null when there is no limit. */
  freePlaces: number | null;
  /** People waiting for a place. */
  waiting: number;
  thumbUrl: string | null;
}
