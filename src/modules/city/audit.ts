import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, calendarDay, counted, num, quoted, str, type ActionsOf, type AuditFacts, type AuditText } from '../../core/audit/sentences.js';

const dayKinds: Record<string, AuditText> = {
  holiday: { ru: 'праздничным днём', en: 'a public holiday' },
  day_off_transferred: { ru: 'перенесённым выходным', en: 'a transferred day off' },
  working_weekend: { ru: 'рабочим выходным', en: 'a working weekend day' },
  short_day: { ru: 'сокращённым днём', en: 'a short working day' },
};
const day = (e: AuditFacts) => calendarDay(e.subjectId ?? '');
const days = (n: unknown) => counted(num(n) ?? 0, ['день', 'дня', 'дней'], ['day', 'days']);

/** How the city's identity, calendar and districts read in the public log. */
export const cityAuditKinds = auditKinds({
  'city.identity_set': {
    role: 'administrator',
    unattended: 'command_line',
    sentence: { ru: '{actor} изменил сведения о городе «{name}»', en: '{actor} changed the details of the city of {nameEn}' },
    params: (e) => ({ name: str(e.data.nameRu), nameEn: str(e.data.nameEn) }),
    shows: ['changed', 'nameRu', 'nameEn', 'timeZone', 'previousTimeZone'],
  },
  'city.logo_set': {
    role: 'administrator',
    sentence: { ru: '{actor} загрузил новый логотип города', en: '{actor} uploaded a new city logo' },
  },
  'city.logo_removed': {
    role: 'administrator',
    sentence: { ru: '{actor} убрал логотип города', en: '{actor} removed the city logo' },
  },
  'calendar.loaded': {
    role: 'administrator',
    unattended: 'command_line',
    sentence: {
      ru: '{actor} загрузил производственный календарь: добавлено {added}, оставлено как было {kept}',
      en: '{actor} loaded the working-day calendar: {added} added, {kept} kept as they were',
    },
    params: (e) => ({ added: days(e.data.added), kept: days(e.data.kept) }),
    shows: ['added', 'kept'],
  },
  'calendar_day.set': {
    role: 'administrator',
    sentence: { ru: '{actor} отметил {day} {kind}', en: '{actor} marked {day} as {kind}' },
    params: (e) => ({ day: day(e), kind: dayKinds[str(e.data.kind) ?? ''] ?? str(e.data.kind) }),
    shows: ['kind', 'note', 'previousKind'],
  },
  'calendar_day.removed': {
    role: 'administrator',
    sentence: { ru: '{actor} убрал {day} из производственного календаря', en: '{actor} removed {day} from the working-day calendar' },
    params: (e) => ({ day: day(e) }),
    shows: ['kind', 'note'],
  },
  'district.renamed': {
    role: 'administrator',
    sentence: { ru: '{actor} переименовал район {from} в {to}', en: '{actor} renamed the district {fromEn} to {toEn}' },
    params: (e) => ({
      from: quoted(str(e.data.previousNameRu) ?? ''),
      to: quoted(str(e.data.nameRu) ?? ''),
      fromEn: quoted(str(e.data.previousNameEn) ?? ''),
      toEn: { text: quoted(str(e.data.nameEn) ?? ''), href: e.subjectId ? `/districts/${encodeURIComponent(e.subjectId)}` : null },
    }),
    shows: ['nameRu', 'nameEn', 'previousNameRu', 'previousNameEn'],
  },
  'district.removed': {
    role: 'administrator',
    sentence: { ru: '{actor} удалил район {name}', en: '{actor} removed the district {nameEn}' },
    params: (e) => ({ name: quoted(str(e.data.nameRu) ?? ''), nameEn: quoted(str(e.data.nameEn) ?? '') }),
    shows: ['nameRu', 'nameEn'],
  },
  'districts.imported': {
    role: 'administrator',
    unattended: 'command_line',
    sentence: {
      ru: '{actor} загрузил границы районов: новых — {added}, переименовано — {renamed}, без изменений — {kept}, удалено — {removed}',
      en: '{actor} loaded the district boundaries: {added} new, {renamed} renamed, {kept} unchanged, {removed} removed',
    },
    params: (e) => ({
      added: num(e.data.added) ?? 0,
      renamed: num(e.data.renamed) ?? 0,
      kept: num(e.data.kept) ?? 0,
      removed: Array.isArray(e.data.removed) ? e.data.removed.length : 0,
    }),
    shows: ['added', 'renamed', 'kept', 'removed', 'warnings'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof cityAuditKinds> {}
}

export const cityAudit: AuditVocabulary = { kinds: cityAuditKinds };
