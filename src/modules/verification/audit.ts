import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, counted, districtRef, num, str, type ActionsOf, type AuditText } from '../../core/audit/sentences.js';

const methodNames: Record<string, AuditText> = {
  sms: { ru: 'Код по SMS', en: 'Code by SMS' },
  register: { ru: 'Реестр жителей', en: 'Residents register' },
  in_person: { ru: 'Лично в пункте подтверждения', en: 'In person at a desk' },
  oidc: { ru: 'Поставщик идентификации', en: 'Identity provider' },
};

/**
 * How verification reads in the public log: that a resident was verified and where they live — never how (the
 * method, a document, a desk) nor who verified them, so neither the method nor the verifier is in the sentence or data.
 */
export const verificationAuditKinds = auditKinds({
  'verification.granted': {
    role: 'verifier',
    sentence: (e) =>
      e.data.districtId
        ? { ru: 'Подтверждён житель, место жительства — {district}', en: 'A resident living in {district} was verified' }
        : { ru: 'Подтверждён житель города', en: 'A resident of the city was verified' },
    params: (e) => ({ district: districtRef(e.data.districtId) }),
  },
  'verification.revoked': {
    role: 'administrator',
    sentence: { ru: '{actor} отменил подтверждение жителя', en: '{actor} revoked a resident’s verification' },
  },
  'verification.method_changed': {
    role: 'administrator',
    sentence: (e) =>
      e.data.enabled
        ? { ru: '{actor} включил способ подтверждения «{method}»', en: '{actor} turned on the verification method “{method}”' }
        : { ru: '{actor} выключил способ подтверждения «{method}»', en: '{actor} turned off the verification method “{method}”' },
    params: (e) => ({ method: methodNames[str(e.data.method) ?? ''] ?? str(e.data.method) }),
    shows: ['method', 'enabled'],
  },
  'verification.register_imported': {
    role: 'administrator',
    unattended: 'command_line',
    sentence: {
      ru: '{actor} загрузил реестр жителей: {entries}, строк с ошибками — {problems}',
      en: '{actor} loaded the residents register: {entries}, {problems} lines with problems',
    },
    params: (e) => ({
      entries: counted(num(e.data.imported) ?? 0, ['запись', 'записи', 'записей'], ['entry', 'entries']),
      problems: num(e.data.problems) ?? 0,
    }),
    shows: ['lines', 'imported', 'problems', 'replace'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof verificationAuditKinds> {}
}

export const verificationAudit: AuditVocabulary = { kinds: verificationAuditKinds };
