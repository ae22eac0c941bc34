import { inArray } from 'drizzle-orm';
import type { RoleGrant } from '../../core/auth/actor.js';
import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, departmentRef, districtRef, str, type ActionsOf, type AuditFacts, type AuditText } from '../../core/audit/sentences.js';
import type { Db } from '../../core/db/client.js';
import { roleGrants } from './db/schema.js';

const roleWords: Record<string, AuditText> = {
  official: { ru: 'сотрудник исполнителя', en: 'official' },
  moderator: { ru: 'модератор', en: 'moderator' },
  expert: { ru: 'эксперт', en: 'expert' },
  verifier: { ru: 'проверяющий жителей', en: 'verifier of residents' },
  administrator: { ru: 'администратор', en: 'administrator' },
};

/** The role and where it applies: «модератор» (city), or the department's or district's name in brackets. */
const grantParams = (e: AuditFacts) => ({
  role: roleWords[str(e.data.role) ?? ''] ?? str(e.data.role),
  department: e.data.scopeType === 'department' ? departmentRef(e.data.scopeId) : null,
  district: e.data.scopeType === 'district' ? districtRef(e.data.scopeId) : null,
});
const scoped = (e: AuditFacts, city: AuditText, department: AuditText, district: AuditText): AuditText =>
  e.data.scopeType === 'department' ? department : e.data.scopeType === 'district' ? district : city;

/** How accounts' actions read in the public log: people are "a resident", never a name or an e-mail. */
export const accountsAuditKinds = auditKinds({
  'role.granted': {
    role: 'administrator',
    unattended: 'command_line',
    sentence: (e) =>
      scoped(
        e,
        { ru: '{actor} выдал жителю роль «{role}»', en: '{actor} gave a resident the role of {role}' },
        { ru: '{actor} выдал жителю роль «{role}» ({department})', en: '{actor} gave a resident the role of {role} ({department})' },
        { ru: '{actor} выдал жителю роль «{role}» ({district})', en: '{actor} gave a resident the role of {role} ({district})' },
      ),
    params: grantParams,
    shows: ['role', 'scopeType', 'scopeId'],
  },
  'role.revoked': {
    role: 'administrator',
    sentence: (e) =>
      scoped(
        e,
        { ru: '{actor} отозвал у жителя роль «{role}»', en: '{actor} took the role of {role} back from a resident' },
        { ru: '{actor} отозвал у жителя роль «{role}» ({department})', en: '{actor} took the role of {role} back from a resident ({department})' },
        { ru: '{actor} отозвал у жителя роль «{role}» ({district})', en: '{actor} took the role of {role} back from a resident ({district})' },
      ),
    params: grantParams,
    shows: ['role', 'scopeType', 'scopeId'],
  },
  'user.blocked': {
    role: 'administrator',
    sentence: (e) =>
      e.data.until
        ? { ru: '{actor} временно заблокировал учётную запись жителя', en: '{actor} blocked a resident’s account for a time' }
        : { ru: '{actor} заблокировал учётную запись жителя', en: '{actor} blocked a resident’s account' },
  },
  'user.unblocked': {
    role: 'administrator',
    sentence: { ru: '{actor} разблокировал учётную запись жителя', en: '{actor} unblocked a resident’s account' },
  },
  'user.created': {
    role: 'resident',
    sentence: { ru: 'Новый житель зарегистрировался', en: 'A new resident signed up' },
  },
  // written with no actor and an opaque reference as the subject: nothing in it leads to the person
  'account.deleted': {
    role: 'resident',
    sentence: (e) =>
      e.data.content === 'remove'
        ? { ru: 'Житель удалил свою учётную запись и написанное', en: 'A resident deleted their account and what they wrote' }
        : { ru: 'Житель удалил свою учётную запись', en: 'A resident deleted their account' },
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof accountsAuditKinds> {}
}

/** Each actor's role grants (the public log names people by role). */
async function actorGrants(db: Db, userIds: string[]): Promise<Map<string, RoleGrant[]>> {
  const rows = await db
    .select({ userId: roleGrants.userId, role: roleGrants.role, scopeType: roleGrants.scopeType, scopeId: roleGrants.scopeId })
    .from(roleGrants)
    .where(inArray(roleGrants.userId, userIds));
  const map = new Map<string, RoleGrant[]>();
  for (const { userId, ...g } of rows) map.set(userId, [...(map.get(userId) ?? []), g]);
  return map;
}

export const accountsAudit: AuditVocabulary = { kinds: accountsAuditKinds, actorGrants };
