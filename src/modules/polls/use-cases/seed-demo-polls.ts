import { inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { queryRows } from '../../../core/db/client.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { addWorkingDays, localDay, type WorkCalendar } from '../../../core/time/calendar.js';
import { loadWorkCalendar } from '../../../core/time/calendar-store.js';
import { zonedToUtc } from '../../../core/time/time.js';
import { polls } from '../db/schema.js';
import type { AnswerInput } from '../domain/answers.js';
import { closePoll } from './close-poll.js';
import { respond } from './respond.js';
import { createPublishedPoll, type PollInput } from './save-poll.js';

/** A round local time `days` from today on the city's clock (a poll opens at 10:00 and closes at 20:00, as an administrator would set). */
function localAt(now: Date, days: number, hour: number, timeZone: string): Date {
  const [y, m, d] = localDay(now, timeZone).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d + days));
  return zonedToUtc(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour, timeZone);
}

/** The demo city's open city-wide poll (its title finds it again: the seed runs once). */
export const demoCityPollTitle = 'Пешеходные выходные в центре летом 2027 года';
/** The demo city's closed poll: the spring one on the centre's pedestrian streets, whose result a past demo meeting discussed. */
export const demoClosedPollTitle = 'Какие улицы центра сделать пешеходными';
/** The demo city's open «Родной район» priorities poll, for the Admiralteysky district (where anna.petrova@gorod.demo lives). */
export const demoPrioritiesPollTitle = 'Родной район: что важнее для Адмиралтейского района в 2027 году';
const prioritiesDistrict = 'admiralteysky';

const question = (q: Partial<PollInput['questions'][number]> & Pick<PollInput['questions'][number], 'kind' | 'text'>): PollInput['questions'][number] => ({
  description: '',
  required: true,
  minChoices: null,
  maxChoices: null,
  scale: null,
  lat: null,
  lon: null,
  imageFileId: null,
  options: [],
  ...q,
});

/** The city poll: advisory (any signed-in resident), live results, open from five days ago for three more weeks. */
function cityPoll(now: Date, tz: string): PollInput {
  return {
    title: demoCityPollTitle,
    description:
      'Летом по выходным несколько улиц центра могут закрывать для машин, как Малую Конюшенную. Скажите, нужно ли это и какие улицы выбрать. Опрос совещательный: итоги учтут при подготовке летней программы.',
    districtIds: [],
    ageBands: [],
    verifiedOnly: false,
    binding: false,
    resultsVisibility: 'live',
    opensAt: localAt(now, -5, 10, tz),
    closesAt: localAt(now, 21, 20, tz),
    questions: [
      question({ kind: 'single', text: 'Закрывать ли улицы центра для машин по выходным летом?', options: ['Да', 'Нет', 'Затрудняюсь ответить'] }),
      question({
        kind: 'multiple',
        text: 'Какие улицы сделать пешеходными по выходным?',
        description: 'Выберите от одной до трёх.',
        minChoices: 1,
        maxChoices: 3,
        options: [
          'Большая Конюшенная улица',
          'улица Рубинштейна',
          'Большая Морская улица',
          'Итальянская улица',
          'Караванная улица',
          'Садовая улица у Гостиного двора',
        ],
      }),
      question({ kind: 'rating', text: 'Насколько удобно ходить пешком по центру сейчас?', description: '1 — очень неудобно, 5 — очень удобно.', scale: 5 }),
      question({ kind: 'text', text: 'Что ещё сделать для пешеходов?', required: false }),
    ],
    decision: null,
  };
}

/**
 * «Родной район»: the district's residents put its development directions in order (a priorities poll); at close its
 * top three become the district administration's commitments, due 60 working days after it closes.
 */
function prioritiesPoll(now: Date, tz: string, calendar: WorkCalendar): PollInput {
  const closesAt = localAt(now, 28, 20, tz);
  return {
    kind: 'priorities',
    dueOn: localDay(new Date(addWorkingDays(closesAt, 60, calendar, tz).getTime() - 1), tz),
    title: demoPrioritiesPollTitle,
    description:
      'Программа «Родной район» распределяет деньги на благоустройство по приоритетам жителей. Расставьте направления по важности: итоги определят, с чего район начнёт в 2027 году.',
    districtIds: [prioritiesDistrict],
    ageBands: [],
    verifiedOnly: false,
    binding: false,
    resultsVisibility: 'after_close',
    opensAt: localAt(now, -3, 10, tz),
    closesAt,
    questions: [
      question({
        kind: 'ranking',
        text: 'Расставьте направления развития района по важности',
        options: [
          'Благоустройство дворов',
          'Ремонт дорог и тротуаров',
          'Детские и спортивные площадки',
          'Озеленение и скверы',
          'Освещение улиц и дворов',
          'Доступная среда для маломобильных жителей',
        ],
      }),
    ],
    decision: null,
  };
}

/** The closed poll: advisory, results after closing, open from 30 days ago to 8 days ago (closed by then). */
function closedPoll(now: Date, tz: string): PollInput {
  return {
    title: demoClosedPollTitle,
    description:
      'Весенний опрос: какие улицы центра жители хотели бы видеть пешеходными. Опрос совещательный; его итоги обсудили на встрече с жителями, а летние выходные — в следующем опросе.',
    districtIds: [],
    ageBands: [],
    verifiedOnly: false,
    binding: false,
    resultsVisibility: 'after_close',
    opensAt: localAt(now, -30, 10, tz),
    closesAt: localAt(now, -8, 20, tz),
    questions: [
      question({
        kind: 'multiple',
        text: 'Какие улицы сделать пешеходными в первую очередь?',
        description: 'Выберите от одной до двух.',
        minChoices: 1,
        maxChoices: 2,
        options: ['Большая Конюшенная улица', 'улица Рубинштейна', 'Итальянская улица', 'Караванная улица'],
      }),
    ],
    decision: null,
  };
}

/** How the demo's residents answered the closed poll (option positions; anna.petrova@gorod.demo among them). */
const closedAnswers: number[][] = [[1], [0, 1], [1, 2], [0], [1, 3], [2]];

type DemoPerson = { id: string; email: string; display_name: string; verification: string; district_id: string | null };

const actorOf = (who: DemoPerson, administrator = false): Actor => ({
  kind: 'user',
  userId: who.id,
  displayName: who.display_name,
  verification: who.verification === 'verified' ? 'verified' : 'email',
  roles: administrator ? [{ role: 'administrator', scopeType: 'city', scopeId: null }] : [],
  language: 'ru',
  districtId: who.district_id,
});

/**
 * The closed demo poll, as it happened: published a month ago, answered by six demo residents three weeks ago and
 * closed by the demo administrator eight days ago (its results frozen, audited) — the demo's past meeting is on it.
 */
async function seedClosedDemoPoll(ctx: ModuleContext, people: DemoPerson[], now: Date): Promise<number | null> {
  const db = ctx.database.db;
  const admin = people.find((p) => p.email === 'admin@gorod.demo');
  if (!admin) return null;
  const input = closedPoll(now, ctx.config.cityTimezone);
  const published = new Date(input.opensAt.getTime() - 86_400_000);
  const poll = await db.transaction((tx) => createPublishedPoll(tx, admin.id, input, published));
  const [q] = poll.questions;
  const answering = people.filter((p) => !/^(admin|expert|official|moderator|verifier)/.test(p.email)).slice(0, closedAnswers.length);
  for (const [k, who] of answering.entries()) {
    const answers: AnswerInput[] = [{ questionId: q!.questionId, optionIds: closedAnswers[k]!.map((o) => q!.optionIds[o]!) }];
    await respond(ctx, actorOf(who), poll.id, answers, new Date(now.getTime() - (21 - k) * 86_400_000));
  }
  await closePoll(ctx, actorOf(admin, true), poll.id, input.closesAt);
  return answering.length;
}

/** How the demo's neighbours answered the city poll (option positions; anna.petrova@gorod.demo is left to answer herself). */
const cityAnswers: { single: number; multiple: number[]; rating: number; text?: string }[] = [
  { single: 0, multiple: [0, 1], rating: 2, text: 'Больше скамеек и питьевых фонтанчиков.' },
  { single: 0, multiple: [1, 3, 4], rating: 3 },
  { single: 1, multiple: [2], rating: 4, text: 'Сначала продумать объезды для автобусов.' },
  { single: 0, multiple: [0, 5], rating: 2 },
  { single: 2, multiple: [3], rating: 3 },
];

/**
 * The demo city's polls, open whenever the demo starts (dates relative to now): a city-wide advisory poll with live
 * results that five demo residents already answered, and a «Родной район» priorities poll for the Admiralteysky
 * district; and a closed one on the centre's pedestrian streets that six answered (a demo meeting is on its result).
 * Published by the demo administrator (audited as `poll.published`). Each runs once (found by title).
 */
export async function seedDemoPolls(ctx: ModuleContext, progress: Progress): Promise<void> {
  const db = ctx.database.db;
  const seeded = new Set(
    (
      await db
        .select({ title: polls.title })
        .from(polls)
        .where(inArray(polls.title, [demoCityPollTitle, demoPrioritiesPollTitle, demoClosedPollTitle]))
    ).map((p) => p.title),
  );
  const people = await queryRows<DemoPerson>(
    db,
    sql`select id, email, display_name, verification, district_id from users where email like '%@gorod.demo' order by email`,
  );
  const now = new Date();
  if (!seeded.has(demoClosedPollTitle)) {
    const answered = await seedClosedDemoPoll(ctx, people, now);
    if (answered !== null) progress(`Polls: «${demoClosedPollTitle}» (closed, ${answered} responses)`);
  }
  if (seeded.has(demoCityPollTitle) || seeded.has(demoPrioritiesPollTitle)) return;
  const admin = people.find((p) => p.email === 'admin@gorod.demo')?.id ?? null;
  const calendar = await loadWorkCalendar(db);
  const { city, districtKnown } = await db.transaction(async (tx) => {
    const city = await createPublishedPoll(tx, admin, cityPoll(now, ctx.config.cityTimezone), now);
    const [known] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from districts where id = ${prioritiesDistrict}`);
    const tz = ctx.config.cityTimezone;
    if (known?.n) await createPublishedPoll(tx, admin, prioritiesPoll(now, tz, calendar), now, tz);
    return { city, districtKnown: Boolean(known?.n) };
  });
  // neighbours' answers through the module's own use case (receipts, events, points)
  const [single, multiple, rating, text] = city.questions;
  const neighbours = people.filter((p) => !/^(admin|expert|official|moderator|verifier|anna\.)/.test(p.email));
  let answered = 0;
  for (const [k, who] of neighbours.slice(0, cityAnswers.length).entries()) {
    const a = cityAnswers[k]!;
    const actor = actorOf(who);
    const answers: AnswerInput[] = [
      { questionId: single!.questionId, optionIds: [single!.optionIds[a.single]!] },
      { questionId: multiple!.questionId, optionIds: a.multiple.map((m) => multiple!.optionIds[m]!) },
      { questionId: rating!.questionId, value: a.rating },
      ...(a.text ? [{ questionId: text!.questionId, text: a.text }] : []),
    ];
    await respond(ctx, actor, city.id, answers, now);
    answered++;
  }
  progress(`Polls: «${demoCityPollTitle}» (open, ${answered} responses)${districtKnown ? ` and «${demoPrioritiesPollTitle}»` : ''}`);
}
