import { and, inArray, isNotNull } from 'drizzle-orm';
import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, counted, num, quoted, refTo, type ActionsOf, type AuditFacts, type AuditLink } from '../../core/audit/sentences.js';
import type { Db } from '../../core/db/client.js';
import { polls } from './db/schema.js';
import { pollClosed } from './events.js';

/** The poll's title once it is published; before, nothing (the sentence says "a poll"). */
const poll = (e: AuditFacts) => refTo('poll', e.subjectId);

/** How city polls read in the public log. */
export const pollsAuditKinds = auditKinds({
  'poll.published': {
    role: 'administrator',
    sentence: (e) =>
      e.data.binding
        ? { ru: '{actor} опубликовал опрос {poll} с обязательным для города решением', en: '{actor} published the poll {poll} whose decision binds the city' }
        : { ru: '{actor} опубликовал опрос {poll}', en: '{actor} published the poll {poll}' },
    params: (e) => ({ poll: poll(e) }),
    shows: ['binding'],
  },
  'poll.updated': {
    role: 'administrator',
    sentence: { ru: '{actor} изменил опрос {poll}', en: '{actor} changed the poll {poll}' },
    params: (e) => ({ poll: poll(e) }),
    shows: ['opensAt', 'closesAt'],
  },
  'poll.rescheduled': {
    role: 'administrator',
    sentence: { ru: '{actor} изменил сроки опроса {poll}', en: '{actor} changed the dates of the poll {poll}' },
    params: (e) => ({ poll: poll(e) }),
    shows: ['opensAt', 'closesAt'],
  },
  'poll.closed_early': {
    role: 'administrator',
    sentence: { ru: '{actor} досрочно закрыл опрос {poll} ({responses})', en: '{actor} closed the poll {poll} early ({responses})' },
    params: (e) => ({ poll: poll(e), responses: counted(num(e.data.responses) ?? 0, ['ответ', 'ответа', 'ответов'], ['response', 'responses']) }),
    shows: ['responses', 'passed'],
  },
  'poll.commitment_refused': {
    role: 'administrator',
    sentence: {
      ru: '{actor} закрыл опрос {poll} без обязательства города: названные исполнитель или срок больше не подходят',
      en: '{actor} closed the poll {poll} without the city’s commitment: the department or due day it named no longer holds',
    },
    params: (e) => ({ poll: poll(e) }),
    shows: ['fields'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof pollsAuditKinds> {}
}

/** Titles of published polls, linked to their pages. */
async function pollNames(db: Db, ids: string[]): Promise<Map<string, AuditLink>> {
  const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (!uuids.length) return new Map();
  const rows = await db
    .select({ id: polls.id, title: polls.title })
    .from(polls)
    .where(and(inArray(polls.id, uuids), isNotNull(polls.publishedAt)));
  return new Map(rows.map((r) => [r.id, { text: quoted(r.title), href: `/polls/${r.id}` }]));
}

// a closed poll's frozen result is pinned in a signed checkpoint at once
export const pollsAudit: AuditVocabulary = { kinds: pollsAuditKinds, names: { poll: pollNames }, checkpointOn: [pollClosed] };
