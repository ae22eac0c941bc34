import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, counted, num, type ActionsOf } from '../../core/audit/sentences.js';

/** How sending the digests reads in the public log (who got one is not said). */
export const notificationsAuditKinds = auditKinds({
  'notifications.digests_sent': {
    role: 'administrator',
    sentence: { ru: '{actor} разослал сводки уведомлений ({mailed})', en: '{actor} sent the notification digests ({mailed})' },
    params: (e) => ({ mailed: counted(num(e.data.mailed) ?? 0, ['письмо', 'письма', 'писем'], ['e-mail', 'e-mails']) }),
    shows: ['mailed'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof notificationsAuditKinds> {}
}

export const notificationsAudit: AuditVocabulary = { kinds: notificationsAuditKinds };
