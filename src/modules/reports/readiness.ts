import { isNotNull } from 'drizzle-orm';
import { departments } from '../../core/city/schema.js';
import { interiorPoint, type AreaGeometry } from '../../core/geo/geo.js';
import type { Catalogue, Language } from '../../core/i18n/i18n.js';
import type { ModuleContext, ReadinessCheck } from '../../core/module/module.js';
import { localDay } from '../../core/time/calendar.js';
import { localParts } from '../../core/time/time.js';
import { districtAt, findDepartment, listDistricts } from '../city/index.js';
import { listActiveReasons } from './db/classifier-queries.js';
import { routingRules } from './db/schema.js';
import { inSeason } from './domain/classifier-season.js';
import { deadlinesFor } from './domain/deadlines.js';
import { pickRule } from './domain/routing.js';
import { calendarOf } from './use-cases/reports/common.js';
import { routeReport } from './use-cases/classifier/route-report.js';

const both = (ru: string, en: string | null) => ({ ru, en: en || ru });

/**
 * What reports need: reasons to file under, routing rules that send every reason in every district to a department
 * that still works, and — the end-to-end answer to "can a resident file a report here?" — a report tried out in the
 * first district: the place found in its district, a reason open today, the department it would go to and the date
 * it would be answered by, through the same functions filing uses (nothing is written).
 */
export async function reportsReadiness(ctx: ModuleContext): Promise<ReadinessCheck[]> {
  const db = ctx.database.db;
  const reasons = (await listActiveReasons(db)).filter((r) => r.isPublic);
  const districtRows = await listDistricts(db);
  const rules = await db.select().from(routingRules);
  const retired = new Set((await db.select({ id: departments.id }).from(departments).where(isNotNull(departments.retiredAt))).map((d) => d.id));

  const checks: ReadinessCheck[] = [
    { id: 'reports.classifier', state: reasons.length ? 'ok' : 'missing', params: { count: reasons.length }, fix: '/admin/classifier' },
  ];

  // every reason × district pair a resident could file, and where routing sends it
  let unrouted = 0;
  let toRetired = 0;
  for (const r of reasons)
    for (const d of districtRows) {
      const rule = pickRule(rules, { reasonId: r.id, categoryId: r.categoryId, districtId: d.id });
      if (!rule) unrouted++;
      else if (retired.has(rule.departmentId)) toRetired++;
    }
  const pairs = reasons.length * districtRows.length;
  checks.push({
    id: 'reports.routing',
    state: pairs === 0 ? 'missing' : unrouted + toRetired === 0 ? 'ok' : 'advice',
    params: { pairs, unrouted, retired: toRetired, rules: rules.length },
    fix: '/admin/routing',
  });

  checks.push(await tryReport(ctx, reasons, districtRows));
  return checks;
}

async function tryReport(
  ctx: ModuleContext,
  reasons: Awaited<ReturnType<typeof listActiveReasons>>,
  districtRows: Awaited<ReturnType<typeof listDistricts>>,
): Promise<ReadinessCheck> {
  const db = ctx.database.db;
  const first = districtRows[0];
  const point = first ? interiorPoint(first.geometry as AreaGeometry) : null;
  if (!first || !point) return { id: 'reports.trial', state: 'missing', params: { step: 'district' }, fix: '/admin/districts' };
  const found = await districtAt(db, point[0], point[1]);
  if (found?.id !== first.id)
    return { id: 'reports.trial', state: 'missing', params: { step: 'place', district: both(first.nameRu, first.nameEn) }, fix: '/admin/districts' };
  const now = new Date();
  const today = localDay(now, ctx.config.cityTimezone);
  const reason = reasons.find((r) => inSeason(r, today) && !r.verifiedRequired) ?? reasons.find((r) => inSeason(r, today));
  if (!reason) return { id: 'reports.trial', state: 'missing', params: { step: 'reason' }, fix: '/admin/classifier' };
  const place = { district: both(first.nameRu, first.nameEn), reason: both(reason.nameRu, reason.nameEn), lat: point[1].toFixed(5), lon: point[0].toFixed(5) };
  const departmentId = await routeReport(db, { reasonId: reason.id, categoryId: reason.categoryId, districtId: first.id });
  const department = departmentId ? await findDepartment(db, departmentId) : undefined;
  if (!department || department.retiredAt) return { id: 'reports.trial', state: 'advice', params: { ...place, step: 'department' }, fix: '/admin/routing' };
  const { resolutionDueAt } = deadlinesFor('moderation', now, reason, { dueAt: null, resolutionDueAt: null }, await calendarOf(ctx), ctx.config.cityTimezone);
  const due = resolutionDueAt ? localParts(resolutionDueAt, ctx.config.cityTimezone) : null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    id: 'reports.trial',
    state: 'ok',
    params: {
      ...place,
      department: both(department.nameRu, department.nameEn),
      due: due ? both(`${pad(due.day)}.${pad(due.month)}.${due.year}`, `${due.year}-${pad(due.month)}-${pad(due.day)}`) : both('—', '—'),
    },
    fix: '/reports/new',
  };
}

/** The checks' words (the setup page). */
export const reportsReadinessMessages: Record<Language, Catalogue> = {
  en: {
    'readiness.reports.classifier.title': 'Problem classifier',
    'readiness.reports.classifier.ok': 'Reasons residents can report under: {count}.',
    'readiness.reports.classifier.missing':
      'No reasons: a resident has nothing to choose from. Import the classifier (gorod classifier import) or add reasons.',
    'readiness.reports.routing.title': 'Routing',
    'readiness.reports.routing.ok': 'Every reason in every district goes to a working department (rules: {rules}).',
    'readiness.reports.routing.advice':
      'Of {pairs} reason × district pairs, {unrouted} have no department and {retired} go to a retired one: a moderator has to choose the department for those reports by hand.',
    'readiness.reports.routing.missing': 'Nothing to route yet: districts and reasons come first.',
    'readiness.reports.trial.title': 'Can a resident file a report here?',
    'readiness.reports.trial.ok': 'Yes. A report of “{reason}” at {lat}, {lon} lands in {district}, goes to {department} and is due to be resolved by {due}.',
    'readiness.reports.trial.advice.department':
      'Almost: a report of “{reason}” in {district} is accepted, but no working department gets it — a moderator would have to choose one. Add a routing rule.',
    'readiness.reports.trial.missing.district': 'No: the city has no district with a boundary yet.',
    'readiness.reports.trial.missing.place': 'No: a point inside {district} is not found in it. Check the boundaries.',
    'readiness.reports.trial.missing.reason': 'No: no reason is open today (all are archived or out of season).',
  },
  ru: {
    'readiness.reports.classifier.title': 'Классификатор проблем',
    'readiness.reports.classifier.ok': 'Причин, по которым можно сообщить о проблеме: {count}.',
    'readiness.reports.classifier.missing':
      'Нет ни одной причины — жителю не из чего выбрать. Загрузите классификатор (gorod classifier import) или добавьте причины.',
    'readiness.reports.routing.title': 'Маршрутизация',
    'readiness.reports.routing.ok': 'Каждая причина в каждом районе направляется работающему исполнителю (правил: {rules}).',
    'readiness.reports.routing.advice':
      'Из {pairs} сочетаний «причина × район» без исполнителя — {unrouted}, к упразднённому исполнителю — {retired}: исполнителя для таких сообщений модератору придётся выбирать вручную.',
    'readiness.reports.routing.missing': 'Направлять пока нечего: сначала нужны районы и причины.',
    'readiness.reports.trial.title': 'Может ли житель подать сообщение?',
    'readiness.reports.trial.ok':
      'Да. Сообщение «{reason}» в точке {lat}, {lon} попадёт в район «{district}», уйдёт исполнителю «{department}», решить проблему нужно до {due}.',
    'readiness.reports.trial.advice.department':
      'Почти: сообщение «{reason}» в районе «{district}» будет принято, но ни один работающий исполнитель его не получит — выбирать придётся модератору. Добавьте правило маршрутизации.',
    'readiness.reports.trial.missing.district': 'Нет: у города ещё нет ни одного района с границами.',
    'readiness.reports.trial.missing.place': 'Нет: точка внутри района «{district}» не находится в нём. Проверьте границы.',
    'readiness.reports.trial.missing.reason': 'Нет: сегодня нельзя выбрать ни одну причину (все в архиве или вне сезона).',
  },
};
