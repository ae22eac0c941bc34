import crypto from 'node:crypto';
import { count, sql } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { districts } from '../../../../core/city/schema.js';
import { queryRows } from '../../../../core/db/client.js';
import { demoPicture } from '../../../../core/files/demo-picture.js';
import { storeImage, type ProcessedImage } from '../../../../core/files/files.js';
import type { ModuleContext, Progress } from '../../../../core/module/module.js';
import { loadWorkCalendar } from '../../../../core/time/calendar-store.js';
import { localDay } from '../../../../core/time/calendar.js';
import { demoAdminEmail } from '../../../accounts/index.js';
import { postComment } from '../../../comments/index.js';
import { applyCellDelta } from '../../db/cells.js';
import { listActiveReasons, type ReasonWithParents } from '../../db/classifier-queries.js';
import { rejectionReasons, reportEvents, reportPhotos, reports, reportSupports, type ReportStatus } from '../../db/schema.js';
import { inSeason } from '../../domain/classifier-season.js';
import { deadlinesFor, type Deadlines } from '../../domain/deadlines.js';
import { closedHowFor, nextStatus, type ReportAction } from '../../domain/lifecycle.js';
import { withDepartmentStatuses } from '../../domain/report-rules.js';
import { routeReport } from '../classifier/route-report.js';
import { reportCreated } from '../../events.js';
import { emitReportEvent, reportPhotoPurpose, reportType, type HistoryRole } from './common.js';
import { demoAddresses, demoProblems, demoSummerProblems, type DemoProblem } from './demo-reports-data.js';

const hour = 3600_000;
const day = 24 * hour;

/**
 * How each demo report got where it is: its actions after filing, when each came (days after filing; `A` is the day
 * the department answered, from 4 to 9), and how many days ago it was filed (a range, picked by the seeded random).
 * An open report whose resolution deadline passed on the working-day calendar is marked overdue, as the deadline job
 * would have.
 */
interface Story {
  actions: ReportAction[];
  age: (answerDay: number) => [number, number];
}
const answerSteps: ReportAction[] = ['approve', 'take', 'answer', 'publish_answer'];
const stories: Story[] = [
  { actions: [], age: () => [0.1, 0.8] },
  { actions: ['approve'], age: () => [1, 3] },
  { actions: ['approve', 'take'], age: () => [2.5, 6] },
  // left past the deadline: the department took it and went quiet
  { actions: ['approve', 'take'], age: () => [18, 40] },
  { actions: ['approve', 'take', 'answer'], age: (a) => [a + 0.3, a + 0.7] },
  { actions: answerSteps, age: (a) => [a + 2, a + 12] },
  { actions: [...answerSteps, 'confirm'], age: (a) => [a + 5, 180] },
  { actions: [...answerSteps, 'confirm'], age: (a) => [a + 5, 120] },
  { actions: [...answerSteps, 'auto_close'], age: (a) => [a + 18, 180] },
  { actions: [...answerSteps, 'auto_close'], age: (a) => [a + 18, 150] },
  { actions: [...answerSteps, 'dispute'], age: (a) => [a + 4, a + 7] },
  { actions: [...answerSteps, 'dispute', 'take', 'answer', 'publish_answer', 'confirm'], age: (a) => [a + 16, 180] },
  { actions: ['reject'], age: () => [3, 150] },
  { actions: ['not_competent'], age: () => [3, 150] },
  { actions: [...answerSteps, 'confirm'], age: (a) => [a + 5, 60] },
  // never taken: still with the department long after its deadline
  { actions: ['approve'], age: () => [15, 30] },
  { actions: answerSteps, age: (a) => [a + 1, a + 8] },
  { actions: [...answerSteps, 'auto_close'], age: (a) => [a + 18, 90] },
];

/** When each action comes, in days after the previous one (`answer` waits for the department's answer day). */
function stepDays(action: ReportAction, answerDay: number, afterDispute: boolean): number {
  switch (action) {
    case 'approve':
    case 'reject':
    case 'not_competent':
    case 'duplicate':
      return 0.2;
    case 'take':
      return afterDispute ? 0.8 : 0.9;
    case 'answer':
      return afterDispute ? 4 : answerDay - 1.1;
    case 'publish_answer':
      return 0.7;
    case 'confirm':
      return 2.5;
    case 'dispute':
      return 3;
    default:
      return 1;
  }
}

const disputes = ['Ничего не изменилось: проблема на месте, фото приложено.', 'Сделано только частично, половина осталась как была.'];
const comments = ['Подтверждаю, сам видел вчера вечером.', 'У нас во дворе то же самое, спасибо, что написали.', 'Наконец-то! Третий год ждём.'];
const colours = ['#6d8a96', '#8a7d6d', '#5f7f5f', '#7a6d8a', '#8a6d6d', '#6d7a8a'];

/** A deterministic pseudo-random sequence (the demo city is the same on every machine). */
function sequence(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type ReportRow = typeof reports.$inferInsert & { id: string };
type EventRow = typeof reportEvents.$inferInsert;

/** A demo report played through its story: its final row and its history. */
interface Played {
  row: ReportRow;
  history: EventRow[];
  reason: ReasonWithParents;
  /** What its photo says. */
  kind: string;
}

/**
 * Demo city: three reports in every district on the problems residents file most, at real addresses, filed over
 * the last six months and in every status of the lifecycle (moderation to closed, rejected, disputed and reopened,
 * overdue on the working-day calendar, not the city's competence, a duplicate), each with its history, deadlines and
 * the department's answer (in the name of the department's demo official where it has one), photos, a few "me too"s
 * and comments. Deterministic (seeded), so tests can count on it:
 * 55 reports, 6 of them overdue. Does nothing once any report exists. Writes in a few batched statements.
 */
export async function seedDemoReports(ctx: ModuleContext, progress: Progress): Promise<void> {
  const db = ctx.database.db;
  const [existing] = await db.select({ n: count() }).from(reports);
  if (Number(existing?.n ?? 0) > 0) return;
  const tz = ctx.config.cityTimezone;
  const now = new Date();
  const today = localDay(now, tz);
  const active = await listActiveReasons(db);
  const usable = active.filter((r) => r.isPublic && !r.verifiedRequired && r.extraFields.every((f) => !f.required) && inSeason(r, today));
  const byId = new Map(active.map((r) => [r.id, r]));
  const areas = await db.select({ id: districts.id }).from(districts).orderBy(districts.id);
  if (!usable.length || !areas.length) return;
  const people = await queryRows<{ id: string; email: string }>(db, sql`select id, email from users where email like '%@gorod.demo' order by email`);
  const admin = people.find((p) => p.email === demoAdminEmail)?.id ?? null;
  // the demo staff's departments: their officials' acts there are theirs (a department without one acts unnamed)
  const officials = new Map(
    (
      await queryRows<{ department_id: string; user_id: string }>(
        db,
        sql`select distinct on (g.scope_id) g.scope_id as department_id, g.user_id from role_grants g join users u on u.id = g.user_id
            where g.role = 'official' and g.scope_type = 'department' and u.email like '%@gorod.demo' order by g.scope_id, u.email`,
      )
    ).map((r) => [r.department_id, r.user_id]),
  );
  const residents = people.filter((p) => p.email !== demoAdminEmail && !/^(official|moderator|verifier|expert)/.test(p.email)).map((p) => p.id);
  const [rejection] = await db.select().from(rejectionReasons).orderBy(rejectionReasons.id).limit(1);
  const calendar = await loadWorkCalendar(db);
  const next = sequence(20_260_401);
  const routes = new Map<string, string | null>();

  const played: Played[] = [];
  let i = 0;
  for (const area of areas) {
    const addresses = demoAddresses[area.id];
    for (let k = 0; k < 3; k++, i++) {
      const story = stories[i % stories.length]!;
      const answerDay = 4 + Math.floor(next() * 6);
      const [from, to] = story.age(answerDay);
      const ageDays = from + (Math.max(from, to) - from) * next();
      const filedAt = new Date(now.getTime() - ageDays * day);
      // a district's three reports are three different problems; snow and ice only in winter
      let problem: DemoProblem = demoProblems[(area.id.length + k * 5 + i) % demoProblems.length]!;
      const month = Number(localDay(filedAt, tz).slice(5, 7));
      if (problem.winter && month > 3 && month < 11) problem = demoSummerProblems[problem.reasonId] ?? problem;
      // the shipped classifier has the reason; a city that changed its classifier gets another of its reasons
      const known = byId.get(problem.reasonId);
      const reason = known && known.isPublic ? known : usable[i % usable.length]!;
      const fits = reason === known;
      const point = addresses?.[k];
      const key = `${reason.id}:${area.id}`;
      if (!routes.has(key)) routes.set(key, await routeReport(db, { reasonId: reason.id, categoryId: reason.categoryId, districtId: area.id }));
      played.push(
        play({
          reason,
          kind: fits ? problem.kind : 'Проблема в городе',
          districtId: area.id,
          departmentId: routes.get(key)!,
          point: point ?? { lat: 59.9343, lon: 30.3351 },
          address: point ? (problem.place && fits ? `${point.address}, ${problem.place}` : point.address) : null,
          extra: fits ? (problem.extra ?? {}) : {},
          description: fits ? problem.description : `${reason.nameRu}. Прошу разобраться.`,
          answer: fits ? problem.answer : 'Работы выполнены, результат проверен инспектором района.',
          reporterId: residents.length ? residents[i % residents.length]! : null,
          filedAt,
          actions: story.actions,
          answerDay,
          admin,
          official: officials.get(routes.get(key) ?? '') ?? null,
          rejectionId: rejection?.id ?? null,
          calendar,
          tz,
          now,
          index: i,
        }),
      );
    }
  }
  // one more, filed two days ago and merged into an open report nearby as a duplicate
  const original = played.find((p) => p.row.status === 'in_progress' && !p.row.overdueAt);
  if (original) {
    const o = original.row;
    played.push(
      play({
        reason: original.reason,
        kind: original.kind,
        districtId: o.districtId!,
        departmentId: o.departmentId ?? null,
        point: { lat: o.lat + 0.0001, lon: o.lon + 0.0001 },
        address: o.address ?? null,
        extra: o.extra ?? {},
        description: 'Та же проблема, что и в соседнем сообщении: до сих пор не устранена.',
        answer: '',
        reporterId: residents.length ? residents[(played.length + 1) % residents.length]! : null,
        filedAt: new Date(now.getTime() - 2 * day),
        actions: ['duplicate'],
        duplicateOf: o.id,
        answerDay: 4,
        admin,
        official: null,
        rejectionId: null,
        calendar,
        tz,
        now,
        index: played.length,
      }),
    );
  }
  // numbers follow the filing dates, as they would have
  played.sort((a, b) => a.row.createdAt!.getTime() - b.row.createdAt!.getTime());

  const pictures = new Map<string, ProcessedImage>();
  for (const p of played) if (!pictures.has(p.kind)) pictures.set(p.kind, await demoPicture(p.kind, colours[pictures.size % colours.length]!));

  let photos = 0;
  const created: { number: number; id: string; status: ReportStatus; reporterId: string | null }[] = [];
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(reports)
      .values(played.map((p) => ({ ...p.row, duplicateOfId: null })))
      .returning();
    const numbers = new Map(inserted.map((r) => [r.id, r.number]));
    // a duplicate names its original by number in the history; the link is set once both exist
    for (const p of played.filter((x) => x.row.duplicateOfId)) {
      await tx.execute(sql`update ${reports} set duplicate_of_id = ${p.row.duplicateOfId} where id = ${p.row.id}`);
      for (const e of p.history) if (e.action === 'duplicate') e.data = { of: numbers.get(p.row.duplicateOfId!) };
    }
    await tx.insert(reportEvents).values(played.flatMap((p) => p.history));
    const links: (typeof reportPhotos.$inferInsert)[] = [];
    for (const [j, p] of played.entries()) {
      const row = inserted.find((r) => r.id === p.row.id)!;
      if (p.reason.photoRequired || j % 4 !== 3) {
        const file = await storeImage(tx, { purpose: reportPhotoPurpose, uploadedBy: row.reporterId, image: pictures.get(p.kind)! });
        links.push({ reportId: row.id, fileId: file.id, stage: 'report', position: 0 });
        photos++;
      }
      await applyCellDelta(tx, { lat: row.lat, lon: row.lon, status: row.status, categoryId: p.reason.categoryId, createdAt: row.createdAt }, 1);
      if (row.reporterId) await emitReportEvent(tx, reportCreated, row.reporterId, row, p.reason);
      created.push({ number: row.number, id: row.id, status: row.status, reporterId: row.reporterId });
    }
    if (links.length) await tx.insert(reportPhotos).values(links);
    // "me too" from neighbours on open public reports (and from the duplicate's author on its original)
    const supports: { reportId: string; userId: string }[] = [];
    for (const [j, c] of created.entries()) {
      if (!['sent', 'in_progress', 'answered', 'reopened'].includes(c.status)) continue;
      for (const userId of residents.filter((r) => r !== c.reporterId).slice(0, 1 + (j % 3))) supports.push({ reportId: c.id, userId });
    }
    const dup = played.find((p) => p.row.duplicateOfId);
    if (dup?.row.reporterId) supports.push({ reportId: dup.row.duplicateOfId!, userId: dup.row.reporterId });
    if (supports.length) await tx.insert(reportSupports).values(supports).onConflictDoNothing();
    await tx.execute(sql`update reports r set support_count = (select count(*)::int from report_supports s where s.report_id = r.id)`);
  });

  // a few comments through the comments module's own use case
  const person = (userId: string): Actor => ({ kind: 'user', userId, displayName: '', verification: 'email', roles: [], language: 'ru', districtId: null });
  let posted = 0;
  for (const c of created.filter((x) => ['in_progress', 'answered', 'reopened'].includes(x.status)).slice(0, 3)) {
    const author = residents.find((r) => r !== c.reporterId);
    if (!author) break;
    await postComment(ctx, person(author), { hostType: reportType, hostId: String(c.number), body: comments[posted % comments.length]! });
    posted++;
  }
  ctx.jobs.kick();
  const overdue = played.filter((p) => p.row.overdueAt).length;
  progress(`Demo reports (${created.length}) in ${areas.length} districts, ${overdue} overdue, ${photos} photos, ${posted} comments`);
}

interface PlayInput {
  reason: ReasonWithParents;
  kind: string;
  districtId: string;
  departmentId: string | null;
  point: { lat: number; lon: number };
  address: string | null;
  extra: Record<string, string>;
  description: string;
  answer: string;
  reporterId: string | null;
  filedAt: Date;
  actions: ReportAction[];
  answerDay: number;
  duplicateOf?: string;
  admin: string | null;
  /** The demo official of its department, who takes and answers it (null: no demo official there). */
  official: string | null;
  rejectionId: number | null;
  calendar: Parameters<typeof deadlinesFor>[4];
  tz: string;
  now: Date;
  index: number;
}

/** Plays one report's story in memory: every step in its history, the deadlines as they were, the final row. */
function play(s: PlayInput): Played {
  const id = crypto.randomUUID();
  let status: ReportStatus = 'moderation';
  let at = s.filedAt;
  let deadlines: Deadlines = deadlinesFor('moderation', at, s.reason, { dueAt: null, resolutionDueAt: null }, s.calendar, s.tz);
  const history: EventRow[] = [
    { reportId: id, actorId: s.reporterId, actorRole: 'resident', action: 'filed', toStatus: status, departmentId: s.departmentId, at, data: {} },
  ];
  const row: ReportRow = {
    id,
    reasonId: s.reason.id,
    districtId: s.districtId,
    departmentId: s.departmentId,
    lat: s.point.lat,
    lon: s.point.lon,
    address: s.address,
    extra: s.extra,
    description: s.description,
    reporterId: s.reporterId,
    createdAt: s.filedAt,
  };
  let disputed = false;
  for (const action of s.actions) {
    const to = nextStatus(status, action);
    if (!to) throw new Error(`demo script: ${action} from ${status}`);
    // the auto-close happens when the resident's window ends; everything else after its usual wait
    at = action === 'auto_close' ? (deadlines.dueAt ?? at) : new Date(at.getTime() + stepDays(action, s.answerDay, disputed) * day);
    if (at.getTime() >= s.now.getTime()) at = new Date(s.now.getTime() - hour);
    deadlines = deadlinesFor(to, at, s.reason, deadlines, s.calendar, s.tz);
    const role: HistoryRole =
      action === 'confirm' || action === 'dispute'
        ? 'resident'
        : action === 'take' || action === 'answer'
          ? 'official'
          : action === 'auto_close'
            ? 'system'
            : 'administrator';
    const actorId = role === 'resident' ? s.reporterId : role === 'administrator' ? s.admin : role === 'official' ? s.official : null;
    let note: string | null = null;
    const data: Record<string, unknown> = {};
    if (action === 'answer' || action === 'publish_answer') {
      note = s.answer;
      if (action === 'answer') Object.assign(row, { answerText: note, answeredAt: at, answeredBy: s.official, answerPublishedAt: null });
      else row.answerPublishedAt = at;
    } else if (action === 'dispute') {
      note = disputes[s.index % disputes.length]!;
      row.reopenCount = (row.reopenCount ?? 0) + 1;
      disputed = true;
    } else if (action === 'reject' && s.rejectionId) {
      row.rejectionReasonId = s.rejectionId;
      data.rejectionReasonId = s.rejectionId;
    } else if (action === 'not_competent') {
      note = 'Территория не относится к землям общего пользования города: обращение направлено собственнику участка.';
    } else if (action === 'duplicate' && s.duplicateOf) {
      row.duplicateOfId = s.duplicateOf;
    }
    const how = closedHowFor(action);
    if (how) Object.assign(row, { closedAt: at, closedHow: how });
    if (action === 'dispute') Object.assign(row, { closedAt: null, closedHow: null });
    history.push({ reportId: id, actorId, actorRole: role, action, fromStatus: status, toStatus: to, departmentId: s.departmentId, note, data, at });
    status = to;
  }
  // the department let the deadline pass: marked as the deadline job marks it
  if (withDepartmentStatuses.includes(status) && deadlines.resolutionDueAt && deadlines.resolutionDueAt.getTime() <= s.now.getTime()) {
    const due = deadlines.resolutionDueAt;
    row.overdueAt = new Date(Math.min(due.getTime() + 10 * 60_000, s.now.getTime()));
    history.push({
      reportId: id,
      actorId: null,
      actorRole: 'system',
      action: 'overdue',
      fromStatus: status,
      toStatus: status,
      departmentId: s.departmentId,
      data: { dueAt: due.toISOString() },
      at: row.overdueAt,
    });
  }
  // an answered report stays within the resident's window (the stories are chosen so); never closed by the next job run
  if (status === 'answered' && deadlines.dueAt && deadlines.dueAt <= s.now) deadlines = { ...deadlines, dueAt: new Date(s.now.getTime() + 3 * day) };
  Object.assign(row, { status, statusChangedAt: at, dueAt: deadlines.dueAt, resolutionDueAt: deadlines.resolutionDueAt });
  return { row, history, reason: s.reason, kind: s.kind };
}
