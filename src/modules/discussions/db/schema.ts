import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { searchVectorOf, tsvector } from '../../../core/db/search.js';
import { districts } from '../../../core/city/schema.js';

/** Topics and questions residents and officials open for others to comment on. */
export const discussions = pgTable(
  'discussions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['topic', 'question'] })
      .notNull()
      .default('topic'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    districtId: text('district_id').references(() => districts.id),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    authorId: uuid('author_id').notNull(),
    /** Set when an official opened it in the role of this department. */
    officialDepartmentId: text('official_department_id'),
    /** Set when opened inside a community: a members-only community's discussions are for its members (no foreign key across modules). */
    groupId: uuid('group_id'),
    moderation: text('moderation', { enum: ['visible', 'held', 'hidden'] })
      .notNull()
      .default('visible'),
    moderationReason: text('moderation_reason'),
    commentCount: integer('comment_count').notNull().default(0),
    /** Creation or the last comment: the "activity" sort. */
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    /** Full-text search in Russian and English, the title weighing more than the text (tags are matched exactly; array_to_string is not immutable, so they cannot be in a generated column). */
    search: tsvector('search').notNull().generatedAlwaysAs(searchVectorOf('title', 'body')),
  },
  (t) => [
    index('discussions_activity_idx').on(t.lastActivityAt.desc()),
    index('discussions_created_idx').on(t.createdAt.desc()),
    index('discussions_district_idx').on(t.districtId, t.lastActivityAt.desc()),
    index('discussions_author_idx').on(t.authorId, t.createdAt.desc()),
    index('discussions_group_idx')
      .on(t.groupId, t.lastActivityAt.desc())
      .where(sql`${t.groupId} is not null`),
    index('discussions_tags_idx').using('gin', t.tags),
    index('discussions_search_idx').using('gin', t.search),
  ],
);
