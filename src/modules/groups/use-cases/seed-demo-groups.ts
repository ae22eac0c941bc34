import { eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../core/db/client.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { findDistrict } from '../../city/index.js';
import { groupMembers, groupPosts, groups } from '../db/schema.js';
import type { GroupKind, GroupRole, MembershipMode } from '../domain/groups.js';

/** The demo deputy's account (same password as the demo residents): owns the public figure's page; the messages demo writes to them. */
export const demoDeputyEmail = 'deputy@gorod.demo';
/** The demo building community's name (the e2e journey joins it). */
export const demoBuildingName = 'Дом на Садовой, 50 (образец)';
/**
 * The demo official's account (seeded by accounts as the head of the department «Администрация Невского района», who
 * answers its demo reports): owns a verified official's page, which lists those answers.
 */
export const demoOfficialEmail = 'official.nevsky@gorod.demo';
/** The demo NGO's name: a verified organisation whose owner runs a demo volunteering project and reports on a demo cause. */
export const demoOrganisationName = 'Зелёный Адмиралтейский (образец НКО)';

const day = 86_400_000;

interface DemoGroup {
  kind: GroupKind;
  name: string;
  /** Its district (Адмиралтейский when absent). */
  district?: string;
  description: string;
  rules?: string;
  address?: string;
  membership: MembershipMode;
  registrationNumber?: string;
  officeHours?: string;
  responsibilities?: string;
  owner: string;
  members: [email: string, role: GroupRole][];
  posts: { email: string; body: string; daysAgo: number; pinned?: boolean }[];
}

const demo: DemoGroup[] = [
  {
    kind: 'building',
    name: demoBuildingName,
    address: 'Садовая ул., 50 (образец адреса)',
    description:
      'Соседи по дому: договариваемся о субботниках, следим за ремонтом подъездов и вместе пишем в управляющую компанию. Сообщество-образец демонстрационного города.',
    rules: 'Пишем по делу и вежливо. Объявления о продаже — раз в неделю. Личные данные соседей не публикуем.',
    membership: 'open',
    owner: 'anna.petrova@gorod.demo',
    members: [
      ['maria.ivanova@gorod.demo', 'admin'],
      ['ivan.smirnov@gorod.demo', 'member'],
    ],
    posts: [
      {
        email: 'anna.petrova@gorod.demo',
        body: 'Субботник во дворе в субботу в 11:00: красим скамейки и сажаем кусты у второго подъезда. Перчатки и краску принесу, нужны кисти.',
        daysAgo: 3,
        pinned: true,
      },
      {
        email: 'maria.ivanova@gorod.demo',
        body: 'Во втором подъезде третий день не горит свет на лестнице. Я отправила сообщение о проблеме, ответ должен прийти до пятницы.',
        daysAgo: 2,
      },
      { email: 'ivan.smirnov@gorod.demo', body: 'Кто знает, когда обещали заменить почтовые ящики? Старые не закрываются.', daysAgo: 1 },
    ],
  },
  {
    kind: 'neighbourhood',
    name: 'Соседи Коломны (образец)',
    description: 'Всё о Коломне: новости квартала, прогулки по набережным Крюкова канала и Фонтанки, помощь соседям.',
    membership: 'open',
    owner: 'anna.petrova@gorod.demo',
    members: [['olga.kuznetsova@gorod.demo', 'member']],
    posts: [{ email: 'anna.petrova@gorod.demo', body: 'На Никольском рынке по субботам теперь фермерская ярмарка. Кто был — как цены?', daysAgo: 4 }],
  },
  {
    kind: 'organisation',
    name: demoOrganisationName,
    description: 'Некоммерческая организация: озеленение дворов, раздельный сбор отходов, экологические уроки для школьников района.',
    membership: 'request',
    registrationNumber: 'ОГРН 1127800000000 — образец',
    owner: 'maria.ivanova@gorod.demo',
    members: [['anna.petrova@gorod.demo', 'member']],
    posts: [{ email: 'maria.ivanova@gorod.demo', body: 'Ищем волонтёров на высадку деревьев в сквере у Театральной площади в следующую субботу.', daysAgo: 5 }],
  },
  {
    kind: 'public_figure',
    name: 'Сергей Морозов, депутат муниципального совета (образец)',
    description: 'Страница депутата муниципального совета округа Коломна: отчёты, приём жителей, ответы на вопросы.',
    membership: 'open',
    registrationNumber: 'Удостоверение депутата № 000 — образец',
    officeHours: 'Вторник, 16:00–19:00, Измайловский пр., 10, каб. 5 — образец. Запись по телефону не нужна.',
    responsibilities: 'Благоустройство дворов округа, детские площадки, контроль за содержанием домов и работой управляющих компаний.',
    owner: demoDeputyEmail,
    members: [['anna.petrova@gorod.demo', 'member']],
    posts: [
      {
        email: demoDeputyEmail,
        body: 'Отчёт за месяц: приняты 14 обращений, по 9 получены ответы исполнителей, две детские площадки включены в план ремонта.',
        daysAgo: 6,
        pinned: true,
      },
    ],
  },
  {
    kind: 'public_figure',
    name: 'Павел Орлов, администрация Невского района (образец)',
    district: 'nevsky',
    description: 'Страница должностного лица администрации Невского района: ответы на сообщения жителей о проблемах района, приём граждан.',
    membership: 'open',
    registrationNumber: 'Служебное удостоверение № 000 — образец',
    officeHours: 'Четверг, 15:00–18:00, пр. Обуховской Обороны, 163 — образец. Запись не нужна.',
    responsibilities: 'Ответы администрации района на сообщения жителей: дороги и дворы, освещение, уборка, благоустройство.',
    owner: demoOfficialEmail,
    members: [['olga.kuznetsova@gorod.demo', 'member']],
    posts: [],
  },
];

/**
 * The demo NGO and its owner, for the demo seeds of the modules it organises in (volunteering, charity: they run after
 * groups); null before the groups demo is seeded.
 */
export async function demoOrganisation(db: Executor): Promise<{ id: string; ownerId: string } | null> {
  const [row] = await queryRows<{ id: string; owner_id: string }>(
    db,
    sql`select g.id, m.user_id as owner_id from groups g join group_members m on m.group_id = g.id and m.role = 'owner'
        where g.name = ${demoOrganisationName} and g.kind = 'organisation' limit 1`,
  );
  return row ? { id: row.id, ownerId: row.owner_id } : null;
}

/** The deputy's account, made like the demo residents' (their password, confirmed e-mail): the accounts module seeded those first. */
async function ensureDeputy(db: Executor): Promise<void> {
  await db.execute(sql`insert into users (email, display_name, district_id, password_hash, email_confirmed_at, verification)
    select ${demoDeputyEmail}, 'Сергей Морозов', district_id, password_hash, now(), 'email' from users where email = 'anna.petrova@gorod.demo'
    on conflict do nothing`);
}

/**
 * Fills the demo city with a building community, a neighbourhood group, an NGO, a deputy's page and a district
 * official's page (its report answers come from the reports demo); does nothing once any group exists.
 */
export async function seedDemoGroups(ctx: ModuleContext, progress: Progress): Promise<void> {
  const db = ctx.database.db;
  const [existing] = await db.select({ id: groups.id }).from(groups).limit(1);
  if (existing || !(await findDistrict(db, 'admiralteysky'))) return;
  await ensureDeputy(db);
  const emails = [...new Set(demo.flatMap((g) => [g.owner, ...g.members.map((m) => m[0]), ...g.posts.map((p) => p.email)]))];
  const users = await queryRows<{ id: string; email: string }>(
    db,
    sql`select id, email from users where email in (${sql.join(
      emails.map((e) => sql`${e}`),
      sql`, `,
    )})`,
  );
  const idOf = new Map(users.map((u) => [u.email, u.id]));
  const [admin] = await queryRows<{ id: string }>(db, sql`select id from users where email = 'admin@gorod.demo'`);
  const now = Date.now();
  let made = 0;
  await db.transaction(async (tx) => {
    for (const g of demo) {
      const owner = idOf.get(g.owner);
      if (!owner || (g.district && !(await findDistrict(tx, g.district)))) continue;
      const members = g.members.filter(([e]) => idOf.has(e));
      const verified = g.kind === 'organisation' || g.kind === 'public_figure';
      const [row] = await tx
        .insert(groups)
        .values({
          kind: g.kind,
          name: g.name,
          description: g.description,
          districtId: g.district ?? 'admiralteysky',
          address: g.address ?? '',
          rules: g.rules ?? '',
          membership: g.membership,
          memberListVisibility: g.kind === 'building' ? 'members' : 'public',
          registrationNumber: g.registrationNumber ?? null,
          officeHours: g.officeHours ?? '',
          responsibilities: g.responsibilities ?? '',
          status: 'active',
          verifiedAt: verified ? new Date(now - 10 * day) : null,
          verifiedBy: verified ? (admin?.id ?? null) : null,
          createdBy: owner,
          memberCount: 1 + members.length,
          postCount: g.posts.filter((p) => idOf.has(p.email)).length,
          createdAt: new Date(now - 20 * day),
        })
        .returning({ id: groups.id });
      const groupId = row!.id;
      await tx
        .insert(groupMembers)
        .values([
          { groupId, userId: owner, role: 'owner', state: 'member', joinedAt: new Date(now - 20 * day) },
          ...members.map(([e, role]) => ({ groupId, userId: idOf.get(e)!, role, state: 'member' as const, joinedAt: new Date(now - 15 * day) })),
        ]);
      for (const p of g.posts) {
        if (!idOf.has(p.email)) continue;
        const at = new Date(now - p.daysAgo * day);
        await tx.insert(groupPosts).values({ groupId, authorId: idOf.get(p.email)!, body: p.body, createdAt: at, pinnedAt: p.pinned ? at : null });
      }
      made++;
    }
  });
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(groups)
    .where(eq(groups.status, 'active'));
  progress(`Demo groups (${made} of ${count?.n ?? 0}), a deputy's page owned by ${demoDeputyEmail} (same password as the residents)`);
}
