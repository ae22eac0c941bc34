import { inArray } from 'drizzle-orm';
import type { RoleGrant } from '../auth/actor.js';
import { departments, districts } from '../city/schema.js';
import type { Db } from '../db/client.js';
import type { EventDefinition } from '../jobs/events.js';
import type { Language } from '../i18n/i18n.js';
import { type auditLog } from './schema.js';
import {
  actorPhrase,
  auditKinds,
  officialPhrase,
  publicData,
  renderSentence,
  sentenceTemplate,
  type ActionsOf,
  type AuditFacts,
  type AuditKind,
  type AuditLink,
  type AuditRef,
  type AuditText,
  type AuditValue,
  type SentencePart,
} from './sentences.js';

/** What a module tells the audit log: how its actions read, and (the accounts module) who holds which role. */
export interface AuditVocabulary {
  kinds: Record<string, AuditKind>;
  /** Names of this module's things the sentences refer to (`{ ref: 'pb_heading', id }`), by ref kind; unknown ids are absent. */
  names?: Record<string, (db: Db, ids: string[]) => Promise<Map<string, AuditLink>>>;
  /** Each actor's role grants, so that the sentence names them by role. */
  actorGrants?: (db: Db, userIds: string[]) => Promise<Map<string, RoleGrant[]>>;
  /** Events after which the log publishes a signed checkpoint of its head at once (a tally, a poll close: results people hold the city to). */
  checkpointOn?: EventDefinition[];
}

/** The kernel's own actions. */
export const coreAuditKinds = auditKinds({
  'city.setup_completed': {
    role: 'administrator',
    sentence: { ru: '{actor} завершил настройку города', en: '{actor} finished setting up the city' },
  },
});
declare module './sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the kernel's actions join the list
  interface AuditActions extends ActionsOf<typeof coreAuditKinds> {}
}

/** Every kind of every module, by action; an action declared twice is a programming error. */
export function auditKindMap(vocabularies: readonly AuditVocabulary[]): ReadonlyMap<string, AuditKind> {
  const map = new Map<string, AuditKind>(Object.entries(coreAuditKinds));
  for (const v of vocabularies) {
    for (const [action, kind] of Object.entries(v.kinds)) {
      if (map.has(action)) throw new Error(`Audit action ${action} is declared twice`);
      map.set(action, kind);
    }
  }
  return map;
}

/** Subjects whose ids stay on the server: people and API keys. */
const hiddenSubjects = new Set(['user', 'api_key']);

/** One entry as the public reads it: a sentence, what it links to, the public facts, and the chain's hashes. */
export interface PublicAuditEntry {
  seq: number;
  at: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  data: Record<string, unknown>;
  sentence: string;
  parts: SentencePart[];
  prevHash: string;
  hash: string;
}

type Row = typeof auditLog.$inferSelect;

const unknownAction: AuditKind = {
  role: 'administrator',
  sentence: { ru: '{actor} выполнил действие {action}', en: '{actor} did {action}' },
  params: (e) => ({ action: e.action }),
};

/**
 * Audit entries in words in the request's language, for the public: the actor by role only (never a name, e-mail or
 * id), departments and districts by name, and only the data keys each kind shows. What was hashed is not changed.
 */
export async function presentAudit(db: Db, vocabularies: readonly AuditVocabulary[], rows: Row[], lang: Language): Promise<PublicAuditEntry[]> {
  const kinds = auditKindMap(vocabularies);
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))];
  const grants = new Map<string, RoleGrant[]>();
  for (const v of vocabularies) if (v.actorGrants && actorIds.length) for (const [id, g] of await v.actorGrants(db, actorIds)) grants.set(id, g);

  const drafts = rows.map((row) => {
    const facts: AuditFacts = { action: row.action, subjectType: row.subjectType, subjectId: row.subjectId, data: (row.data ?? {}) as Record<string, unknown> };
    const kind = kinds.get(row.action) ?? unknownAction;
    const actor = actorPhrase(kind, facts, { id: row.actorId, grants: grants.get(row.actorId ?? '') ?? [] });
    const params: Record<string, AuditValue | null | undefined> = kind.params?.(facts) ?? {};
    return { row, facts, kind, actor, params };
  });

  const refs = new Map<string, Set<string>>([
    ['department', new Set<string>()],
    ['district', new Set<string>()],
  ]);
  const want = (ref: string, id: string) => (refs.get(ref) ?? refs.set(ref, new Set()).get(ref)!).add(id);
  for (const d of drafts) {
    if ('officialOf' in d.actor && d.actor.officialOf) want('department', d.actor.officialOf);
    for (const v of Object.values(d.params)) if (v && typeof v === 'object' && 'ref' in v) want(v.ref, v.id);
  }
  const names = new Map<string, AuditLink>();
  for (const [ref, ids] of refs) {
    const lookup = ids.size ? vocabularies.find((v) => v.names?.[ref])?.names?.[ref] : undefined;
    if (lookup) for (const [id, link] of await lookup(db, [...ids])) names.set(`${ref}:${id}`, link);
  }
  const departmentIds = refs.get('department')!;
  const districtIds = refs.get('district')!;
  if (departmentIds.size) {
    const found = await db
      .select({ id: departments.id, ru: departments.nameRu, en: departments.nameEn })
      .from(departments)
      .where(inArray(departments.id, [...departmentIds]));
    for (const d of found) names.set(`department:${d.id}`, { text: { ru: `«${d.ru}»`, en: d.en }, href: `/departments/${encodeURIComponent(d.id)}` });
  }
  if (districtIds.size) {
    const found = await db
      .select({ id: districts.id, ru: districts.nameRu, en: districts.nameEn })
      .from(districts)
      .where(inArray(districts.id, [...districtIds]));
    for (const d of found) names.set(`district:${d.id}`, { text: { ru: d.ru, en: d.en }, href: `/districts/${encodeURIComponent(d.id)}` });
  }
  // a department or district removed since reads by its id, which is a public slug (e.g. `roads-service`); a
  // module's thing that is gone (or not public) by the word the kind gave as its fallback
  const resolve = (ref: AuditRef): AuditLink | null =>
    names.get(`${ref.ref}:${ref.id}`) ?? (ref.ref === 'department' || ref.ref === 'district' ? { text: { ru: ref.id, en: ref.id }, href: null } : null);

  return drafts.map(({ row, facts, kind, actor, params }) => {
    let actorValue: AuditValue;
    if ('text' in actor) actorValue = actor.text;
    else {
      const dept: AuditText | null = actor.officialOf ? (resolve({ ref: 'department', id: actor.officialOf })?.text ?? null) : null;
      actorValue = officialPhrase(dept);
    }
    const parts = renderSentence(sentenceTemplate(kind, facts, lang), { ...params, actor: actorValue }, lang, resolve);
    return {
      seq: row.seq,
      at: row.at.toISOString(),
      action: row.action,
      subjectType: row.subjectType,
      subjectId: hiddenSubjects.has(row.subjectType) ? null : row.subjectId,
      data: publicData(kinds.get(row.action), facts.data),
      sentence: parts.map((p) => p.text).join(''),
      parts,
      prevHash: row.prevHash,
      hash: row.hash,
    };
  });
}

/** The actions of the given modules' kinds (the public log's filter by area). */
export function actionsOf(vocabulary: AuditVocabulary): string[] {
  return Object.keys(vocabulary.kinds);
}
