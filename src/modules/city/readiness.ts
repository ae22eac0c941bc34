import { and, count, gte, isNull, lt } from 'drizzle-orm';
import { citySettings, departments, districts } from '../../core/city/schema.js';
import type { Catalogue, Language } from '../../core/i18n/i18n.js';
import type { ModuleContext, ReadinessCheck } from '../../core/module/module.js';
import { localParts } from '../../core/time/time.js';
import { calendarDays } from '../../core/time/schema.js';

/**
 * What the city itself needs before a resident can file a report: its identity, districts to place reports in,
 * departments to send them to, and this year's working-day calendar for the deadlines.
 */
export async function cityReadiness(ctx: ModuleContext): Promise<ReadinessCheck[]> {
  const db = ctx.database.db;
  const [identity] = await db.select({ nameRu: citySettings.nameRu, nameEn: citySettings.nameEn }).from(citySettings).limit(1);
  const [d] = await db.select({ n: count() }).from(districts);
  const [p] = await db.select({ n: count() }).from(departments).where(isNull(departments.retiredAt));
  const year = localParts(new Date(), ctx.config.cityTimezone).year;
  const [c] = await db
    .select({ n: count() })
    .from(calendarDays)
    .where(and(gte(calendarDays.day, `${year}-01-01`), lt(calendarDays.day, `${year + 1}-01-01`)));
  const districtCount = Number(d?.n ?? 0);
  const departmentCount = Number(p?.n ?? 0);
  const calendarCount = Number(c?.n ?? 0);
  return [
    identity
      ? { id: 'city.identity', state: 'ok', params: { nameRu: identity.nameRu, nameEn: identity.nameEn }, fix: '/admin/city' }
      : { id: 'city.identity', state: 'missing', fix: '/admin/city' },
    { id: 'city.districts', state: districtCount > 0 ? 'ok' : 'missing', params: { count: districtCount }, fix: '/admin/districts' },
    { id: 'city.departments', state: departmentCount > 0 ? 'ok' : 'missing', params: { count: departmentCount }, fix: '/admin/departments' },
    { id: 'city.calendar', state: calendarCount > 0 ? 'ok' : 'advice', params: { count: calendarCount, year }, fix: '/admin/calendar' },
  ];
}

/** The checks' words (the setup page). */
export const cityReadinessMessages: Record<Language, Catalogue> = {
  en: {
    'readiness.city.identity.title': "The city's name and look",
    'readiness.city.identity.ok': '{nameEn} ({nameRu}).',
    'readiness.city.identity.missing': 'The city has no name yet: set its name, time zone, map centre and contacts.',
    'readiness.city.districts.title': 'Districts',
    'readiness.city.districts.ok': 'Districts: {count}.',
    'readiness.city.districts.missing': 'No districts: every report would be refused as outside the city. Import the districts’ boundaries (GeoJSON).',
    'readiness.city.departments.title': 'Departments',
    'readiness.city.departments.ok': 'Working departments: {count}.',
    'readiness.city.departments.missing': 'No departments: there is nobody to send reports to. Add departments or import a list of them (CSV).',
    'readiness.city.calendar.title': 'Working-day calendar',
    'readiness.city.calendar.ok': 'Days marked for {year}: {count}.',
    'readiness.city.calendar.advice': 'No holidays are marked for {year}: deadlines count every weekday as a working day. Load the calendar.',
  },
  ru: {
    'readiness.city.identity.title': 'Название и облик города',
    'readiness.city.identity.ok': '{nameRu} ({nameEn}).',
    'readiness.city.identity.missing': 'У города ещё нет названия: задайте название, часовой пояс, центр карты и контакты.',
    'readiness.city.districts.title': 'Районы',
    'readiness.city.districts.ok': 'Районов: {count}.',
    'readiness.city.districts.missing': 'Районов нет: любое сообщение будет отклонено как поданное за пределами города. Загрузите границы районов (GeoJSON).',
    'readiness.city.departments.title': 'Исполнители',
    'readiness.city.departments.ok': 'Работающих исполнителей: {count}.',
    'readiness.city.departments.missing': 'Нет ни одного исполнителя — сообщения некому направить. Добавьте исполнителей или загрузите их списком (CSV).',
    'readiness.city.calendar.title': 'Производственный календарь',
    'readiness.city.calendar.ok': 'Отмеченных дней на {year} год: {count}.',
    'readiness.city.calendar.advice': 'Праздники {year} года не отмечены: сроки считаются по всем будням. Загрузите календарь.',
  },
};
