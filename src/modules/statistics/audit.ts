import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, num, quoted, str, type ActionsOf } from '../../core/audit/sentences.js';

/** How changes to the district populations read in the public log. */
export const statisticsAuditKinds = auditKinds({
  'population.set': {
    role: 'administrator',
    sentence: {
      ru: '{actor} указал население района {name}: {population} ({year}, источник: {source})',
      en: '{actor} set the population of the district {name}: {population} ({year}, source: {source})',
    },
    params: (e) => ({
      name: quoted(str(e.data.nameRu) ?? '', str(e.data.nameEn) ?? ''),
      population: num(e.data.population) ?? 0,
      year: num(e.data.year) ?? 0,
      source: str(e.data.source) ?? '',
    }),
    shows: ['nameRu', 'population', 'year', 'source', 'note', 'previous'],
  },
  'population.imported': {
    role: 'administrator',
    unattended: 'command_line',
    sentence: { ru: '{actor} загрузил население районов из файла: {districts}', en: '{actor} loaded the district populations from a file: {districts}' },
    params: (e) => ({ districts: num(e.data.districts) ?? 0 }),
    shows: ['districts'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof statisticsAuditKinds> {}
}

export const statisticsAudit: AuditVocabulary = { kinds: statisticsAuditKinds };
