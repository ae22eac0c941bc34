import type { EventOf } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { notify } from '../../notifications/index.js';
import type { contentHidden, contentRestored } from '../events.js';

/** Content hidden or restored: its author is told, with the moderator's reason (not when they acted themselves). */
export async function tellAuthor(event: EventOf<typeof contentHidden | typeof contentRestored>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  if (!d.authorId) return;
  const data = { title: d.title, titleEn: d.titleEn, path: d.path, reason: d.reason, ...(d.pending ? { pending: true } : {}) };
  await ctx.database.db.transaction((tx) => notify(tx, ctx, event, [{ to: [d.authorId], kind: event.type, data }]));
  void ctx.mailer.flush();
}
