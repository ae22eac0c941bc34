import { count, sql } from 'drizzle-orm';
import { queryRows } from '../../../core/db/client.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { addParticipants } from '../db/queries.js';
import { conversationMessages, conversations } from '../db/schema.js';
import { directKey } from '../domain/rules.js';

const anna = 'anna.petrova@gorod.demo';
const olga = 'olga.kuznetsova@gorod.demo';

const demoLines: { from: string; minutesAgo: number; text: string }[] = [
  { from: anna, minutesAgo: 180, text: 'Ольга, добрый день! Видела ваш комментарий про снег во дворах. У нас на Садовой та же история.' },
  { from: olga, minutesAgo: 170, text: 'Здравствуйте, Анна! Да, я отправила сообщение о проблеме — исполнитель должен ответить в срок.' },
  { from: anna, minutesAgo: 160, text: 'Спасибо, тоже напишу. Пойдёте в субботу на субботник в Коломне?' },
  { from: olga, minutesAgo: 20, text: 'Пойду! Встречаемся у входа в сквер в 11:00.' },
];

/** A short demo conversation between two demo residents (the last message unread by Anna); does nothing once any exists. */
export async function seedDemoMessages(ctx: ModuleContext, progress: Progress): Promise<void> {
  const db = ctx.database.db;
  const [existing] = await db.select({ n: count() }).from(conversations);
  if (Number(existing?.n ?? 0) > 0) return;
  // the accounts and groups modules seed these people; only the demo finds them by e-mail
  const users = await queryRows<{ id: string; email: string }>(db, sql`select id, email from users where email in (${anna}, ${olga})`);
  const idOf = new Map(users.map((u) => [u.email, u.id]));
  const a = idOf.get(anna);
  const o = idOf.get(olga);
  if (!a || !o) return;
  const now = Date.now();
  const at = (minutes: number) => new Date(now - minutes * 60_000);
  await db.transaction(async (tx) => {
    const [c] = await tx
      .insert(conversations)
      .values({ kind: 'direct', directKey: directKey(a, o), createdBy: a, createdAt: at(180), lastMessageAt: at(20) })
      .returning({ id: conversations.id });
    await addParticipants(tx, c!.id, [a, o], at(180));
    await tx
      .insert(conversationMessages)
      .values(demoLines.map((l) => ({ conversationId: c!.id, authorId: idOf.get(l.from)!, body: l.text, createdAt: at(l.minutesAgo) })));
    await tx.execute(sql`update conversation_participants set last_read_at = ${at(160)} where conversation_id = ${c!.id} and user_id = ${a}`);
    await tx.execute(sql`update conversation_participants set last_read_at = ${at(20)} where conversation_id = ${c!.id} and user_id = ${o}`);
  });
  progress('Demo conversation (4 messages)');
}
