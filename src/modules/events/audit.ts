import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, departmentRef, str, type ActionsOf, type AuditFacts, type AuditLink } from '../../core/audit/sentences.js';

const event = (e: AuditFacts): AuditLink => {
  const title = str(e.data.title) ?? '';
  return { text: { ru: `«${title}»`, en: `“${title}”` }, href: e.subjectId ? `/events/${e.subjectId}` : null };
};

/** How departments' events read in the public log (residents' events are not official acts). */
export const eventsAuditKinds = auditKinds({
  'event.created': {
    role: 'official',
    sentence: { ru: '{actor} объявил мероприятие {event} ({department})', en: '{actor} announced the event {event} ({department})' },
    params: (e) => ({ event: event(e), department: departmentRef(e.data.departmentId) }),
    shows: ['startsAt'],
  },
  'event.updated': {
    role: 'official',
    sentence: { ru: '{actor} изменил мероприятие {event}', en: '{actor} changed the event {event}' },
    params: (e) => ({ event: event(e) }),
    shows: ['startsAt', 'capacity'],
  },
  'event.cancelled': {
    role: 'official',
    sentence: { ru: '{actor} отменил мероприятие {event}', en: '{actor} cancelled the event {event}' },
    params: (e) => ({ event: event(e) }),
    shows: ['startsAt'],
  },
  'event.minutes_published': {
    role: 'official',
    sentence: { ru: '{actor} опубликовал протокол мероприятия {event}', en: '{actor} published the minutes of the event {event}' },
    params: (e) => ({ event: event(e) }),
    shows: ['decisions'],
  },
  'event.minutes_updated': {
    role: 'official',
    sentence: { ru: '{actor} изменил протокол мероприятия {event}', en: '{actor} changed the minutes of the event {event}' },
    params: (e) => ({ event: event(e) }),
    shows: ['decisions'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof eventsAuditKinds> {}
}

export const eventsAudit: AuditVocabulary = { kinds: eventsAuditKinds };
