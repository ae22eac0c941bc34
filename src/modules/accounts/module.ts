import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { defineModule } from '../../core/module/module.js';
import { preparedOnce } from '../../core/db/prepared.js';
import { hashPassword } from '../../core/auth/passwords.js';
import { departments, districts } from '../../core/city/schema.js';
import { accountRoutes } from './http/routes.js';
import { accountMessages } from './messages.js';
import { roleGrants, users } from './db/schema.js';
import { findUserByEmail } from './db/queries.js';
import { sessionCookieName } from './domain/account-rules.js';
import { createAdministrator } from './use-cases/admin-users.js';
import { purgeExpiredSessions, resolveSession } from './use-cases/sessions.js';
import { describePeople } from './use-cases/public-profile.js';
import { accountsReadiness, accountsReadinessMessages } from './readiness.js';
import { accountsAudit } from './audit.js';
import { eraseLate, eraseLateJobKind } from './use-cases/delete-account.js';
import { accountsPersonalData } from './personal-data.js';
import { accountsStatistics } from './statistics.js';

export const demoAdminEmail = 'admin@gorod.demo';

const demoResidents = [
  { email: 'anna.petrova@gorod.demo', displayName: 'Анна Петрова', district: 'admiralteysky' },
  { email: 'ivan.smirnov@gorod.demo', displayName: 'Иван Смирнов', district: 'vyborgsky' },
  { email: 'olga.kuznetsova@gorod.demo', displayName: 'Ольга Кузнецова', district: 'nevsky' },
  { email: 'dmitry.sokolov@gorod.demo', displayName: 'Дмитрий Соколов', district: 'primorsky' },
  { email: 'maria.ivanova@gorod.demo', displayName: 'Мария Иванова', district: 'moskovsky' },
  { email: 'alexey.volkov@gorod.demo', displayName: 'Алексей Волков', district: 'kalininsky' },
];

/** Demo staff: officials (each heads their department), a city moderator and a city-wide verifier of residents (the verification desk). */
const demoStaff = [
  {
    email: 'official.admiralteysky@gorod.demo',
    displayName: 'Елена Смирнова',
    role: 'official' as const,
    scopeType: 'department' as const,
    scopeId: 'admin-admiralteysky',
    head: true,
  },
  {
    email: 'official.nevsky@gorod.demo',
    displayName: 'Павел Орлов',
    role: 'official' as const,
    scopeType: 'department' as const,
    scopeId: 'admin-nevsky',
    head: true,
  },
  { email: 'moderator@gorod.demo', displayName: 'Модератор портала', role: 'moderator' as const, scopeType: 'city' as const, scopeId: null, head: false },
  { email: 'verifier@gorod.demo', displayName: 'Ирина Проверяющая', role: 'verifier' as const, scopeType: 'city' as const, scopeId: null, head: false },
];

let purgeTimer: NodeJS.Timeout | undefined;

/** Accounts: registration, e-mail confirmation, sessions, password reset, profiles, roles, the outbox. */
export const accountsModule = defineModule({
  name: 'accounts',
  personalData: accountsPersonalData,
  audit: accountsAudit,
  statistics: accountsStatistics,
  messages: { en: { ...accountMessages.en, ...accountsReadinessMessages.en }, ru: { ...accountMessages.ru, ...accountsReadinessMessages.ru } },
  readiness: accountsReadiness,
  routes: accountRoutes,
  jobs: { [eraseLateJobKind]: { run: (payload, ctx) => eraseLate(ctx, payload) } },
  entities: [{ type: 'person', describe: describePeople, pagePath: '/people/:id' }],

  async authenticate(request, ctx) {
    const token = request.cookies[sessionCookieName];
    if (!token || token.length > 200) return null;
    const resolved = await resolveSession(ctx.database.db, token);
    return resolved ? { actor: resolved.actor, csrfToken: resolved.csrfToken } : null;
  },

  async seedDemo(ctx, progress) {
    if (!(await findUserByEmail(ctx.database.db, demoAdminEmail))) {
      const password = `demo-${crypto.randomBytes(6).toString('base64url')}`;
      await createAdministrator(ctx, { email: demoAdminEmail, password, displayName: 'Администратор города' });
      progress(`Demo administrator: ${demoAdminEmail} / ${password}`);
      const residentPassword = `resident-${crypto.randomBytes(6).toString('base64url')}`;
      const passwordHash = await hashPassword(residentPassword);
      const known = new Set((await ctx.database.db.select({ id: districts.id }).from(districts)).map((d) => d.id));
      await ctx.database.db
        .insert(users)
        .values(
          demoResidents.map((r) => ({
            email: r.email,
            displayName: r.displayName,
            districtId: known.has(r.district) ? r.district : null,
            passwordHash,
            emailConfirmedAt: new Date(),
            verification: 'email' as const,
          })),
        )
        .onConflictDoNothing();
      progress(`Demo residents (${demoResidents.length}), e.g. ${demoResidents[0]!.email} / ${residentPassword}`);
      const knownDepartments = new Set((await ctx.database.db.select({ id: departments.id }).from(departments)).map((d) => d.id));
      const staff = demoStaff.filter((s) => s.scopeId === null || knownDepartments.has(s.scopeId));
      await ctx.database.db.transaction(async (tx) => {
        for (const s of staff) {
          const [user] = await tx
            .insert(users)
            .values({ email: s.email, displayName: s.displayName, passwordHash, emailConfirmedAt: new Date(), verification: 'email' })
            .onConflictDoNothing()
            .returning({ id: users.id });
          if (!user) continue;
          await tx.insert(roleGrants).values({ userId: user.id, role: s.role, scopeType: s.scopeType, scopeId: s.scopeId });
          if (s.head && s.scopeId) await tx.update(departments).set({ headUserId: user.id }).where(eq(departments.id, s.scopeId));
        }
      });
      progress(`Demo staff (same password): ${staff.map((s) => s.email).join(', ')}`);
    }
  },

  async figures(ctx) {
    const db = ctx.database.db;
    // one prepared statement: the home page asks on every visit
    const statement = preparedOnce(db, 'accounts_figures', '', (name) =>
      db
        .select({
          residents: sql<number>`count(*) filter (where ${users.emailConfirmedAt} is not null)::int`,
          residentsWithDistrict: sql<number>`count(*) filter (where ${users.emailConfirmedAt} is not null and ${users.districtId} is not null)::int`,
          verifiedResidents: sql<number>`count(*) filter (where ${users.verification} = 'verified')::int`,
        })
        .from(users)
        .prepare(name),
    );
    const [row] = await statement.execute();
    return {
      residents: Number(row?.residents ?? 0),
      residentsWithDistrict: Number(row?.residentsWithDistrict ?? 0),
      verifiedResidents: Number(row?.verifiedResidents ?? 0),
    };
  },

  start(ctx) {
    const purge = () => void purgeExpiredSessions(ctx.database.db).catch((err: unknown) => ctx.log.warn({ err }, 'session purge failed'));
    purgeTimer = setInterval(purge, 3600_000);
    purgeTimer.unref();
  },
  stop() {
    clearInterval(purgeTimer);
  },
});
