import { eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../core/db/client.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { loadWorkCalendar } from '../../../core/time/calendar-store.js';
import { addWorkingDays, localDay } from '../../../core/time/calendar.js';
import { recordCommitment } from '../../commitments/index.js';
import { listDepartments } from '../../city/index.js';
import { identityHash, recordVerification, verifiedResident } from '../../verification/index.js';
import type { InitiativeRow } from '../db/queries.js';
import { initiativeCoinitiators, initiativeHistory, initiatives, initiativeSupports } from '../db/schema.js';
import { answerDeadline, type InitiativeStatus } from '../domain/lifecycle.js';
import { emitInitiativeEvent, noteColumns, publicNote, type PlatformNote } from './common.js';
import { initiativeCreated, initiativeSupported } from '../events.js';

const day = 86_400_000;
const demoMarker = 'Освещение набережной Фонтанки';

/** The demo residents (the accounts module's) and where they live; the seed verifies them in person if they are not yet. */
const residents = [
  ['anna.petrova@gorod.demo', 'admiralteysky'],
  ['ivan.smirnov@gorod.demo', 'vyborgsky'],
  ['olga.kuznetsova@gorod.demo', 'nevsky'],
  ['dmitry.sokolov@gorod.demo', 'primorsky'],
  ['maria.ivanova@gorod.demo', 'moskovsky'],
  ['alexey.volkov@gorod.demo', 'kalininsky'],
] as const;

interface DemoInitiative {
  title: string;
  type: InitiativeRow['type'];
  text: string;
  ask: string;
  addressee: string;
  author: number;
  coinitiators: number[];
  supporters?: number[];
  /** Days ago it was submitted (none: a draft). */
  submittedDaysAgo?: number;
  screening?: {
    decision: 'admissible' | 'inadmissible';
    reason: string;
    daysAgo: number;
    department?: string;
    threshold?: number;
    supportDays?: number;
    answerWorkingDays?: number;
  };
  thresholdDaysAgo?: number;
  answer?: { decision: 'accepted' | 'partially' | 'rejected'; text: string; daysAgo: number };
}

// Demo figures are small (six demo residents): thresholds of five or six supports, so a visitor can push one over.
const demo: DemoInitiative[] = [
  {
    title: demoMarker,
    type: 'improvement',
    text: 'Набережная Фонтанки между Аничковым и Семёновским мостами вечером тёмная: фонари стоят через один, многие не горят. Зимой здесь темнеет в четыре часа, а по набережной ходят дети из трёх школ.',
    ask: 'Восстановить и дополнить уличное освещение набережной, заменить лампы на светодиодные.',
    addressee: 'Комитет по благоустройству',
    author: 0,
    coinitiators: [1, 3],
  },
  {
    title: 'Велодорожка вдоль Обводного канала',
    type: 'improvement',
    text: 'Обводный канал пересекает шесть районов, но безопасно проехать вдоль него на велосипеде нельзя. Выделенная велодорожка свяжет существующие маршруты и разгрузит тротуары.',
    ask: 'Спроектировать и построить выделенную велодорожку вдоль Обводного канала.',
    addressee: 'Комитет по развитию транспортной инфраструктуры',
    author: 4,
    coinitiators: [0, 1, 2, 3, 5],
    submittedDaysAgo: 3,
  },
  {
    title: 'Бесплатные секции для подростков в домах культуры',
    type: 'social',
    text: 'Платные кружки недоступны многим семьям. Дома культуры пустуют днём; в них можно открыть бесплатные секции для подростков 12–17 лет: спорт, музыка, программирование.',
    ask: 'Открыть в каждом районе не меньше трёх бесплатных секций для подростков.',
    addressee: 'Комитет по культуре',
    author: 2,
    coinitiators: [0, 1, 3, 4, 5],
    supporters: [0, 1, 2, 3, 4],
    submittedDaysAgo: 20,
    screening: {
      decision: 'admissible',
      reason: 'Вопрос относится к ведению города, предложение конкретно и выполнимо в рамках бюджета учреждений культуры.',
      daysAgo: 15,
      department: 'admin-nevsky',
      threshold: 6,
      supportDays: 60,
    },
  },
  {
    title: 'Пешеходный переход у школы № 185',
    type: 'improvement',
    text: 'У школы нет регулируемого перехода: дети перебегают четырёхполосную улицу. За год здесь было два наезда на пешеходов.',
    ask: 'Установить светофор и искусственные неровности у школы.',
    addressee: 'Администрация Невского района',
    author: 2,
    coinitiators: [0, 1, 3, 4, 5],
    supporters: [0, 1, 2, 3, 4],
    submittedDaysAgo: 70,
    screening: {
      decision: 'admissible',
      reason: 'Безопасность детей на пути в школу — вопрос районной администрации; предложение выполнимо.',
      daysAgo: 65,
      department: 'admin-nevsky',
      threshold: 5,
      supportDays: 30,
      answerWorkingDays: 10,
    },
    thresholdDaysAgo: 45,
  },
  {
    title: 'Контейнеры для раздельного сбора во дворах Адмиралтейского района',
    type: 'improvement',
    text: 'В районе мало площадок для раздельного сбора отходов: до ближайшей идти больше километра. Жители готовы сортировать, если контейнеры будут рядом.',
    ask: 'Поставить контейнеры для пластика, стекла и бумаги в каждом квартале.',
    addressee: 'Администрация Адмиралтейского района',
    author: 0,
    coinitiators: [1, 2, 3, 4, 5],
    supporters: [0, 1, 2, 3, 4, 5],
    submittedDaysAgo: 90,
    screening: {
      decision: 'admissible',
      reason: 'Организация сбора отходов во дворах — полномочие районной администрации.',
      daysAgo: 85,
      department: 'admin-admiralteysky',
      threshold: 5,
      supportDays: 30,
      answerWorkingDays: 30,
    },
    thresholdDaysAgo: 70,
    answer: {
      decision: 'partially',
      text: 'До конца года поставим площадки раздельного сбора в 40 кварталах из 62; в остальных нет места по нормам удалённости от окон, там будут мобильные пункты по субботам.',
      daysAgo: 50,
    },
  },
  {
    title: 'Переименовать Невский проспект',
    type: 'regulation',
    text: 'Предлагаем переименовать Невский проспект, потому что название кажется нам скучным и устаревшим.',
    ask: 'Переименовать проспект.',
    addressee: 'Топонимическая комиссия',
    author: 5,
    coinitiators: [0, 1, 2, 3, 4],
    submittedDaysAgo: 30,
    screening: {
      decision: 'inadmissible',
      reason: 'Исторические названия объектов культурного наследия не меняются по закону; инициатива не содержит иного предложения.',
      daysAgo: 27,
    },
  },
];

/** Verifies the demo residents in person (as the verification desk would) when they are not yet; their ids by index. */
async function verifiedDemoResidents(tx: Executor): Promise<(string | null)[]> {
  const ids: (string | null)[] = [];
  for (const [email, districtId] of residents) {
    const [user] = await queryRows<{ id: string }>(tx, sql`select id from users where email = ${email}`);
    if (!user) {
      ids.push(null);
      continue;
    }
    if (!(await verifiedResident(tx, user.id))) {
      await recordVerification(tx, {
        userId: user.id,
        method: 'in_person',
        identityHash: await identityHash(tx, 'document', `demo:${email}`),
        districtId,
        birthDate: '1985-04-12',
        verifiedBy: null,
        actorId: null,
      });
    }
    ids.push(user.id);
  }
  return ids;
}

/**
 * The demo city's initiatives, one in each interesting state: a draft gathering co-initiators, one under screening,
 * one collecting a support short of its threshold, one awaiting an answer past its deadline (the job marks it overdue),
 * one answered and one found inadmissible — by the demo residents (verified here if needed), screened by the demo
 * expert, answered by a demo official. Idempotent: does nothing once the first demo initiative exists.
 */
export async function seedDemoInitiatives(ctx: ModuleContext, progress: Progress): Promise<void> {
  const db = ctx.database.db;
  const [existing] = await db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.title, demoMarker));
  if (existing) return;
  const calendar = await loadWorkCalendar(db);
  const departments = new Set((await listDepartments(db)).map((d) => d.id));
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * day);
  const made = await db.transaction(async (tx) => {
    const ids = await verifiedDemoResidents(tx);
    if (ids.some((id) => id === null)) return 0;
    const person = (i: number) => ids[i]!;
    const [expert] = await queryRows<{ id: string }>(tx, sql`select id from users where email = 'expert@gorod.demo'`);
    const [official] = await queryRows<{ id: string }>(tx, sql`select id from users where email = 'official.admiralteysky@gorod.demo'`);
    for (const d of demo) {
      const created = at((d.submittedDaysAgo ?? 1) + 4);
      const department = d.screening?.department && departments.has(d.screening.department) ? d.screening.department : null;
      if (d.screening?.decision === 'admissible' && !department) continue;
      const s = d.screening;
      const reached = d.thresholdDaysAgo !== undefined ? at(d.thresholdDaysAgo) : null;
      const opens = s?.decision === 'admissible' ? at(s.daysAgo) : null;
      let status: InitiativeStatus = d.submittedDaysAgo === undefined ? 'draft' : 'screening';
      if (s) status = s.decision === 'admissible' ? 'collecting' : 'inadmissible';
      if (reached) status = 'awaiting_answer';
      if (d.answer) status = 'answered';
      const [row] = await tx
        .insert(initiatives)
        .values({
          type: d.type,
          scope: 'city',
          districtId: null,
          title: d.title,
          text: d.text,
          ask: d.ask,
          addressee: d.addressee,
          authorId: person(d.author),
          status,
          departmentId: department,
          minCoinitiators: d.submittedDaysAgo === undefined ? null : d.coinitiators.length,
          supportThreshold: s?.threshold ?? null,
          answerWorkingDays: s?.decision === 'admissible' ? (s.answerWorkingDays ?? 30) : null,
          submittedAt: d.submittedDaysAgo === undefined ? null : at(d.submittedDaysAgo),
          screenedAt: s ? at(s.daysAgo) : null,
          screenedBy: s ? (expert?.id ?? null) : null,
          screeningReason: s?.reason ?? null,
          supportOpensAt: opens,
          supportClosesAt: opens && s ? new Date(opens.getTime() + (s.supportDays ?? 60) * day) : null,
          supportCount: d.supporters?.length ?? 0,
          thresholdReachedAt: reached,
          answerDueAt: reached ? answerDeadline(reached, s?.answerWorkingDays ?? 30, calendar, ctx.config.cityTimezone) : null,
          answeredAt: d.answer ? at(d.answer.daysAgo) : null,
          answeredBy: d.answer ? (official?.id ?? null) : null,
          answerDecision: d.answer?.decision ?? null,
          answerText: d.answer?.text ?? null,
          createdAt: created,
          updatedAt: created,
        })
        .returning();
      const r = row!;
      if (d.coinitiators.length)
        await tx
          .insert(initiativeCoinitiators)
          .values(d.coinitiators.map((i, k) => ({ initiativeId: r.id, userId: person(i), joinedAt: new Date(created.getTime() + (k + 1) * 3600_000) })));
      if (d.supporters?.length)
        await tx.insert(initiativeSupports).values(
          d.supporters.map((i, k) => ({
            initiativeId: r.id,
            userId: person(i),
            districtId: residents[i]![1],
            createdAt: new Date((opens ?? created).getTime() + (k + 1) * 3600_000),
          })),
        );
      const history: { status: InitiativeStatus; note: string | PlatformNote; at: Date }[] = [
        { status: 'draft', note: publicNote('initiative.history.created'), at: created },
      ];
      if (d.submittedDaysAgo !== undefined)
        history.push({ status: 'screening', note: publicNote('initiative.history.submitted', { count: d.coinitiators.length }), at: at(d.submittedDaysAgo) });
      if (s) history.push({ status: s.decision === 'admissible' ? 'collecting' : 'inadmissible', note: s.reason, at: at(s.daysAgo) });
      if (reached)
        history.push({ status: 'awaiting_answer', note: publicNote('initiative.history.threshold_reached', { count: r.supportCount }), at: reached });
      if (d.answer) history.push({ status: 'answered', note: d.answer.text, at: at(d.answer.daysAgo) });
      await tx.insert(initiativeHistory).values(history.map((h) => ({ status: h.status, at: h.at, ...noteColumns(h.note), initiativeId: r.id })));
      // the author, co-initiators and supporters follow, as the live flow would make them
      await emitInitiativeEvent(tx, initiativeCreated, r.authorId, r);
      for (const i of new Set([...d.coinitiators, ...(d.supporters ?? [])])) await emitInitiativeEvent(tx, initiativeSupported, person(i), r, { demo: true });
      // an accepted answer is the city's commitment, made when it was answered; the demo's is due 14 working days
      // later, long past, so the list has an overdue one
      if (d.answer && d.answer.decision !== 'rejected' && department) {
        const answeredAt = at(d.answer.daysAgo);
        const dueEnd = addWorkingDays(answeredAt, 14, calendar, ctx.config.cityTimezone);
        await recordCommitment(tx, {
          sourceType: 'initiative',
          sourceId: String(r.number),
          title: r.title,
          promise: d.answer.text,
          departmentId: department,
          dueOn: localDay(new Date(dueEnd.getTime() - 1), ctx.config.cityTimezone),
          districtId: r.districtId,
          actorId: official?.id ?? null,
          timeZone: ctx.config.cityTimezone,
          now: answeredAt,
        });
      }
    }
    return demo.length;
  });
  ctx.jobs.kick();
  progress(
    made ? `Demo initiatives: ${made} (a draft, screening, collecting, overdue, answered, inadmissible)` : 'Demo initiatives skipped: no demo residents',
  );
}
