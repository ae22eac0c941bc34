import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../../../core/db/client.js';
import type { ModuleContext, Progress } from '../../../../core/module/module.js';
import { districtAt } from '../../../city/index.js';
import { pbCycles, pbExperts, pbHeadings, pbProposalCoauthors, pbProposals, type proposalTopics } from '../../db/schema.js';

export const demoCycleTitle = 'Твой бюджет 2027';
export const demoExpertEmail = 'expert@gorod.demo';

type Topic = (typeof proposalTopics)[number];
interface DemoProposal {
  title: string;
  description: string;
  topic: Topic;
  at: [number, number] | null;
  address: string | null;
  estimate: string;
  /** feasible: [final cost, months]; unfeasible; merged into the proposal at this index of the heading. */
  outcome: { feasible: [string, number] } | { unfeasible: true } | { mergedInto: number };
  opinion: string;
  supports: number;
}

const feasible = (cost: string, months: number) => ({ feasible: [cost, months] as [string, number] });

const admiralteysky: DemoProposal[] = [
  {
    title: 'Скамейки и урны вдоль канала Грибоедова',
    description:
      'Поставить 20 скамеек со спинками и урны на набережной канала Грибоедова от Садовой до Крюкова канала: сейчас присесть негде, пожилым людям трудно гулять.',
    topic: 'improvement',
    at: [59.9215, 30.3],
    address: 'наб. канала Грибоедова, 120–150',
    estimate: '1200000',
    outcome: feasible('1350000', 6),
    opinion:
      'Реализуемо. Набережная — городская территория, установка согласуется с КГИОП по типовому проекту. Стоимость уточнена по смете района с учётом исторического облика скамеек.',
    supports: 84,
  },
  {
    title: 'Детская площадка в сквере на Лермонтовском проспекте',
    description:
      'Заменить старую площадку в сквере у Лермонтовского проспекта на новую: горки, качели, песочница и резиновое покрытие для детей от 3 до 12 лет.',
    topic: 'improvement',
    at: [59.915, 30.293],
    address: 'Лермонтовский пр., 7',
    estimate: '4500000',
    outcome: feasible('4800000', 9),
    opinion: 'Реализуемо. Участок в собственности города, подземных сетей под площадкой нет. Итоговая стоимость включает демонтаж и покрытие.',
    supports: 132,
  },
  {
    title: 'Велопарковки у станции «Садовая»',
    description:
      'Установить крытые велопарковки на 60 мест у выходов станций «Садовая», «Сенная площадь» и «Спасская», чтобы не пристёгивать велосипеды к ограждениям.',
    topic: 'transport',
    at: [59.927, 30.32],
    address: 'Сенная пл.',
    estimate: '850000',
    outcome: feasible('900000', 4),
    opinion: 'Реализуемо. Места согласованы с метрополитеном; крытые парковки устанавливаются на плитку без фундамента.',
    supports: 57,
  },
  {
    title: 'Озеленение Театральной площади',
    description: 'Высадить липы и кустарники по периметру Театральной площади, поставить вазоны с цветами на летний сезон.',
    topic: 'ecology',
    at: [59.9255, 30.2963],
    address: 'Театральная пл.',
    estimate: '2500000',
    outcome: feasible('2600000', 8),
    opinion: 'Реализуемо в границах газонов. Посадка деревьев ближе 5 м к сетям невозможна, поэтому часть лип заменена кустарником.',
    supports: 96,
  },
  {
    title: 'Открытый спортивный зал в Юсуповском саду',
    description: 'Уличные тренажёры и площадка для воркаута с мягким покрытием у входа в Юсуповский сад со стороны Садовой улицы.',
    topic: 'sport',
    at: [59.9245, 30.3115],
    address: 'Садовая ул., 50',
    estimate: '3800000',
    outcome: feasible('3800000', 7),
    opinion: 'Реализуемо. Сад — объект культурного наследия, поэтому площадка размещается вне исторической планировки, у входа.',
    supports: 71,
  },
  {
    title: 'Освещение дворов на Мастерской улице',
    description: 'Поставить фонари во дворах домов 5–9 по Мастерской улице: вечером там темно и небезопасно.',
    topic: 'safety',
    at: [59.9183, 30.2837],
    address: 'Мастерская ул., 5–9',
    estimate: '1600000',
    outcome: feasible('1750000', 5),
    opinion: 'Реализуемо. Подключение к сетям Ленсвета согласовано; стоимость включает прокладку кабеля.',
    supports: 45,
  },
  {
    title: 'Фонтан на Сенной площади',
    description: 'Построить новый большой фонтан с подсветкой в центре Сенной площади.',
    topic: 'culture',
    at: [59.9268, 30.3195],
    address: 'Сенная пл.',
    estimate: '9000000',
    outcome: { unfeasible: true },
    opinion:
      'Не реализуемо: под центром площади проходят тоннели метро и коллектор, нагрузка фонтана на перекрытие недопустима. Стоимость к тому же превышает две трети бюджета района.',
    supports: 38,
  },
  {
    title: 'Лавочки на набережной канала Грибоедова',
    description: 'Нужны лавочки у канала Грибоедова в районе Никольского собора, гулять с детьми и отдыхать.',
    topic: 'improvement',
    at: [59.9218, 30.3004],
    address: 'наб. канала Грибоедова, 135',
    estimate: '400000',
    outcome: { mergedInto: 0 },
    opinion: 'Объединён с проектом «Скамейки и урны вдоль канала Грибоедова»: то же место и та же идея.',
    supports: 12,
  },
];

const nevsky: DemoProposal[] = [
  {
    title: 'Сквер у станции «Улица Дыбенко»',
    description: 'Благоустроить пустырь у выхода метро: дорожки, скамейки, газоны и освещение.',
    topic: 'improvement',
    at: [59.9075, 30.483],
    address: 'ул. Дыбенко, 25',
    estimate: '6000000',
    outcome: feasible('6200000', 10),
    opinion: 'Реализуемо. Участок свободен от застройки, сети не мешают. Стоимость включает освещение.',
    supports: 118,
  },
  {
    title: 'Памп-трек в парке «Куракина дача»',
    description: 'Построить асфальтовый памп-трек для самокатов, велосипедов и скейтов в дальней части парка.',
    topic: 'sport',
    at: [59.8966, 30.4237],
    address: 'парк «Куракина дача»',
    estimate: '3500000',
    outcome: feasible('3900000', 8),
    opinion: 'Реализуемо в северной части парка, вдали от прогулочных дорожек. Итоговая стоимость включает ограждение.',
    supports: 89,
  },
  {
    title: 'Библиотечный коворкинг на Обуховской Обороны',
    description: 'Оборудовать в районной библиотеке зону для занятий: столы, розетки, Wi-Fi и переговорная для школьников и студентов.',
    topic: 'education',
    at: [59.8773, 30.4418],
    address: 'пр. Обуховской Обороны, 123',
    estimate: '1800000',
    outcome: feasible('1800000', 5),
    opinion: 'Реализуемо. Библиотека выделяет помещение; смета проверена по ценам централизованной закупки.',
    supports: 64,
  },
  {
    title: 'Пандусы у поликлиники на Народной улице',
    description: 'Сделать удобные пандусы и поручни у входа в поликлинику и соседнюю аптеку.',
    topic: 'social',
    at: [59.904, 30.475],
    address: 'Народная ул., 3',
    estimate: '900000',
    outcome: feasible('1100000', 4),
    opinion: 'Реализуемо. Уклон пандуса приведён к нормам доступности, поэтому стоимость выше оценки.',
    supports: 77,
  },
  {
    title: 'Выгул собак в Невском лесопарке',
    description: 'Огороженная площадка для выгула собак с покрытием, снарядами и урнами.',
    topic: 'ecology',
    at: [59.8485, 30.458],
    address: 'Невский лесопарк',
    estimate: '1400000',
    outcome: feasible('1400000', 5),
    opinion: 'Реализуемо на опушке у Рыбацкого проспекта, где нет особо охраняемой зоны.',
    supports: 53,
  },
  {
    title: 'Канатная дорога через Неву',
    description: 'Построить канатную дорогу с правого берега на левый у Володарского моста.',
    topic: 'transport',
    at: [59.879, 30.46],
    address: 'Володарский мост',
    estimate: '14000000',
    outcome: { unfeasible: true },
    opinion:
      'Не реализуемо в рамках программы: объект капитального строительства над судоходным фарватером требует федеральных согласований и стоит многократно больше бюджета района.',
    supports: 41,
  },
];

const citywide: DemoProposal[] = [
  {
    title: 'Питьевые фонтанчики в парках города',
    description: 'Установить 40 питьевых фонтанчиков в крупных парках и садах города: летом негде попить воды.',
    topic: 'improvement',
    at: null,
    address: null,
    estimate: '12000000',
    outcome: feasible('12500000', 9),
    opinion: 'Реализуемо. Места подобраны рядом с водопроводными сетями; обслуживание берёт на себя Водоканал.',
    supports: 214,
  },
  {
    title: 'Городская карта доступности для маломобильных',
    description: 'Обследовать и нанести на открытую карту входы в общественные здания: пандусы, кнопки вызова, лифты.',
    topic: 'social',
    at: null,
    address: null,
    estimate: '8000000',
    outcome: feasible('7500000', 12),
    opinion: 'Реализуемо. Обследование проведут общественные организации по договору, данные будут открытыми.',
    supports: 176,
  },
  {
    title: 'Велодорожка по Васильевскому острову',
    description: 'Выделенная велодорожка по 6-й и 7-й линиям до Смоленки с безопасными переходами.',
    topic: 'transport',
    at: [59.942, 30.279],
    address: '6-я и 7-я линии В.О.',
    estimate: '20000000',
    outcome: feasible('21000000', 14),
    opinion: 'Реализуемо. Схема согласована с ГИБДД; стоимость включает светофорные объекты на двух перекрёстках.',
    supports: 198,
  },
  {
    title: 'Бесплатные летние концерты во дворах',
    description: 'Серия из 30 концертов молодых музыкантов во дворах разных районов летом.',
    topic: 'culture',
    at: null,
    address: null,
    estimate: '6000000',
    outcome: feasible('6000000', 4),
    opinion: 'Реализуемо силами городских домов культуры, площадки выбираются по заявкам жителей.',
    supports: 121,
  },
  {
    title: 'Раздельный сбор отходов у школ',
    description: 'Контейнеры для раздельного сбора и уроки по переработке в 100 школах города.',
    topic: 'ecology',
    at: null,
    address: null,
    estimate: '9000000',
    outcome: feasible('9400000', 10),
    opinion: 'Реализуемо. Вывоз берёт на себя региональный оператор, стоимость — контейнеры и занятия.',
    supports: 143,
  },
  {
    title: 'Контейнеры для батареек в школах',
    description: 'Поставить в каждой школе контейнер для сбора батареек.',
    topic: 'ecology',
    at: null,
    address: null,
    estimate: '500000',
    outcome: { mergedInto: 4 },
    opinion: 'Объединён с проектом «Раздельный сбор отходов у школ»: контейнеры для батареек войдут в тот же комплект.',
    supports: 19,
  },
];

const day = 86_400_000;

/**
 * The demo city's current cycle «Твой бюджет 2027», in the voting phase at seed time (voting started two
 * days ago and lasts ten more): three headings — Admiralteysky (approval with a budget limit), Nevsky
 * (approval of 1 to 3 projects) and citywide (10 points, at most 5 per project) — each with feasible
 * proposals reviewed by the demo expert (expert@gorod.demo, the residents' password), and a few not
 * feasible or merged. Idempotent: does nothing when the cycle exists.
 */
export async function seedDemoCycle(ctx: ModuleContext, progress: Progress): Promise<void> {
  const db = ctx.database.db;
  const [existing] = await db.select({ id: pbCycles.id }).from(pbCycles).where(eq(pbCycles.title, demoCycleTitle));
  if (existing) return;
  // demo accounts live in the accounts module; the seed reads them by their demo addresses (as the reports seed does)
  const people = await queryRows<{ id: string; email: string; password_hash: string | null }>(
    db,
    sql`select id, email, password_hash from users where email like '%@gorod.demo' order by email`,
  );
  const residents = people.filter((p) => !/^(admin|expert|official|moderator|verifier)/.test(p.email));
  if (!residents.length) return progress('Demo cycle skipped: no demo residents');
  const now = Date.now();
  const at = (days: number) => new Date(now + days * day);
  const expertId = await db.transaction(async (tx) => {
    const hash = people.find((p) => p.email === 'anna.petrova@gorod.demo')?.password_hash ?? residents[0]!.password_hash;
    const [found] = await queryRows<{ id: string }>(tx, sql`select id from users where email = ${demoExpertEmail}`);
    if (found) return found.id;
    const [created] = await queryRows<{ id: string }>(
      tx,
      sql`insert into users (email, display_name, password_hash, email_confirmed_at, verification) values (${demoExpertEmail}, 'Эксперт «Твоего бюджета»', ${hash}, now(), 'email') returning id`,
    );
    await tx.execute(sql`insert into role_grants (user_id, role, scope_type, scope_id) values (${created!.id}, 'expert', 'city', null) on conflict do nothing`);
    return created!.id;
  });

  await db.transaction(async (tx) => {
    const [cycle] = await tx
      .insert(pbCycles)
      .values({
        year: 2027,
        title: demoCycleTitle,
        description:
          'Жители решают, на что потратить часть бюджета 2027 года: по 15 млн ₽ на район и общегородской бюджет. Идеи собраны и проверены экспертами; сейчас идёт голосование. Победителей определит метод равных долей — каждый голос весит одинаково.',
        rule: 'equal-shares',
        utility: 'cost',
        completion: 'add1',
        informingFrom: at(-60),
        intakeFrom: at(-45),
        reviewFrom: at(-20),
        votingFrom: at(-2),
        tallyingFrom: at(12),
        resultsFrom: at(15),
        implementationFrom: at(60),
      })
      .returning();
    const headings = await tx
      .insert(pbHeadings)
      .values([
        {
          cycleId: cycle!.id,
          districtId: 'admiralteysky',
          title: 'Бюджет Адмиралтейского района',
          amount: '15000000.00',
          ballotKind: 'approval-budget' as const,
          residentsOnly: true,
          position: 0,
        },
        {
          cycleId: cycle!.id,
          districtId: 'nevsky',
          title: 'Бюджет Невского района',
          amount: '15000000.00',
          ballotKind: 'approval-count' as const,
          minProjects: 1,
          maxProjects: 3,
          residentsOnly: true,
          position: 1,
        },
        {
          cycleId: cycle!.id,
          districtId: null,
          title: 'Городской бюджет',
          amount: '40000000.00',
          ballotKind: 'points' as const,
          pointsTotal: 10,
          pointsPerProject: 5,
          residentsOnly: false,
          position: 2,
        },
      ])
      .returning();
    await tx.insert(pbExperts).values({ cycleId: cycle!.id, userId: expertId, headingId: null, topic: null });
    const sets: [string, DemoProposal[]][] = [
      [headings[0]!.id, admiralteysky],
      [headings[1]!.id, nevsky],
      [headings[2]!.id, citywide],
    ];
    let k = 0;
    for (const [headingId, list] of sets) {
      const heading = headings.find((h) => h.id === headingId)!;
      const ids: string[] = [];
      const authors: string[] = [];
      for (const p of list) {
        const author = residents[k++ % residents.length]!;
        const district = p.at ? await districtAt(tx, p.at[1], p.at[0]) : null;
        const outcome = p.outcome;
        const [row] = await tx
          .insert(pbProposals)
          .values({
            cycleId: cycle!.id,
            headingId,
            authorId: author.id,
            title: p.title,
            description: p.description,
            topic: p.topic,
            lat: p.at?.[0] ?? null,
            lon: p.at?.[1] ?? null,
            districtId: heading.districtId ?? district?.id ?? null,
            address: p.address,
            estimatedCost: `${p.estimate}.00`,
            status: 'feasible' in outcome ? 'feasible' : 'unfeasible' in outcome ? 'unfeasible' : 'merged',
            reviewOpinion: p.opinion,
            finalCost: 'feasible' in outcome ? `${outcome.feasible[0]}.00` : null,
            implementationMonths: 'feasible' in outcome ? outcome.feasible[1] : null,
            reviewedBy: expertId,
            reviewedAt: at(-5),
            mergedIntoId: 'mergedInto' in outcome ? ids[outcome.mergedInto]! : null,
            supportCount: p.supports,
            createdAt: at(-44 + (k % 20)),
            updatedAt: at(-5),
          })
          .returning();
        ids.push(row!.id);
        authors.push(author.id);
        // a merged proposal's author is credited on the one it went into
        if ('mergedInto' in outcome && author.id !== authors[outcome.mergedInto]) {
          await tx.insert(pbProposalCoauthors).values({ proposalId: ids[outcome.mergedInto]!, userId: author.id, viaMerge: true }).onConflictDoNothing();
        }
      }
    }
  });
  progress(`Demo budgeting cycle «${demoCycleTitle}» (voting now); expert: ${demoExpertEmail} (residents' password)`);
}
