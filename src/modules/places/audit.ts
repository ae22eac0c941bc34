import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, num, str, type ActionsOf } from '../../core/audit/sentences.js';

/** How importing a places layer reads in the public log. */
export const placesAuditKinds = auditKinds({
  'places.imported': {
    role: 'administrator',
    unattended: 'command_line',
    sentence: {
      ru: '{actor} загрузил слой мест «{layer}»: новых — {added}, обновлено — {updated}, удалено — {removed}',
      en: '{actor} loaded the places layer “{layer}”: {added} new, {updated} updated, {removed} removed',
    },
    params: (e) => ({ layer: str(e.data.layer) ?? '', added: num(e.data.added) ?? 0, updated: num(e.data.updated) ?? 0, removed: num(e.data.removed) ?? 0 }),
    shows: ['source', 'licence', 'sample'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof placesAuditKinds> {}
}

export const placesAudit: AuditVocabulary = { kinds: placesAuditKinds };
