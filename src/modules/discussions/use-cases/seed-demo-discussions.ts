import { count, sql } from 'drizzle-orm';
import { queryRows } from '../../../core/db/client.js';
import { emitEvent } from '../../../core/jobs/events.js';
import { discussionCreated } from '../events.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { postComment } from '../../comments/index.js';
import { discussions } from '../db/schema.js';
import type { DiscussionKind } from '../domain/discussion-rules.js';
import { discussionPath, discussionType } from './common.js';

const day = 24 * 3600_000;

/** Demo discussions by the demo residents the accounts module seeds (by their e-mail). */
const demo: { email: string; kind: DiscussionKind; districtId: string; tags: string[]; daysAgo: number; title: string; body: string }[] = [
  {
    email: 'anna.petrova@gorod.demo',
    kind: 'question',
    districtId: 'admiralteysky',
    tags: ['благоустройство', 'скамейки'],
    daysAgo: 9,
    title: 'Где в Адмиралтейском районе не хватает скамеек?',
    body: 'Гуляю с мамой по Коломне, и ей негде присесть: от Никольского собора до Новой Голландии ни одной лавочки. Давайте соберём места, где скамейки нужнее всего, и отправим список в администрацию района.',
  },
  {
    email: 'ivan.smirnov@gorod.demo',
    kind: 'topic',
    districtId: 'vyborgsky',
    tags: ['велосипеды', 'транспорт'],
    daysAgo: 7,
    title: 'Велодорожка вдоль проспекта Энгельса',
    body: 'Каждый день езжу на работу от Озерков до Удельной. По тротуару опасно для пешеходов, по проезжей части — для меня. Нужна ли выделенная велодорожка вдоль проспекта Энгельса и где её лучше провести?',
  },
  {
    email: 'olga.kuznetsova@gorod.demo',
    kind: 'topic',
    districtId: 'nevsky',
    tags: ['собаки', 'дворы'],
    daysAgo: 5,
    title: 'Площадка для выгула собак у Народной улицы',
    body: 'Во дворах у Народной улицы собак выгуливают прямо у детских площадок, и все недовольны. Предлагаю огородить площадку на пустыре у гаражей. Кто поддерживает и кто готов помочь с уборкой?',
  },
  {
    email: 'dmitry.sokolov@gorod.demo',
    kind: 'question',
    districtId: 'primorsky',
    tags: ['снег', 'дворы', 'жкх'],
    daysAgo: 4,
    title: 'Как добиться уборки снега во дворах на Комендантском?',
    body: 'После снегопада двор на Комендантском проспекте не чистили неделю, машины скорой не проезжают. Управляющая компания отвечает, что техника занята. Куда жаловаться, чтобы двор убрали, и какой срок уборки по правилам?',
  },
  {
    email: 'maria.ivanova@gorod.demo',
    kind: 'topic',
    districtId: 'moskovsky',
    tags: ['парки', 'благоустройство'],
    daysAgo: 2,
    title: 'Московский парк Победы: что улучшить к лету',
    body: 'Парк любят все, но дорожки у прудов размыты, а туалетов мало. Напишите, что бы вы поменяли в парке в первую очередь, — соберём предложения для «Твоего бюджета».',
  },
  {
    email: 'alexey.volkov@gorod.demo',
    kind: 'question',
    districtId: 'kalininsky',
    tags: ['шум', 'ремонт'],
    daysAgo: 1,
    title: 'Ночные работы на Гражданском проспекте: кто разрешил?',
    body: 'Третью ночь подряд с часу до пяти на Гражданском проспекте меняют трубы, спать невозможно. Есть ли у подрядчика разрешение на ночные работы и кто в районе за это отвечает?',
  },
];

/** Demo comments: on the n-th demo discussion, optionally replying to the m-th comment of this list. */
const demoComments: { discussion: number; email: string; body: string; replyTo?: number }[] = [
  { discussion: 0, email: 'ivan.smirnov@gorod.demo', body: 'На Английской набережной у спуска к воде тоже ни одной скамейки, а там много пожилых людей.' },
  {
    discussion: 0,
    email: 'anna.petrova@gorod.demo',
    body: 'Спасибо, добавила в список. Если знаете номер дома — напишите, так администрации проще.',
    replyTo: 0,
  },
  { discussion: 0, email: 'maria.ivanova@gorod.demo', body: 'Ещё сквер у Театральной площади: лавочки убрали при ремонте и не вернули.' },
  { discussion: 2, email: 'dmitry.sokolov@gorod.demo', body: 'Поддерживаю. Готов выйти на субботник, если площадку огородят.' },
  {
    discussion: 3,
    email: 'olga.kuznetsova@gorod.demo',
    body: 'По правилам благоустройства двор должны расчистить за сутки после окончания снегопада. Пишите сообщение о проблеме — у исполнителя будет срок ответа.',
  },
];

/** Fills the demo city with a few discussions by its residents; does nothing once any discussion exists. */
export async function seedDemoDiscussions(ctx: ModuleContext, progress: Progress): Promise<void> {
  const db = ctx.database.db;
  const [existing] = await db.select({ n: count() }).from(discussions);
  if (Number(existing?.n ?? 0) > 0) return;
  // the accounts module seeds these residents; its index offers public facts by id only, so the
  // demo (and only the demo) finds them by their e-mail
  const emails = demo.map((d) => d.email);
  const users = await queryRows<{ id: string; email: string }>(
    db,
    sql`select id, email from users where email in (${sql.join(
      emails.map((e) => sql`${e}`),
      sql`, `,
    )})`,
  );
  const idOf = new Map(users.map((u) => [u.email, u.id]));
  const now = Date.now();
  const rows = demo.filter((d) => idOf.has(d.email));
  if (!rows.length) return;
  const created: string[] = [];
  await db.transaction(async (tx) => {
    for (const d of rows) {
      const at = new Date(now - d.daysAgo * day);
      const [row] = await tx
        .insert(discussions)
        .values({
          kind: d.kind,
          title: d.title,
          body: d.body,
          districtId: d.districtId,
          tags: d.tags,
          authorId: idOf.get(d.email)!,
          createdAt: at,
          lastActivityAt: at,
        })
        .returning({ id: discussions.id });
      await emitEvent(tx, discussionCreated, {
        actorId: idOf.get(d.email)!,
        entityType: discussionType,
        entityId: row!.id,
        data: { title: d.title, path: discussionPath(row!.id) },
      });
      created.push(row!.id);
    }
  });
  // a conversation under the first discussions, through the comments module's own use case
  const person = (email: string): Actor => ({
    kind: 'user',
    userId: idOf.get(email)!,
    displayName: '',
    verification: 'email',
    roles: [],
    language: 'ru',
    districtId: null,
  });
  let comments = 0;
  const postedIds: string[] = [];
  for (const c of demoComments) {
    const hostId = created[c.discussion];
    if (!hostId || !idOf.has(c.email)) continue;
    const parent = c.replyTo === undefined ? undefined : postedIds[c.replyTo];
    const posted = await postComment(ctx, person(c.email), { hostType: discussionType, hostId, body: c.body, ...(parent ? { parentId: parent } : {}) });
    postedIds.push(posted.id);
    comments++;
  }
  progress(`Demo discussions (${rows.length}) with ${comments} comments`);
}
