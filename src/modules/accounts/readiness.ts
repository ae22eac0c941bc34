import { and, asc, count, eq, isNull, notExists } from 'drizzle-orm';
import { departments } from '../../core/city/schema.js';
import type { Catalogue, Language } from '../../core/i18n/i18n.js';
import type { ModuleContext, ReadinessCheck } from '../../core/module/module.js';
import { roleGrants } from './db/schema.js';

/**
 * People the city needs: administrators (there is one, or nobody could read this), and an official in every working
 * department — without one, reports routed there wait unanswered until their deadline passes.
 */
export async function accountsReadiness(ctx: ModuleContext): Promise<ReadinessCheck[]> {
  const db = ctx.database.db;
  const [admins] = await db
    .select({ n: count() })
    .from(roleGrants)
    .where(and(eq(roleGrants.role, 'administrator'), eq(roleGrants.scopeType, 'city')));
  const withoutOfficial = await db
    .select({ nameRu: departments.nameRu, nameEn: departments.nameEn })
    .from(departments)
    .where(
      and(
        isNull(departments.retiredAt),
        notExists(
          db
            .select({ one: roleGrants.id })
            .from(roleGrants)
            .where(and(eq(roleGrants.role, 'official'), eq(roleGrants.scopeType, 'department'), eq(roleGrants.scopeId, departments.id))),
        ),
      ),
    )
    .orderBy(asc(departments.nameRu));
  const names = (lang: 'ru' | 'en') =>
    withoutOfficial
      .slice(0, 3)
      .map((d) => (lang === 'ru' ? d.nameRu : d.nameEn))
      .join('; ') + (withoutOfficial.length > 3 ? '…' : '');
  return [
    { id: 'accounts.administrators', state: 'ok', params: { count: Number(admins?.n ?? 0) }, fix: '/admin/users' },
    {
      id: 'accounts.officials',
      state: withoutOfficial.length ? 'advice' : 'ok',
      params: { count: withoutOfficial.length, names: { ru: names('ru'), en: names('en') } },
      fix: '/admin/users',
    },
  ];
}

/** The checks' words (the setup page). */
export const accountsReadinessMessages: Record<Language, Catalogue> = {
  en: {
    'readiness.accounts.administrators.title': 'Administrators',
    'readiness.accounts.administrators.ok': 'City administrators: {count}.',
    'readiness.accounts.officials.title': 'Officials',
    'readiness.accounts.officials.ok': 'Every department has an official to answer its reports.',
    'readiness.accounts.officials.advice':
      'Departments without an official: {count} ({names}). Reports sent there wait unanswered until their deadline: give someone the official role in them.',
  },
  ru: {
    'readiness.accounts.administrators.title': 'Администраторы',
    'readiness.accounts.administrators.ok': 'Администраторов города: {count}.',
    'readiness.accounts.officials.title': 'Сотрудники исполнителей',
    'readiness.accounts.officials.ok': 'У каждого исполнителя есть сотрудник, который отвечает на сообщения.',
    'readiness.accounts.officials.advice':
      'Исполнителей без сотрудников: {count} ({names}). Сообщения туда будут ждать ответа до срока — назначьте кому-то роль сотрудника исполнителя.',
  },
};
