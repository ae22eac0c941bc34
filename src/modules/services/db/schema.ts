import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments } from '../../../core/city/schema.js';

/**
 * Life roles («Я родитель», «Я пенсионер»…): how residents find the city's services by who they are, not by which
 * department provides them. `key` is the stable id imports upsert by. A role a resident proposed waits `held` in the
 * moderators' queue until one approves it (`proposed_by` credits them); an administrator's is visible at once.
 */
export const lifeRoles = pgTable(
  'life_roles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull().unique(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
    /** One emoji the pages show beside the name (decorative: the name says it). */
    icon: text('icon').notNull(),
    descriptionRu: text('description_ru').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    position: integer('position').notNull().default(100),
    /** Where the role comes from (a gu.spb.ru life situation), when it does. */
    sourceUrl: text('source_url'),
    moderation: text('moderation', { enum: ['visible', 'held', 'hidden'] })
      .notNull()
      .default('visible'),
    moderationReason: text('moderation_reason'),
    proposedBy: uuid('proposed_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('life_roles_position_idx').on(t.moderation, t.position)],
);

/**
 * A public service: what it gives in plain words, who provides it (a department of the city, or an outside body
 * named in words), how to get it (an online link, in person where, by phone), the documents, price, time limit and who
 * may apply. `demo_text` marks a description written for the demo city, not the provider's own. Residents' marks of
 * usefulness are counted on the row (service_feedback holds each person's one mark).
 */
export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull().unique(),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    description: text('description').notNull(),
    demoText: boolean('demo_text').notNull().default(false),
    providerDepartmentId: text('provider_department_id').references(() => departments.id),
    providerName: text('provider_name'),
    onlineLink: text('online_link'),
    inPerson: text('in_person'),
    phone: text('phone'),
    documents: text('documents')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    price: text('price'),
    timeLimit: text('time_limit'),
    whoMayApply: text('who_may_apply'),
    sourceUrl: text('source_url'),
    usefulCount: integer('useful_count').notNull().default(0),
    notUsefulCount: integer('not_useful_count').notNull().default(0),
    commentCount: integer('comment_count').notNull().default(0),
    moderation: text('moderation', { enum: ['visible', 'held', 'hidden'] })
      .notNull()
      .default('visible'),
    moderationReason: text('moderation_reason'),
    proposedBy: uuid('proposed_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('services_title_idx').on(t.moderation, t.title),
    check('services_counts', sql`${t.usefulCount} >= 0 and ${t.notUsefulCount} >= 0`),
    check('services_online_link', sql`${t.onlineLink} is null or ${t.onlineLink} like 'http%'`),
  ],
);

/** Which roles a service serves (several each); the order on a role's list is the service's title. */
export const serviceRoles = pgTable(
  'service_roles',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    roleId: uuid('role_id')
      .notNull()
      .references(() => lifeRoles.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.roleId] }), index('service_roles_role_idx').on(t.roleId)],
);

/** The roles a resident chose in their profile (private: only they see them). */
export const residentLifeRoles = pgTable(
  'resident_life_roles',
  {
    userId: uuid('user_id').notNull(),
    roleId: uuid('role_id')
      .notNull()
      .references(() => lifeRoles.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.roleId] })],
);

/** One resident's mark on a service: useful or not, with an optional note for administrators; changed in place. */
export const serviceFeedback = pgTable(
  'service_feedback',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    useful: boolean('useful').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.userId] }), index('service_feedback_notes_idx').on(t.serviceId, t.updatedAt)],
);
