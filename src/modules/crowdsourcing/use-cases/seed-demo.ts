import { inArray, sql } from 'drizzle-orm';
import type { UserActor } from '../../../core/auth/actor.js';
import { queryRows } from '../../../core/db/client.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { loadWorkCalendar } from '../../../core/time/calendar-store.js';
import { addWorkingDays, localDay } from '../../../core/time/calendar.js';
import { commitmentOfSource, confirmCommitmentDelivery } from '../../commitments/index.js';
import { closeDuePolls, findPoll, respond } from '../../polls/index.js';
import { crowdProjects } from '../db/schema.js';
import { rateIdea, submitIdea } from './ideas.js';
import { createProject, publishProject } from './manage-projects.js';
import { reviewIdea } from './review-ideas.js';
import { publishReport, startVote } from './vote-and-report.js';

export const demoOpenTitle = 'Дворы Коломны: светлые и живые';
export const demoCompletedTitle = 'Набережные для прогулок: где присесть у воды';

const day = 86_400_000;

const openIdeas = [
  {
    title: 'Фонари над входами в парадные',
    text: 'Повесить тёплые светодиодные фонари над каждым входом в парадную: вечером во дворах темно, особенно зимой.',
  },
  {
    title: 'Скамейки и цветники во дворе-колодце',
    text: 'Поставить две-три скамейки и высокие цветники в самых больших дворах-колодцах, чтобы там хотелось задержаться.',
  },
  { title: 'Граффити-стены с местными художниками', text: 'Отдать глухие брандмауэры под росписи художников района: темы выбирают жители двора голосованием.' },
  { title: 'Велопарковки во дворах', text: 'Крытые велопарковки на 6–10 мест во дворах, чтобы велосипеды не стояли на лестничных клетках.' },
  { title: 'Открыть проходные дворы днём', text: 'Договориться с жителями и открыть проходные дворы с 9 до 21: это короткие пути к метро и набережным.' },
  { title: 'Дворовые библиотеки-шкафы', text: 'Поставить небольшие шкафы для обмена книгами у входов в дворы: соседи приносят прочитанное и берут новое.' },
];

const doneIdeas = [
  {
    title: 'Скамейки со спинками вдоль Фонтанки',
    text: 'Поставить скамейки со спинками через каждые 100 метров на набережной Фонтанки: пожилым негде отдохнуть.',
  },
  {
    title: 'Деревянные настилы у воды на Карповке',
    text: 'Сделать деревянные настилы-ступени у воды на Карповке, как на Пироговской набережной: можно сидеть у реки.',
  },
  { title: 'Питьевые фонтанчики на набережных', text: 'Установить питьевые фонтанчики на главных набережных: летом гуляющим негде попить воды.' },
  { title: 'Лавочки на Фонтанке у Летнего сада', text: 'Нужны лавочки у Фонтанки возле Летнего сада, там много гуляют с детьми и всегда негде сесть.' },
  { title: 'Прокат лодок у каждого моста', text: 'Открыть прокат вёсельных лодок у каждого моста через Фонтанку и Мойку.' },
];

/**
 * The demo city's crowdsourcing: «Дворы Коломны» in the ideas phase with six ideas and ratings, and «Набережные для
 * прогулок», completed — ideas reviewed (one merged), a closed vote with responses, a report accepting two ideas whose
 * authors (and the merged idea's author) are credited on their profiles. Everything goes through the module's own use
 * cases with past dates, so counts, events, audit and points are what a real run would make. Idempotent: does nothing
 * when the projects exist; skipped without demo residents.
 */
export async function seedDemoCrowdsourcing(ctx: ModuleContext, progress: Progress): Promise<void> {
  const db = ctx.database.db;
  const existing = await db
    .select({ id: crowdProjects.id })
    .from(crowdProjects)
    .where(inArray(crowdProjects.title, [demoOpenTitle, demoCompletedTitle]));
  if (existing.length) return;
  // demo accounts live in the accounts module; the seed reads them by their demo addresses (as the budgeting seed does)
  const people = await queryRows<{ id: string; email: string; display_name: string; district_id: string | null }>(
    db,
    sql`select id, email, display_name, district_id from users where email like '%@gorod.demo' order by email`,
  );
  const admin = people.find((p) => p.email === 'admin@gorod.demo');
  const residents = people.filter((p) => !/^(admin|expert|official|moderator|verifier)/.test(p.email));
  if (!admin || residents.length < 4) return progress('Demo crowdsourcing skipped: no demo administrator or residents');
  const expert = people.find((p) => p.email === 'expert@gorod.demo');
  const actor = (p: (typeof people)[number], administrator = false): UserActor => ({
    kind: 'user',
    userId: p.id,
    displayName: p.display_name,
    verification: 'email',
    roles: administrator ? [{ role: 'administrator', scopeType: 'city', scopeId: null }] : [],
    language: 'ru',
    districtId: p.district_id,
  });
  const adminActor = actor(admin, true);
  const now = Date.now();
  const at = (days: number) => new Date(now + days * day);

  // open: ideas since ten days ago
  const open = await createProject(ctx, adminActor, {
    title: demoOpenTitle,
    problem: 'Дворы Коломны тёмные и пустые: в них неуютно вечером и некуда присесть днём.',
    brief:
      'Коломна — исторический район с дворами-колодцами и проходными дворами. Предложите, что сделает дворы светлее, безопаснее и приятнее для соседей. Хорошая идея: конкретное место или тип двора, что именно сделать, кто будет пользоваться. Ограничения: исторический облик фасадов не меняется, работы — в пределах дворовой территории.',
    districtId: residents.some((r) => r.district_id === 'admiralteysky') ? 'admiralteysky' : null,
    ideasFrom: at(-10),
    selectionFrom: at(11),
    votingFrom: at(25),
    implementationFrom: at(40),
    voteMaxChoices: 3,
    expertIds: expert ? [expert.id] : [],
  });
  await publishProject(ctx, adminActor, open, at(-12));
  const openNumbers: number[] = [];
  for (const [i, idea] of openIdeas.entries()) openNumbers.push(await submitIdea(ctx, actor(residents[i % residents.length]!), open, idea, at(-9 + i)));
  for (const [i, number] of openNumbers.entries()) {
    for (let k = 1; k <= 3 + (i % 3); k++) {
      const rater = residents[(i + k) % residents.length]!;
      if (rater === residents[i % residents.length]) continue;
      await rateIdea(ctx, actor(rater), number, 5 - ((i + k) % 3), at(-3 + k / 10));
    }
  }

  // completed: ideas 120–90 days ago, selection, a vote 60–30 days ago, the report 5 days ago
  const done = await createProject(ctx, adminActor, {
    title: demoCompletedTitle,
    problem: 'На набережных города мало мест, где можно присесть и отдохнуть у воды.',
    brief:
      'Набережные — любимое место прогулок, но скамеек мало, а к воде не подойти. Предложите, где и как сделать места для отдыха у воды. Работы ведутся в границах набережных, без изменения гранитных парапетов.',
    districtId: null,
    ideasFrom: at(-120),
    selectionFrom: at(-90),
    votingFrom: at(-60),
    implementationFrom: at(-30),
    voteMaxChoices: 2,
    expertIds: expert ? [expert.id] : [],
  });
  await publishProject(ctx, adminActor, done, at(-121));
  const doneNumbers: number[] = [];
  for (const [i, idea] of doneIdeas.entries()) doneNumbers.push(await submitIdea(ctx, actor(residents[(i + 2) % residents.length]!), done, idea, at(-115 + i)));
  for (const [i, number] of doneNumbers.entries()) {
    for (let k = 1; k <= 3; k++) await rateIdea(ctx, actor(residents[(i + 2 + k) % residents.length]!), number, 3 + ((i + k) % 3), at(-100 + k));
  }
  const reviewer = expert ? actor(expert) : adminActor;
  const [benches, decks, fountains, lindens, boats] = doneNumbers as [number, number, number, number, number];
  await reviewIdea(
    ctx,
    reviewer,
    benches,
    { decision: 'shortlisted', reason: 'Реализуемо: скамейки ставятся на плитку без фундамента, место согласовано с КГИОП.' },
    at(-80),
  );
  await reviewIdea(
    ctx,
    reviewer,
    decks,
    { decision: 'shortlisted', reason: 'Реализуемо на участке с пологим берегом; настил — сезонная конструкция.' },
    at(-80),
  );
  await reviewIdea(ctx, reviewer, fountains, { decision: 'shortlisted', reason: 'Реализуемо у водопроводных сетей; обслуживание берёт Водоканал.' }, at(-80));
  await reviewIdea(
    ctx,
    reviewer,
    lindens,
    { decision: 'merged', reason: 'Объединена с идеей о скамейках вдоль Фонтанки: то же место и то же предложение.', intoNumber: benches },
    at(-79),
  );
  await reviewIdea(
    ctx,
    reviewer,
    boats,
    { decision: 'rejected', reason: 'Не реализуемо: причалы у мостов — зона судоходства, прокат требует отдельных согласований.' },
    at(-79),
  );
  const pollId = await startVote(ctx, adminActor, done, at(-70));
  const poll = (await findPoll(db, pollId))!;
  const q = poll.questions[0]!;
  const choices = [[0], [0, 1], [0, 2], [1], [0, 1], [2]];
  for (const [i, person] of residents.entries()) {
    const picked = choices[i % choices.length]!.map((k) => q.options[k]!.id);
    await respond(ctx, actor(person), pollId, [{ questionId: q.id, optionIds: picked }], at(-50 + i));
  }
  await closeDuePolls(ctx);
  // the committee for urban improvement delivers the accepted ideas, due 20 working days after the report
  const dueEnd = addWorkingDays(at(-5), 20, await loadWorkCalendar(db), ctx.config.cityTimezone);
  const promise = { departmentId: 'committee-improvement', dueOn: localDay(new Date(dueEnd.getTime() - 1), ctx.config.cityTimezone) };
  await publishReport(
    ctx,
    adminActor,
    done,
    {
      text: 'По итогам голосования на набережной Фонтанки установлено 48 скамеек со спинками, на Карповке — два деревянных настила у воды. Питьевые фонтанчики перенесены в программу следующего года: сети Водоканала будут готовы весной.',
      accepted: [
        { ideaNumber: benches, note: 'Установлено 48 скамеек от Невского проспекта до Летнего сада.', ...promise },
        { ideaNumber: decks, note: 'Два настила у Ботанического сада, открыты с мая по октябрь.', ...promise },
      ],
    },
    at(-5),
  );
  // each accepted idea is the city's commitment; the committee confirms both delivered, on time
  for (const idea of [benches, decks]) {
    const { row } = await commitmentOfSource(ctx, 'idea', String(idea));
    await confirmCommitmentDelivery(ctx, adminActor, row.number, 'Работы приняты комиссией района.', at(-2));
  }
  progress(`Crowdsourcing: «${demoOpenTitle}» (ideas, ${openNumbers.length} ideas) and «${demoCompletedTitle}» (completed, report published)`);
}
