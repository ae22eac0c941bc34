import type { Actor } from '../auth/actor.js';
import type { Language } from '../i18n/i18n.js';

/** Who the home page's "open now" block is read for. */
export interface OpenNowViewer {
  actor: Actor;
  lang: Language;
  /** The district "near me" means: the one the visitor chose, else the signed-in person's own; null when unknown. */
  districtId: string | null;
  now: Date;
}

/**
 * `open`: residents may take part now (a poll, a vote, an initiative collecting support); `mine`: the signed-in
 * person's own things and where they stand; `near`: what happens in the viewer's district.
 */
export type OpenNowSection = 'open' | 'mine' | 'near';

/**
 * One card of the home page's "open now" block, as a module contributes it. Only what the public may see, plus the
 * viewer's own facts (`done`, the `mine` section) — never another person's data.
 */
export interface OpenNowItem {
  section: OpenNowSection;
  /** What it is, in the module's word (`poll`, `budgeting`, `initiative`, `report`…): the web words and pictures it. */
  kind: string;
  id: string;
  /** As written (a poll's title), or in the viewer's language (a report's problem type). */
  title: string;
  /** The web page it opens. */
  path: string;
  /** The districts it is for; empty for the whole city (or a report without one). */
  districtIds?: string[];
  /** When taking part ends (a poll closes, the vote ends, supports stop); the block lists what ends soonest first. */
  endsAt?: Date | null;
  /** Whether the signed-in viewer already took part (answered, voted, supported); null for a visitor or when it does not apply. */
  done?: boolean | null;
  /** Progress towards a goal: supports out of the threshold. */
  progress?: { count: number; goal: number } | null;
  /** A state code (a report's status, a cycle's phase) and its words in the viewer's language. */
  status?: string | null;
  statusText?: string | null;
  overdue?: boolean;
  /** The public number (report № 12, initiative № 3). */
  number?: number | null;
  address?: string | null;
  thumbUrl?: string | null;
  /** When it last changed (a report's status): the `mine` and `near` sections list the newest first. */
  changedAt?: Date | null;
}
