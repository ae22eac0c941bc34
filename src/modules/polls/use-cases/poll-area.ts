import { and, asc, desc, eq, isNotNull, lte, sql } from 'drizzle-orm';
import type { AreaItem, AreaKind, AreaQuery, AreaSection, AreaSpot } from '../../../core/module/area.js';
import { areaAlert } from '../../../core/module/area.js';
import type { Db } from '../../../core/db/client.js';
import { t } from '../../../core/i18n/i18n.js';
import { polls } from '../db/schema.js';
import { pollPublished } from '../events.js';

/** A closed poll stays on the area page this long after it closed (its results are what residents come back for). */
const recentlyClosedDays = 30;

/** The one district a poll asks, or null (the whole city, or several districts). */
const districtOf = (districtIds: string[]) => (districtIds.length === 1 ? districtIds[0]! : null);

/**
 * The polls of an area (polls have no point): published polls that have opened, for the area's district or the whole
 * city, open ones first (closing soonest), then those closed in the last 30 days (the latest first). A circle is read
 * for the district its centre lies in; a circle outside every district gets the city-wide polls only.
 */
export async function pollsInArea(db: Db, area: AreaQuery, limit: number): Promise<AreaSection> {
  const now = area.now;
  const isOpen = sql<boolean>`(${polls.closedAt} is null and ${polls.closesAt} > ${now})`;
  const ended = sql`coalesce(${polls.closedAt}, ${polls.closesAt})`;
  const since = new Date(now.getTime() - recentlyClosedDays * 86_400_000);
  const where = and(
    isNotNull(polls.publishedAt),
    lte(polls.opensAt, now),
    area.districtId
      ? sql`(cardinality(${polls.districtIds}) = 0 or ${area.districtId} = any(${polls.districtIds}))`
      : sql`cardinality(${polls.districtIds}) = 0`,
    sql`(${isOpen} or ${ended} >= ${since})`,
  );
  const rows = await db
    .select({
      id: polls.id,
      title: polls.title,
      districtIds: polls.districtIds,
      closesAt: polls.closesAt,
      closedAt: polls.closedAt,
      isOpen,
      total: sql<number>`count(*) over ()`,
    })
    .from(polls)
    .where(where)
    .orderBy(desc(isOpen), sql`case when ${isOpen} then ${polls.closesAt} end asc`, desc(ended), asc(polls.id))
    .limit(limit);
  const items = rows.map((p): AreaItem => {
    const status = p.isOpen ? 'open' : 'closed';
    return {
      kind: 'poll',
      id: p.id,
      title: p.title,
      path: `/polls/${p.id}`,
      status,
      statusText: t(area.lang, `area.poll.${status}`),
      lat: null,
      lon: null,
      distanceMeters: null,
      districtId: districtOf(p.districtIds),
      address: null,
      date: p.closedAt ?? p.closesAt,
    };
  });
  return { items, total: rows.length ? Number(rows[0]!.total) : 0 };
}

/**
 * Where a published poll is news: nowhere on the map; in its district when it asks one, else nobody's district (a
 * city-wide poll, or one for several districts, alerts no area subscriber). Visible while published.
 */
export async function pollSpot(db: Db, pollId: string): Promise<AreaSpot | null> {
  const [p] = await db
    .select({ id: polls.id, title: polls.title, districtIds: polls.districtIds, publishedAt: polls.publishedAt })
    .from(polls)
    .where(eq(polls.id, pollId));
  if (!p) return null;
  return {
    entityType: 'poll',
    entityId: p.id,
    title: p.title,
    path: `/polls/${p.id}`,
    lat: null,
    lon: null,
    districtId: districtOf(p.districtIds),
    visible: p.publishedAt !== null,
  };
}

/** Polls on the area page, and a published poll as news for its district's subscribers (topic `polls`). */
export const pollArea: AreaKind = {
  kind: 'poll',
  list: pollsInArea,
  alerts: [areaAlert({ event: pollPublished, topic: 'polls', locate: (db, event) => pollSpot(db, event.entityId) })],
};
