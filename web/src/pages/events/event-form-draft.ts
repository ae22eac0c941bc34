// What the organiser types into the event form, and how it becomes the body of POST /api/events or PUT
// /api/events/:id: every time is typed on the city's clock (web/src/city-time.ts), never the browser's.
import type { EventKind } from '@server/modules/events/domain/events.js';
import { ApiError } from '../../api/client.js';
import type { Schema } from '../../api/types.js';
import { cityMinute, cityMinuteOf } from '../../city-time.js';
import type { AttachedPhoto } from '../../components/photo-upload.js';

/** Stands for the image an event already has (its file id is not in the view): sent as "keep it". */
export const keptImage = 'kept';

export interface EventDraft {
  kind: EventKind;
  title: string;
  description: string;
  /** The organising department's id, or '' to organise as oneself (a verified resident) or for a group. */
  departmentId: string;
  /** The group it is organised on behalf of (one the person runs), or ''. */
  groupId: string;
  lat: number | null;
  lon: number | null;
  address: string;
  onlineUrl: string;
  /** datetime-local values on the city's clock («2026-05-16T11:00»). */
  startsAt: string;
  endsAt: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  /** Typed numbers; '' for none. */
  capacity: string;
  minAge: string;
  accessibility: string;
  /** The event's image: none or one (an upload, or `keptImage`). */
  image: AttachedPhoto[];
  /** A meeting on a source: days its participants may register before everyone; '' for none. */
  priorityDays: string;
}

export type EventBody = Schema<'EventEditInput'>;

export const emptyDraft = (departmentId: string, groupId = ''): EventDraft => ({
  kind: 'meeting',
  title: '',
  description: '',
  departmentId,
  groupId,
  lat: null,
  lon: null,
  address: '',
  onlineUrl: '',
  startsAt: '',
  endsAt: '',
  registrationOpensAt: '',
  registrationClosesAt: '',
  capacity: '',
  minAge: '',
  accessibility: '',
  image: [],
  priorityDays: '',
});

/** A saved event as the form's starting point (its times on the city's clock). */
export function draftOf(e: Schema<'EventView'>): EventDraft {
  const minute = (iso: string | null) => (iso ? cityMinuteOf(iso) : '');
  return {
    kind: e.kind,
    title: e.title,
    description: e.description,
    departmentId: e.departmentId ?? '',
    groupId: e.group?.id ?? '',
    lat: e.lat,
    lon: e.lon,
    address: e.address,
    onlineUrl: e.onlineUrl ?? '',
    startsAt: minute(e.startsAt),
    endsAt: minute(e.endsAt),
    registrationOpensAt: minute(e.registrationOpensAt),
    registrationClosesAt: minute(e.registrationClosesAt),
    capacity: e.capacity === null ? '' : String(e.capacity),
    minAge: e.minAge === null ? '' : String(e.minAge),
    accessibility: e.accessibility,
    image: e.image ? [{ id: keptImage, thumbUrl: e.image.thumbUrl }] : [],
    priorityDays: e.priorityDays ? String(e.priorityDays) : '',
  };
}

/** A refusal found before sending, shown as the server's are: beside its field and in the summary. */
export const refuse = (field: string, message: string) => new ApiError(400, 'validation_failed', message, { [field]: message });

/** The messages of the form's own checks (in the page's language). */
export interface DraftMessages {
  /** A required time is empty or not a time. */
  timeRequired: string;
  /** A whole number was asked for. */
  wholeNumber: string;
}

/**
 * The body the server takes, or the first refusal of what cannot be sent at all (an empty start, letters for the
 * places). Everything else — end before start, a place outside the city, too few characters — the server checks and
 * names the field.
 */
export function bodyOf(d: EventDraft, m: DraftMessages): EventBody | ApiError {
  const startsAt = cityMinute(d.startsAt);
  if (!startsAt) return refuse('startsAt', m.timeRequired);
  const endsAt = cityMinute(d.endsAt);
  if (!endsAt) return refuse('endsAt', m.timeRequired);
  const whole = (field: string, text: string): number | null | ApiError => {
    if (!text.trim()) return null;
    return /^\d+$/.test(text.trim()) ? Number(text.trim()) : refuse(field, m.wholeNumber);
  };
  const capacity = whole('capacity', d.capacity);
  if (capacity instanceof ApiError) return capacity;
  const minAge = whole('minAge', d.minAge);
  if (minAge instanceof ApiError) return minAge;
  const priorityDays = whole('priorityDays', d.priorityDays);
  if (priorityDays instanceof ApiError) return priorityDays;
  const image = d.image[0]?.id ?? null;
  const online = d.kind === 'online';
  return {
    kind: d.kind,
    title: d.title,
    description: d.description,
    // an online event has no point on the map; a place may still have an online link (a hybrid meeting)
    lat: online ? null : d.lat,
    lon: online ? null : d.lon,
    address: online ? '' : d.address,
    onlineUrl: d.onlineUrl.trim() ? d.onlineUrl.trim() : null,
    startsAt,
    endsAt,
    capacity,
    registrationOpensAt: cityMinute(d.registrationOpensAt),
    registrationClosesAt: cityMinute(d.registrationClosesAt),
    minAge,
    accessibility: d.accessibility,
    // the image it has is kept by leaving the field out; a new upload replaces it, none removes it
    ...(image === keptImage ? {} : { imageFileId: image }),
    // the server uses it only for a meeting on a source (empty: none)
    priorityDays: priorityDays ?? 0,
  };
}
