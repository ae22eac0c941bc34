import { inArray } from 'drizzle-orm';
import { allow, signInFirst } from '../../../core/auth/decision.js';
import type { Db } from '../../../core/db/client.js';
import type { EntityKind, EntitySummary } from '../../../core/module/entities.js';
import { commitments } from '../db/schema.js';
import { commitmentPath, commitmentType, type CommitmentRow } from './common.js';

const summary = (r: CommitmentRow): EntitySummary => ({
  type: commitmentType,
  id: String(r.number),
  title: `№ ${r.number}. ${r.title}`,
  excerpt: r.promise.slice(0, 300),
  path: commitmentPath(r.number),
  authorId: null,
  visible: true,
  districtId: r.districtId,
  createdAt: r.createdAt,
});

async function byNumbers(db: Db, ids: string[]): Promise<CommitmentRow[]> {
  const numbers = ids.filter((id) => /^\d{1,15}$/.test(id)).map(Number);
  return numbers.length ? db.select().from(commitments).where(inArray(commitments.number, numbers)) : [];
}

/** `commitment`: public by its number; it hosts comments (signed-in people, no stance), is followed, and its page has share previews. */
export const commitmentEntities: EntityKind[] = [
  {
    type: commitmentType,
    pagePath: '/commitments/:id',
    async describe(db, ids) {
      return new Map((await byNumbers(db, ids)).map((r) => [String(r.number), summary(r)]));
    },
    async commentRules(db, id, actor) {
      const [row] = await byNumbers(db, [id]);
      if (!row) return null;
      return { decision: actor.kind === 'user' ? allow : signInFirst, stance: false, title: summary(row).title, path: commitmentPath(row.number) };
    },
  },
];
