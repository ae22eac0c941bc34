import { inArray, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../core/db/client.js';
import { demoPicture } from '../../../core/files/demo-picture.js';
import { sharedUploadPurpose, storeImage } from '../../../core/files/files.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { localDay } from '../../../core/time/calendar.js';
import { zonedToUtc } from '../../../core/time/time.js';
import { groupsRunBy } from '../../groups/index.js';
import { demoClosedPollTitle } from '../../polls/index.js';
import { eventMinutes, eventRegistrations, events } from '../db/schema.js';
import type { EventKind } from '../domain/events.js';

/** Every demo event's description opens with this: the texts are invented for showing the portal. */
export const demoEventNotice = 'Демонстрационное мероприятие: текст придуман для показа портала.';

interface DemoEvent {
  kind: EventKind;
  title: string;
  description: string;
  /** The organising department; its head official (by e-mail) or the administrator entered it. */
  departmentId: string;
  organiserEmail: string;
  /** Days from today on the city's clock, the local hour it starts and how many hours it lasts. */
  inDays: number;
  at: number;
  hours: number;
  place: { lat: number; lon: number; address: string; districtId: string } | { onlineUrl: string };
  capacity: number | null;
  minAge?: number;
  accessibility?: string;
  /** Demo residents registered in this order (past the capacity: on the waitlist, in order). */
  registrants?: string[];
}

/** The full event: three places, three demo residents registered and two waiting (a resident may join the line). */
export const demoFullEventTitle = 'Экскурсия «Доходные дома Коломны»';
/**
 * The past meeting: a meeting on the result of the demo city's closed poll (the polls' seed closes it eight days ago),
 * with an image, and minutes with decisions and photos that link back to the poll.
 */
export const demoPastMeetingTitle = 'Встреча с жителями: итоги опроса о пешеходных улицах';

const admin = 'admin@gorod.demo';
const residents = ['anna.petrova@gorod.demo', 'ivan.smirnov@gorod.demo', 'olga.kuznetsova@gorod.demo', 'dmitry.sokolov@gorod.demo', 'maria.ivanova@gorod.demo'];

/** A dozen events across the city's districts and every kind; real places, invented texts (each says so). */
export const demoEvents: DemoEvent[] = [
  {
    kind: 'cleanup',
    title: 'Субботник в парке Екатерингоф',
    description: 'Убираем прошлогоднюю листву и мусор вдоль прудов, красим скамейки у Екатерингофского дворца. Перчатки, мешки и грабли выдаём на месте.',
    departmentId: 'admin-kirovsky',
    organiserEmail: admin,
    inDays: 2,
    at: 11,
    hours: 3,
    place: { lat: 59.9036, lon: 30.2656, address: 'парк Екатерингоф, вход с Лифляндской ул.', districtId: 'kirovsky' },
    capacity: 40,
    accessibility: 'Ровные асфальтовые дорожки; туалет у входа в парк.',
    registrants: ['maria.ivanova@gorod.demo'],
  },
  {
    kind: 'hearing',
    title: 'Публичные слушания по проекту планировки квартала у станции «Ломоносовская»',
    description:
      'Обсуждаем проект планировки территории: новая школа, сквер и порядок застройки квартала. Проект можно посмотреть в экспозиции в администрации района; предложения принимаем на слушаниях и в комментариях.',
    departmentId: 'admin-nevsky',
    organiserEmail: 'official.nevsky@gorod.demo',
    inDays: 5,
    at: 18,
    hours: 2,
    place: { lat: 59.8773, lon: 30.4412, address: 'пр. Обуховской Обороны, 163, актовый зал', districtId: 'nevsky' },
    capacity: 120,
    accessibility: 'Пандус у главного входа, зал на первом этаже.',
    registrants: ['olga.kuznetsova@gorod.demo'],
  },
  {
    kind: 'excursion',
    title: demoFullEventTitle,
    description: 'Пешеходная экскурсия по Коломне: доходные дома на Мойке и Английском проспекте, их архитекторы и жильцы. Около двух километров пешком.',
    departmentId: 'admin-admiralteysky',
    organiserEmail: 'official.admiralteysky@gorod.demo',
    inDays: 3,
    at: 12,
    hours: 2,
    place: { lat: 59.9208, lon: 30.2862, address: 'Английский пр., 2, у Новой Голландии', districtId: 'admiralteysky' },
    capacity: 3,
    accessibility: 'Маршрут по тротуарам с бордюрами; подойдёт не всем на колясках.',
    registrants: residents,
  },
  {
    kind: 'online',
    title: 'Онлайн-встреча: бюджет Московского района на 2027 год',
    description:
      'Глава администрации рассказывает, на что пойдут деньги района в следующем году, и отвечает на вопросы жителей. Вопросы можно прислать заранее в комментариях.',
    departmentId: 'admin-moskovsky',
    organiserEmail: admin,
    inDays: 1,
    at: 19,
    hours: 1,
    place: { onlineUrl: 'https://meet.example.org/demo-moskovsky-budget' },
    capacity: null,
  },
  {
    kind: 'workshop',
    title: 'Мастер-класс: компост на даче и во дворе',
    description:
      'Как устроить компостер во дворе многоквартирного дома, что в него класть и как договориться с соседями. Покажем на примере двора на Савушкина.',
    departmentId: 'admin-primorsky',
    organiserEmail: admin,
    inDays: 6,
    at: 15,
    hours: 2,
    place: { lat: 59.9869, lon: 30.2553, address: 'ул. Савушкина, 83, библиотека', districtId: 'primorsky' },
    capacity: 20,
    minAge: 12,
    registrants: ['dmitry.sokolov@gorod.demo'],
  },
  {
    kind: 'meeting',
    title: 'Встреча с жителями о благоустройстве дворов на Просвещения',
    description: 'Обсуждаем, какие дворы благоустроить первыми: детские площадки, парковка, освещение. Приходите со своими предложениями и фотографиями.',
    departmentId: 'admin-vyborgsky',
    organiserEmail: admin,
    inDays: 4,
    at: 19,
    hours: 2,
    place: { lat: 60.0516, lon: 30.3327, address: 'пр. Просвещения, 36, школа № 96', districtId: 'vyborgsky' },
    capacity: 60,
    registrants: ['ivan.smirnov@gorod.demo'],
  },
  {
    kind: 'cleanup',
    title: 'Субботник на набережной реки Смоленки',
    description: 'Собираем мусор на откосах Смоленки от Малого проспекта до Уральской улицы. Нужны и взрослые, и подростки с родителями.',
    departmentId: 'admin-vasileostrovsky',
    organiserEmail: admin,
    inDays: 9,
    at: 10,
    hours: 3,
    place: { lat: 59.9477, lon: 30.2525, address: 'наб. реки Смоленки, у Малого пр. В. О.', districtId: 'vasileostrovsky' },
    capacity: 30,
  },
  {
    kind: 'excursion',
    title: 'Экскурсия по Кронштадту: Морской собор и Якорная площадь',
    description:
      'История крепости и города-порта: Морской собор, Якорная площадь, Петровский парк. Дорога до Кронштадта — самостоятельно, встречаемся у собора.',
    departmentId: 'admin-kronshtadtsky',
    organiserEmail: admin,
    inDays: 12,
    at: 12,
    hours: 3,
    place: { lat: 59.9921, lon: 29.7786, address: 'Якорная пл., 1, у Морского собора', districtId: 'kronshtadtsky' },
    capacity: 25,
  },
  {
    kind: 'workshop',
    title: 'Мастер-класс: ремонт велосипеда своими руками',
    description: 'Меняем камеру, настраиваем тормоза и переключатели. Можно приехать на своём велосипеде; инструменты есть.',
    departmentId: 'admin-petrogradsky',
    organiserEmail: admin,
    inDays: 8,
    at: 16,
    hours: 2,
    place: { lat: 59.9617, lon: 30.3114, address: 'Большой пр. П. С., 65, молодёжный центр', districtId: 'petrogradsky' },
    capacity: 15,
  },
  {
    kind: 'hearing',
    title: 'Общественные обсуждения: благоустройство Пулковского парка',
    description: 'Проект благоустройства: новые дорожки, освещение и детская площадка у прудов. Расскажем о проекте и соберём замечания жителей.',
    departmentId: 'admin-moskovsky',
    organiserEmail: admin,
    inDays: 20,
    at: 18,
    hours: 2,
    place: { lat: 59.8395, lon: 30.3186, address: 'Пулковское ш., 24, администрация МО', districtId: 'moskovsky' },
    capacity: 100,
  },
  {
    kind: 'meeting',
    title: 'Прогулка-встреча: Зеленогорск и побережье',
    description: 'Обсуждаем с жителями и гостями Зеленогорска, какой должна быть набережная: скамейки, освещение, спуски к воде. Идём от станции к заливу.',
    departmentId: 'admin-kurortny',
    organiserEmail: admin,
    inDays: 15,
    at: 13,
    hours: 2,
    place: { lat: 60.1953, lon: 29.7003, address: 'пр. Ленина, у ж.-д. станции Зеленогорск', districtId: 'kurortny' },
    capacity: null,
  },
  {
    kind: 'meeting',
    title: demoPastMeetingTitle,
    description: 'Встреча по итогам опроса о пешеходных улицах центра: рассказываем, что выбрали жители, и обсуждаем, с каких улиц начать.',
    departmentId: 'admin-tsentralny',
    organiserEmail: admin,
    inDays: -6,
    at: 18,
    hours: 2,
    place: { lat: 59.9343, lon: 30.3351, address: 'Невский пр., 176, актовый зал', districtId: 'tsentralny' },
    capacity: 50,
    registrants: ['anna.petrova@gorod.demo', 'olga.kuznetsova@gorod.demo'],
  },
];

/**
 * The demo NGO's event, organised on its behalf by its owner (public at once: the NGO is a verified organisation) —
 * the planting its feed asks volunteers for.
 */
export const demoGroupEvent = {
  kind: 'cleanup' as EventKind,
  title: 'Высадка деревьев в сквере у Театральной площади',
  description: 'Сажаем липы и кустарники вдоль дорожек сквера. Лопаты и саженцы привозит организация, с собой — перчатки и удобная обувь.',
  ownerEmail: 'maria.ivanova@gorod.demo',
  inDays: 6,
  at: 11,
  hours: 3,
  place: { lat: 59.9262, lon: 30.2972, address: 'сквер у Театральной площади', districtId: 'admiralteysky' },
  capacity: 30,
};

/**
 * Seeds the demo NGO's event, once (after the groups' seed, which comes first: the NGO is the organisation its owner
 * runs; nothing when it is not there).
 */
async function seedDemoGroupEvent(ctx: ModuleContext, now: Date): Promise<boolean> {
  const db = ctx.database.db;
  const e = demoGroupEvent;
  const [owner] = await queryRows<{ id: string }>(db, sql`select id from users where email = ${e.ownerEmail}`);
  const group = owner ? (await groupsRunBy(db, owner.id)).find((g) => g.kind === 'organisation') : undefined;
  const [existing] = await queryRows<{ id: string }>(db, sql`select id from events where title = ${e.title}`);
  if (!owner || !group || existing) return false;
  const startsAt = cityAt(now, e.inDays, e.at, ctx.config.cityTimezone);
  await db.insert(events).values({
    kind: e.kind,
    title: e.title,
    description: `${demoEventNotice} ${e.description}`,
    groupId: group.id,
    organiserId: owner.id,
    ...e.place,
    startsAt,
    endsAt: new Date(startsAt.getTime() + e.hours * 3_600_000),
    capacity: e.capacity,
    createdAt: cityAt(now, -3, 10, ctx.config.cityTimezone),
    updatedAt: now,
  });
  return true;
}

/** The past meeting's minutes, as its organiser would publish them the day after (invented for the demo, as its description says). */
export const demoPastMeetingMinutes = {
  text:
    'Пришли жители центра и представители администрации района. Рассказали итоги опроса: больше всего голосов у улицы Рубинштейна и Большой Конюшенной. ' +
    'Жители просили заранее продумать подъезд к домам и доставку, поставить скамейки и не закрывать улицы в будни. Администрация ответила на вопросы о парковке и уборке.',
  decisions: [
    'Начать с улицы Рубинштейна: пешеходные выходные летом, с подъездом к домам для жителей',
    'Подготовить схему объездов для автобусов и доставки до конца месяца',
    'Спросить жителей о летних выходных в новом опросе',
  ],
  photos: ['Встреча в актовом зале', 'Карта улиц из опроса'],
};

/**
 * The past meeting's extras, in the seed's transaction: the closed demo poll as its source (its participants could
 * register two days early), an image, and the minutes with photos published the day after — stored as an organiser's
 * uploads, as the minutes' use case would have them.
 */
async function addPastMeetingExtras(tx: Tx, eventId: string, organiserId: string, startsAt: Date, endsAt: Date): Promise<void> {
  const [poll] = await queryRows<{ id: string }>(tx, sql`select id from polls where title = ${demoClosedPollTitle} and closed_at is not null limit 1`);
  const image = await storeImage(tx, { purpose: sharedUploadPurpose, uploadedBy: organiserId, image: await demoPicture(demoPastMeetingTitle, '#8fa9c7') });
  const photoIds: string[] = [];
  for (const [i, caption] of demoPastMeetingMinutes.photos.entries()) {
    const file = await storeImage(tx, { purpose: sharedUploadPurpose, uploadedBy: organiserId, image: await demoPicture(caption, i ? '#9cc3a4' : '#c7b38f') });
    photoIds.push(file.id);
  }
  await tx
    .update(events)
    .set({
      imageFileId: image.id,
      // registration opened for everyone 12 days before, for the poll's participants two days earlier still
      ...(poll ? { sourceType: 'poll' as const, sourceId: poll.id, priorityDays: 2, registrationOpensAt: new Date(startsAt.getTime() - 12 * 86_400_000) } : {}),
    })
    .where(sql`${events.id} = ${eventId}`);
  const published = new Date(endsAt.getTime() + 86_400_000);
  await tx.insert(eventMinutes).values({
    eventId,
    text: demoPastMeetingMinutes.text,
    decisions: demoPastMeetingMinutes.decisions,
    photoFileIds: photoIds,
    publishedAt: published,
    updatedAt: published,
    updatedBy: organiserId,
  });
}

/** A round local hour `days` from today on the city's clock. */
function cityAt(now: Date, days: number, hour: number, timeZone: string): Date {
  const [y, m, d] = localDay(now, timeZone).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d + days));
  return zonedToUtc(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour, timeZone);
}

/**
 * Seeds the demo events, once each (an event whose title exists is left alone): a dozen across the districts and all
 * kinds, dated from today — several this week, one full with a waitlist of demo residents, one past: a meeting on the
 * demo's closed poll with its minutes and photos — and the demo NGO's tree planting on its behalf. Not the use case
 * (no audit entries, notifications or follows for the demo's history): rows as it leaves them, counts included.
 */
export async function seedDemoEvents(ctx: ModuleContext, progress: Progress, now = new Date()): Promise<void> {
  const db = ctx.database.db;
  const tz = ctx.config.cityTimezone;
  const emails = [...new Set([admin, ...demoEvents.map((e) => e.organiserEmail), ...residents])];
  const people = new Map(
    (await queryRows<{ id: string; email: string }>(db, sql`select id, email from users where email = any(${`{${emails.join(',')}}`}::text[])`)).map((u) => [
      u.email,
      u.id,
    ]),
  );
  const departments = new Set(
    (
      await queryRows<{ id: string }>(db, sql`select id from departments where id = any(${`{${demoEvents.map((e) => e.departmentId).join(',')}}`}::text[])`)
    ).map((d) => d.id),
  );
  const existing = new Set(
    (
      await db
        .select({ title: events.title })
        .from(events)
        .where(
          inArray(
            events.title,
            demoEvents.map((e) => e.title),
          ),
        )
    ).map((e) => e.title),
  );
  let added = 0;
  for (const e of demoEvents) {
    const organiserId = people.get(e.organiserEmail) ?? people.get(admin);
    if (existing.has(e.title) || !organiserId || !departments.has(e.departmentId)) continue;
    const startsAt = cityAt(now, e.inDays, e.at, tz);
    const registrants = (e.registrants ?? []).map((m) => people.get(m)).filter((id): id is string => id !== undefined);
    const registered = e.capacity === null ? registrants.length : Math.min(e.capacity, registrants.length);
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(events)
        .values({
          kind: e.kind,
          title: e.title,
          description: `${demoEventNotice} ${e.description}`,
          departmentId: e.departmentId,
          organiserId,
          ...('onlineUrl' in e.place ? { onlineUrl: e.place.onlineUrl } : e.place),
          startsAt,
          endsAt: new Date(startsAt.getTime() + e.hours * 3_600_000),
          capacity: e.capacity,
          minAge: e.minAge ?? null,
          accessibility: e.accessibility ?? '',
          registeredCount: registered,
          waitlistCount: registrants.length - registered,
          createdAt: cityAt(now, Math.min(e.inDays, 0) - 14, 10, tz),
          updatedAt: now,
        })
        .returning({ id: events.id });
      // in the order they came: the first `capacity` registered, the rest waiting (queue numbers follow the order)
      for (const [i, userId] of registrants.entries()) {
        const at = new Date(startsAt.getTime() - (10 - i) * 86_400_000);
        await tx
          .insert(eventRegistrations)
          .values({ eventId: row!.id, userId, state: i < registered ? 'registered' : 'waitlisted', createdAt: at, updatedAt: at });
      }
      if (e.title === demoPastMeetingTitle) await addPastMeetingExtras(tx, row!.id, organiserId, startsAt, new Date(startsAt.getTime() + e.hours * 3_600_000));
    });
    added++;
  }
  if (await seedDemoGroupEvent(ctx, now)) added++;
  if (added) progress(`events: ${added} demo events`);
}
