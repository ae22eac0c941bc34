import { count, sql } from 'drizzle-orm';
import sharp from 'sharp';
import type { Actor } from '../../../../core/auth/actor.js';
import { districts } from '../../../../core/city/schema.js';
import { queryRows, type Executor } from '../../../../core/db/client.js';
import { processImage, storeImage } from '../../../../core/files/files.js';
import { containsPoint, type AreaGeometry } from '../../../../core/geo/geo.js';
import type { ModuleContext, Progress } from '../../../../core/module/module.js';
import { loadWorkCalendar } from '../../../../core/time/calendar-store.js';
import type { WorkCalendar } from '../../../../core/time/calendar.js';
import { demoAdminEmail } from '../../../accounts/index.js';
import { postComment } from '../../../comments/index.js';
import { applyCellDelta } from '../../db/cells.js';
import { listActiveReasons, type ReasonWithParents } from '../../db/classifier-queries.js';
import { rejectionReasons, reports, reportSupports, type ReportStatus } from '../../db/schema.js';
import { inSeason } from '../../domain/classifier-season.js';
import { deadlinesFor, type Deadlines } from '../../domain/deadlines.js';
import { closedHowFor, nextStatus, type ReportAction } from '../../domain/lifecycle.js';
import { routeReport } from '../classifier/route-report.js';
import { reportCreated } from '../../events.js';
import { addHistory, emitReportEvent, linkPhotos, reportPhotoPurpose, reportType, type HistoryRole } from './common.js';

const hour = 3600_000;
const day = 24 * hour;

/** How each demo report got where it is: the actions after filing, in order (`overdue`: left past its deadline). */
const scripts: (ReportAction | 'overdue')[][] = [
  [],
  ['approve'],
  ['approve', 'take'],
  ['approve', 'take', 'answer'],
  ['approve', 'take', 'answer', 'publish_answer'],
  ['approve', 'take', 'answer', 'publish_answer', 'confirm'],
  ['approve', 'take', 'answer', 'publish_answer', 'dispute'],
  ['approve', 'take', 'answer', 'publish_answer', 'auto_close'],
  ['reject'],
  ['approve', 'overdue'],
  ['not_competent'],
  ['approve', 'take', 'answer', 'publish_answer', 'dispute', 'take', 'answer', 'publish_answer', 'confirm'],
];

/** What residents write, by the words of the reason (a fallback says it plainly). */
const descriptions = [
  'Проблема появилась на прошлой неделе и с тех пор только хуже. Прошу разобраться.',
  'Каждый день хожу здесь с ребёнком — опасно. Просьба устранить как можно скорее.',
  'Соседи уже жаловались в управляющую компанию, но ничего не изменилось.',
  'Место видно на фото, рядом остановка автобуса. Людей здесь много весь день.',
  'После последнего ремонта стало ещё хуже. Просьба проверить качество работ.',
  'Проблема повторяется каждую весну. Нужен постоянный ремонт, а не временный.',
];
const answers = [
  'Работы выполнены подрядной организацией. Фотофиксация приложена. Благодарим за сообщение.',
  'Проведено обследование, дефект устранён в установленный срок.',
  'Выполнен ремонт, результат проверен инспектором района.',
];
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

function bboxOf(g: AreaGeometry): [number, number, number, number] {
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const ring of rings) for (const [x, y] of ring) [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
  return [w, s, e, n];
}

/** A point inside a district: tries points of its box until one falls inside (close to the box's middle first). */
function pointIn(g: AreaGeometry, next: () => number): { lat: number; lon: number } {
  const [w, s, e, n] = bboxOf(g);
  for (let i = 0; i < 500; i++) {
    const spread = i < 100 ? 0.4 : 1;
    const lon = w + (e - w) * (0.5 + (next() - 0.5) * spread);
    const lat = s + (n - s) * (0.5 + (next() - 0.5) * spread);
    if (containsPoint(g, lon, lat)) return { lat: Math.round(lat * 1e6) / 1e6, lon: Math.round(lon * 1e6) / 1e6 };
  }
  throw new Error('no point found inside a district');
}

/** A demo photo: a coloured picture with the problem's name, through the same processing as uploads. */
async function demoPhoto(tx: Executor, label: string, colour: string, uploadedBy: string | null): Promise<string> {
  const escape = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#dfe7ea"/><stop offset="1" stop-color="${colour}"/></linearGradient></defs>
    <rect width="800" height="600" fill="url(#g)"/><rect y="420" width="800" height="180" fill="#4a4f55"/>
    <text x="40" y="520" font-family="DejaVu Sans, sans-serif" font-size="34" fill="#ffffff">${escape(label.slice(0, 40))}</text>
    <text x="40" y="570" font-family="DejaVu Sans, sans-serif" font-size="22" fill="#d0d4d8">демонстрационное фото</text></svg>`;
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
  const processed = await processImage(jpeg);
  if (!processed.ok) throw new Error(`demo photo: ${processed.problem}`);
  return (await storeImage(tx, { purpose: reportPhotoPurpose, uploadedBy, image: processed.image })).id;
}

interface Step {
  action: ReportAction;
  role: HistoryRole;
  actorId: string | null;
}

/**
 * Demo city: two reports in every district, in every status of the lifecycle (moderation to closed,
 * rejected, disputed and reopened, overdue, not the city's competence, a duplicate), each with its
 * history and deadlines on the working-day calendar, photos where the reason needs one, a few "me
 * too"s and comments. Does nothing once any report exists.
 */
export async function seedDemoReports(ctx: ModuleContext, progress: Progress): Promise<void> {
  const db = ctx.database.db;
  const [existing] = await db.select({ n: count() }).from(reports);
  if (Number(existing?.n ?? 0) > 0) return;
  const tz = ctx.config.cityTimezone;
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const reasons = (await listActiveReasons(db)).filter(
    (r) => r.isPublic && !r.verifiedRequired && r.extraFields.every((f) => !f.required) && inSeason(r, today),
  );
  const areas = await db.select({ id: districts.id, geometry: districts.geometry }).from(districts).orderBy(districts.id);
  if (!reasons.length || !areas.length) return;
  const people = await queryRows<{ id: string; email: string }>(db, sql`select id, email from users where email like '%@gorod.demo' order by email`);
  const admin = people.find((p) => p.email === demoAdminEmail)?.id ?? null;
  const residents = people.filter((p) => p.email !== demoAdminEmail).map((p) => p.id);
  const [rejection] = await db.select().from(rejectionReasons).orderBy(rejectionReasons.id).limit(1);
  const calendar = await loadWorkCalendar(db);
  const next = sequence(20_260_401);

  // one reason per report, spread over the classifier's categories
  const byCategory = new Map<number, ReasonWithParents[]>();
  for (const r of reasons) byCategory.set(r.categoryId, [...(byCategory.get(r.categoryId) ?? []), r]);
  const categories = [...byCategory.values()];

  const created: { number: number; id: string; status: ReportStatus; reporterId: string | null }[] = [];
  let photos = 0;
  await db.transaction(async (tx) => {
    let i = 0;
    for (const area of areas) {
      for (let k = 0; k < 2; k++, i++) {
        const pool = categories[(i * 7) % categories.length]!;
        const reason = pool[i % pool.length]!;
        const script = scripts[i % scripts.length]!;
        const point = pointIn(area.geometry as AreaGeometry, next);
        const departmentId = await routeReport(tx, { reasonId: reason.id, categoryId: reason.categoryId, districtId: area.id });
        const reporterId = residents.length ? residents[i % residents.length]! : null;
        const filedAt = new Date(now.getTime() - (script.length * 2 + 3 + (i % 5)) * day - (i % 9) * hour);
        const row = await seedOne(tx, {
          reason,
          districtId: area.id,
          departmentId,
          point,
          reporterId,
          filedAt,
          script,
          admin,
          rejectionId: rejection?.id ?? null,
          calendar,
          tz,
          now,
          description: `${reason.nameRu}. ${descriptions[i % descriptions.length]}`,
          index: i,
        });
        if (reason.photoRequired || i % 3 === 0) {
          const fileId = await demoPhoto(tx, reason.nameRu, colours[i % colours.length]!, reporterId);
          await linkPhotos(tx, row.id, [fileId], 'report');
          photos++;
        }
        if (reporterId) await emitReportEvent(tx, reportCreated, reporterId, row, reason.nameRu);
        created.push({ number: row.number, id: row.id, status: row.status, reporterId });
      }
    }
    // one more, merged into the first public report of its district as a duplicate
    const original = created.find((c) => c.status === 'in_progress');
    if (original) {
      const [o] = await tx
        .select()
        .from(reports)
        .where(sql`${reports.id} = ${original.id}`);
      const reason = reasons.find((r) => r.id === o!.reasonId)!;
      const reporterId = residents.length ? residents[(created.length + 1) % residents.length]! : null;
      const dup = await seedOne(tx, {
        reason,
        districtId: o!.districtId!,
        departmentId: o!.departmentId,
        point: { lat: o!.lat + 0.0001, lon: o!.lon + 0.0001 },
        reporterId,
        filedAt: new Date(now.getTime() - 2 * day),
        script: ['duplicate'],
        duplicateOf: { id: o!.id, number: o!.number },
        admin,
        rejectionId: null,
        calendar,
        tz,
        now,
        description: `${reason.nameRu}. Та же проблема, что и в соседнем сообщении.`,
        index: created.length,
      });
      if (reporterId && reporterId !== o!.reporterId) await tx.insert(reportSupports).values({ reportId: o!.id, userId: reporterId }).onConflictDoNothing();
      created.push({ number: dup.number, id: dup.id, status: dup.status, reporterId });
    }
    // "me too" from neighbours on open public reports
    for (const [j, c] of created.entries()) {
      if (!['sent', 'in_progress', 'answered', 'reopened'].includes(c.status)) continue;
      const supporters = residents.filter((r) => r !== c.reporterId).slice(0, 1 + (j % 3));
      for (const userId of supporters) await tx.insert(reportSupports).values({ reportId: c.id, userId }).onConflictDoNothing();
    }
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
  progress(`Demo reports (${created.length}) in ${areas.length} districts, ${photos} photos, ${posted} comments`);
}

interface SeedInput {
  reason: ReasonWithParents;
  districtId: string;
  departmentId: string | null;
  point: { lat: number; lon: number };
  reporterId: string | null;
  filedAt: Date;
  script: (ReportAction | 'overdue')[];
  duplicateOf?: { id: string; number: number };
  admin: string | null;
  rejectionId: number | null;
  calendar: WorkCalendar;
  tz: string;
  now: Date;
  description: string;
  index: number;
}

/** Inserts one report and plays its script: every step in the history, deadlines as they were, the final state in the map grid. */
async function seedOne(tx: Executor, s: SeedInput) {
  let status: ReportStatus = 'moderation';
  let at = s.filedAt;
  let deadlines: Deadlines = deadlinesFor('moderation', at, s.reason, { dueAt: null, resolutionDueAt: null }, s.calendar, s.tz);
  const [inserted] = await tx
    .insert(reports)
    .values({
      reasonId: s.reason.id,
      districtId: s.districtId,
      departmentId: s.departmentId,
      lat: s.point.lat,
      lon: s.point.lon,
      description: s.description,
      reporterId: s.reporterId,
      status,
      statusChangedAt: at,
      dueAt: deadlines.dueAt,
      resolutionDueAt: deadlines.resolutionDueAt,
      createdAt: at,
    })
    .returning();
  const row = inserted!;
  await addHistory(tx, { reportId: row.id, actorId: s.reporterId, actorRole: 'resident', action: 'filed', toStatus: status, departmentId: s.departmentId, at });
  const set: Partial<typeof reports.$inferInsert> = {};
  const gap = Math.max(hour, (s.now.getTime() - s.filedAt.getTime()) / (s.script.length + 2));
  for (const action of s.script) {
    at = new Date(at.getTime() + gap);
    if (action === 'overdue') {
      // the department let the deadline pass: it was due yesterday
      const due = new Date(s.now.getTime() - day);
      Object.assign(set, { resolutionDueAt: due, dueAt: due, overdueAt: new Date(s.now.getTime() - day + hour) });
      await addHistory(tx, {
        reportId: row.id,
        actorId: null,
        actorRole: 'system',
        action: 'overdue',
        fromStatus: status,
        toStatus: status,
        departmentId: s.departmentId,
        data: { dueAt: due.toISOString() },
        at: new Date(due.getTime() + hour),
      });
      continue;
    }
    const to = nextStatus(status, action);
    if (!to) throw new Error(`demo script: ${action} from ${status}`);
    const step: Step =
      action === 'confirm' || action === 'dispute'
        ? { action, role: 'resident', actorId: s.reporterId }
        : action === 'take' || action === 'answer' || action === 'redirect'
          ? { action, role: 'official', actorId: null }
          : action === 'auto_close'
            ? { action, role: 'system', actorId: null }
            : { action, role: 'administrator', actorId: s.admin };
    // the auto-close happens when the window ends
    if (action === 'auto_close') at = new Date(Math.min(s.now.getTime() - hour, (deadlines.dueAt ?? at).getTime()));
    deadlines = deadlinesFor(to, at, s.reason, deadlines, s.calendar, s.tz);
    let note: string | null = null;
    const data: Record<string, unknown> = {};
    if (action === 'answer') {
      note = answers[s.index % answers.length]!;
      Object.assign(set, { answerText: note, answeredAt: at, answerPublishedAt: null });
    } else if (action === 'publish_answer') {
      note = answers[s.index % answers.length]!;
      set.answerPublishedAt = at;
      // the answered window starts at publication (already in deadlines); auto-close needs it passed
    } else if (action === 'dispute') {
      note = disputes[s.index % disputes.length]!;
      set.reopenCount = (set.reopenCount ?? 0) + 1;
    } else if (action === 'reject' && s.rejectionId) {
      Object.assign(set, { rejectionReasonId: s.rejectionId });
      data.rejectionReasonId = s.rejectionId;
    } else if (action === 'not_competent') {
      note = 'Территория не относится к землям общего пользования города.';
    } else if (action === 'duplicate' && s.duplicateOf) {
      set.duplicateOfId = s.duplicateOf.id;
      data.of = s.duplicateOf.number;
    }
    const how = closedHowFor(action);
    if (how) Object.assign(set, { closedAt: at, closedHow: how });
    if (action === 'dispute') Object.assign(set, { closedAt: null, closedHow: null });
    await addHistory(tx, {
      reportId: row.id,
      actorId: step.actorId,
      actorRole: step.role,
      action,
      fromStatus: status,
      toStatus: to,
      departmentId: s.departmentId,
      note,
      data,
      at,
    });
    status = to;
  }
  // an answered report whose window has already passed would close at the next job run: keep it within the window
  if (status === 'answered' && deadlines.dueAt && deadlines.dueAt <= s.now) deadlines = { ...deadlines, dueAt: new Date(s.now.getTime() + 3 * day) };
  const [updated] = await tx
    .update(reports)
    .set({ ...set, status, statusChangedAt: at, dueAt: set.dueAt ?? deadlines.dueAt, resolutionDueAt: set.resolutionDueAt ?? deadlines.resolutionDueAt })
    .where(sql`${reports.id} = ${row.id}`)
    .returning();
  await applyCellDelta(tx, { lat: row.lat, lon: row.lon, status, categoryId: s.reason.categoryId, createdAt: row.createdAt }, 1);
  return updated!;
}
