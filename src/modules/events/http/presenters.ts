import type { z } from 'zod';
import { t, type Language } from '../../../core/i18n/i18n.js';
import type { EventRow } from '../db/queries.js';
import { freePlaces } from '../domain/events.js';
import { eventImagePaths } from '../use-cases/event-images.js';
import type { EventGroups, EventView } from '../use-cases/read-events.js';
import type { summarySchema, viewSchema } from './schemas.js';

/**
 * What anyone may see of an event: no person (not even the resident who organises it), the group it is organised by
 * (from `groups`, see organisingGroups), no online link; its registration window for the list's cards.
 */
export function presentSummary(row: EventRow, groups: EventGroups): z.input<typeof summarySchema> {
  const group = row.groupId === null ? undefined : groups.get(row.groupId);
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    districtId: row.districtId,
    address: row.address,
    lat: row.lat,
    lon: row.lon,
    online: row.onlineUrl !== null,
    organisedBy: row.departmentId !== null ? 'department' : row.groupId !== null ? 'group' : 'resident',
    departmentId: row.departmentId,
    group: group ? { id: group.id, name: group.name, verified: group.verified } : null,
    status: row.status,
    capacity: row.capacity,
    registeredCount: row.registeredCount,
    waitlistCount: row.waitlistCount,
    freePlaces: freePlaces(row.capacity, row.registeredCount),
    minAge: row.minAge,
    registrationOpensAt: row.registrationOpensAt?.toISOString() ?? null,
    registrationClosesAt: row.registrationClosesAt?.toISOString() ?? null,
    registrationPaused: row.registrationPaused,
    image: row.imageFileId ? eventImagePaths(row.id, row.imageFileId) : null,
    attendedCount: row.attendedCount,
  };
}

/** One event for its viewer; the online link only to those registered and to its organisers; why they may not register, in their language. */
export function presentView(v: EventView, lang: Language): z.input<typeof viewSchema> {
  const { row } = v;
  const inside = v.isOrganiser || v.mine?.state === 'registered' || v.mine?.state === 'attended';
  return {
    ...presentSummary(row, v.groups),
    description: row.description,
    accessibility: row.accessibility,
    onlineUrl: inside ? row.onlineUrl : null,
    moderation: row.moderation,
    commentCount: row.commentCount,
    mine: v.mine,
    isOrganiser: v.isOrganiser,
    source: v.source,
    priorityDays: row.sourceType ? row.priorityDays : 0,
    minutesPublishedAt: v.minutesPublishedAt?.toISOString() ?? null,
    registration: { ...v.registration, message: v.registration.reason === null ? null : t(lang, `error.${v.registration.reason}`) },
  };
}
