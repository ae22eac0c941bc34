import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../../core/db/client.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { demoOrganisation } from '../../groups/index.js';
import { volunteerProjects, volunteerShifts, volunteerSignups } from '../db/schema.js';
import { volunteerHoursConfirmed } from '../events.js';
import { emitVolunteerEvent } from './common.js';

const day = 86_400_000;
const hour = 3_600_000;

interface DemoShift {
  title: string;
  /** Days from today (city midnight is near enough for a demo) and the local hour it starts, its length in hours. */
  inDays: number;
  at: number;
  hours: number;
  lat: number;
  lon: number;
  address: string;
  capacity: number;
  minAge: 14 | 18 | null;
  bring: string;
}

interface DemoProject {
  title: string;
  description: string;
  districtId: string;
  /** The organiser: an official of the department (by e-mail), or the administrator for an organisation; for the demo NGO its owner. */
  organiserEmail: string;
  departmentId: string | null;
  organisation: { name: string; regNumber: string } | null;
  /** Run by the demo NGO (the groups demo's verified organisation), on its owner's behalf. */
  byDemoOrganisation?: true;
  shifts: DemoShift[];
}

/** The demo projects: real places in St Petersburg's districts; the texts are invented and say so. */
export const demoProjects: DemoProject[] = [
  {
    title: 'Субботник в Юсуповском саду (демо)',
    description:
      'Демонстрационный проект: текст придуман для показа портала. Администрация Адмиралтейского района приглашает убрать листву и мусор в Юсуповском саду, покрасить скамейки и подготовить клумбы к зиме. Инвентарь и перчатки выдаём на месте.',
    districtId: 'admiralteysky',
    organiserEmail: 'official.admiralteysky@gorod.demo',
    departmentId: 'admin-admiralteysky',
    organisation: null,
    shifts: [
      {
        title: 'Утренняя смена: листва и дорожки',
        inDays: 4,
        at: 10,
        hours: 3,
        lat: 59.9265,
        lon: 30.3127,
        address: 'Садовая ул., 50, Юсуповский сад',
        capacity: 12,
        minAge: 14,
        bring: 'Удобную одежду и обувь, воду.',
      },
      {
        title: 'Дневная смена: покраска скамеек',
        inDays: 4,
        at: 14,
        hours: 3,
        lat: 59.9265,
        lon: 30.3127,
        address: 'Садовая ул., 50, Юсуповский сад',
        capacity: 6,
        minAge: 18,
        bring: 'Одежду, которую не жалко испачкать.',
      },
      {
        title: 'Прошлая смена: клумбы',
        inDays: -3,
        at: 11,
        hours: 3,
        lat: 59.9265,
        lon: 30.3127,
        address: 'Садовая ул., 50, Юсуповский сад',
        capacity: 10,
        minAge: null,
        bring: '',
      },
    ],
  },
  {
    title: 'Помощь библиотеке на Народной улице (демо)',
    description:
      'Демонстрационный проект: текст придуман для показа портала. Администрация Невского района ищет волонтёров, чтобы разобрать книжный фонд районной библиотеки, подготовить книги для обменного стеллажа и помочь на чтениях для пожилых жителей.',
    districtId: 'nevsky',
    organiserEmail: 'official.nevsky@gorod.demo',
    departmentId: 'admin-nevsky',
    organisation: null,
    shifts: [
      {
        title: 'Разбор книжного фонда',
        inDays: 6,
        at: 12,
        hours: 4,
        lat: 59.8795,
        lon: 30.4776,
        address: 'Народная ул., 33',
        capacity: 2,
        minAge: null,
        bring: 'Ничего: всё есть на месте.',
      },
      {
        title: 'Чтения для пожилых жителей',
        inDays: 9,
        at: 15,
        hours: 2,
        lat: 59.8795,
        lon: 30.4776,
        address: 'Народная ул., 33',
        capacity: 4,
        minAge: 18,
        bring: 'Любимую книгу, если хотите почитать вслух.',
      },
    ],
  },
  {
    title: 'Уборка берега Финского залива в Приморском районе (демо)',
    description:
      'Демонстрационный проект некоммерческой организации: название, номер и текст придуманы для показа портала. Убираем пластик и мусор на пляже у парка 300-летия Петербурга, сортируем собранное для переработки.',
    districtId: 'primorsky',
    organiserEmail: 'admin@gorod.demo',
    departmentId: null,
    organisation: { name: 'АНО «Чистый берег» (демо)', regNumber: '1237800000000' },
    shifts: [
      {
        title: 'Уборка пляжа',
        inDays: 11,
        at: 11,
        hours: 4,
        lat: 59.9836,
        lon: 30.2009,
        address: 'Приморский пр., парк 300-летия Петербурга',
        capacity: 25,
        minAge: 14,
        bring: 'Перчатки, воду, одежду по погоде.',
      },
      {
        title: 'Сортировка собранного',
        inDays: 11,
        at: 15,
        hours: 2,
        lat: 59.9836,
        lon: 30.2009,
        address: 'Приморский пр., парк 300-летия Петербурга',
        capacity: 8,
        minAge: null,
        bring: '',
      },
    ],
  },
  {
    title: 'Станция раздельного сбора во дворах Коломны (демо)',
    description:
      'Демонстрационный проект сообщества-образца «Зелёный Адмиралтейский»: текст придуман для показа портала. Волонтёры дежурят у станции раздельного сбора: принимают пластик, стекло и батарейки, объясняют соседям, что куда сдавать.',
    districtId: 'admiralteysky',
    organiserEmail: '',
    departmentId: null,
    organisation: null,
    byDemoOrganisation: true,
    shifts: [
      {
        title: 'Дежурство у станции',
        inDays: 13,
        at: 12,
        hours: 3,
        lat: 59.9196,
        lon: 30.2922,
        address: 'ул. Декабристов, 35 (образец адреса), двор',
        capacity: 6,
        minAge: 14,
        bring: 'Перчатки и одежду по погоде.',
      },
    ],
  },
];

/** The city day `inDays` from today at a local hour (St Petersburg is UTC+3 all year). */
const cityTime = (inDays: number, at: number): Date => {
  const today = new Date(Date.now() + 3 * hour);
  today.setUTCHours(0, 0, 0, 0);
  return new Date(today.getTime() + inDays * day + (at - 3) * hour);
};

/**
 * Seeds the demo projects with their shifts, once (a project whose title exists is left alone). A demo resident
 * worked the past shift: their hours are confirmed, so their volunteer record and points show them.
 */
export async function seedDemoVolunteering(ctx: ModuleContext, progress: Progress): Promise<void> {
  const db = ctx.database.db;
  for (const p of demoProjects) {
    const [exists] = await db.select({ id: volunteerProjects.id }).from(volunteerProjects).where(eq(volunteerProjects.title, p.title)).limit(1);
    if (exists) continue;
    const group = p.byDemoOrganisation ? await demoOrganisation(db) : null;
    const [organiser] = group ? [{ id: group.ownerId }] : await queryRows<{ id: string }>(db, sql`select id from users where email = ${p.organiserEmail}`);
    if (!organiser || (p.byDemoOrganisation && !group)) continue;
    await db.transaction(async (tx) => {
      const [project] = await tx
        .insert(volunteerProjects)
        .values({
          title: p.title,
          description: p.description,
          districtId: p.districtId,
          departmentId: p.departmentId,
          groupId: group?.id ?? null,
          organisationName: p.organisation?.name ?? null,
          organisationRegNumber: p.organisation?.regNumber ?? null,
          organiserId: organiser.id,
        })
        .returning();
      for (const s of p.shifts) {
        const startsAt = cityTime(s.inDays, s.at);
        const [shift] = await tx
          .insert(volunteerShifts)
          .values({
            projectId: project!.id,
            title: s.title,
            startsAt,
            endsAt: new Date(startsAt.getTime() + s.hours * hour),
            lat: s.lat,
            lon: s.lon,
            address: s.address,
            districtId: p.districtId,
            capacity: s.capacity,
            minAge: s.minAge,
            bring: s.bring,
          })
          .returning();
        if (s.inDays >= 0) continue;
        // the past shift: a demo resident came and the organiser confirmed their hours
        const [resident] = await queryRows<{ id: string }>(tx, sql`select id from users where email = 'anna.petrova@gorod.demo'`);
        if (!resident) continue;
        const minutes = s.hours * 60;
        await tx.insert(volunteerSignups).values({
          shiftId: shift!.id,
          userId: resident.id,
          state: 'registered',
          minutesWorked: minutes,
          hoursRevision: 1,
          hoursConfirmedBy: organiser.id,
          hoursConfirmedAt: new Date(),
        });
        await tx.update(volunteerShifts).set({ registeredCount: 1 }).where(eq(volunteerShifts.id, shift!.id));
        await emitVolunteerEvent(tx, volunteerHoursConfirmed, organiser.id, project!, { shiftId: shift!.id, userId: resident.id, minutes, revision: 1 });
      }
    });
    progress(`volunteering: ${p.title}`);
  }
}
