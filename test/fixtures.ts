import crypto from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Role } from '../src/core/auth/actor.js';
import { AppError } from '../src/core/http/errors.js';
import type { Database, Executor } from '../src/core/db/client.js';
import type { App, ModuleContext } from '../src/core/module/module.js';
import { grantRole as grantRoleAsCommandLine } from '../src/modules/accounts/use-cases/manage-roles.js';
import { classifierCategories, classifierObjects, classifierReasons } from '../src/modules/reports/db/schema.js';
import { signedInResident, type TestClient } from './http-client.js';
import { verifyResident } from './verified.js';

/** What the fixtures need of a test app (see test/db.ts testApp). */
export interface FixtureApp {
  app: App;
  ctx: ModuleContext;
  database: Database;
}

/** Where a role holds: the whole city (no scope), one district or one department. */
export type RoleScope = { district: string } | { department: string };

/** A role for `person()`: a city-wide role by name, or a role with its district or department. */
export type RoleSpec = Role | ({ role: Role } & RoleScope);

export interface PersonOptions {
  /** Defaults to a unique address. */
  email?: string;
  /** The language of the client (Accept-Language); defaults to English. */
  lang?: 'ru' | 'en';
  roles?: readonly RoleSpec[];
  /** A verified resident (in person, as a verifier would record it); the district defaults to admiralteysky, the birth date to 1990-05-17. */
  verified?: true | { districtId?: string | null; birthDate?: string | null };
}

export interface TestPerson {
  client: TestClient;
  userId: string;
  email: string;
}

let people = 0;

/**
 * A person for a database test: registered and confirmed through the real routes and signed in
 * (the client keeps the session and the CSRF token), with roles granted and a verification recorded
 * through the modules' own functions — the way an administrator and a verifier would, audited alike.
 *
 *     const official = await person(t, { roles: [{ role: 'official', department: 'committee-roads' }] });
 *     const voter = await person(t, { verified: { districtId: 'nevsky' }, lang: 'ru' });
 */
export async function person(t: FixtureApp, opts: PersonOptions = {}): Promise<TestPerson> {
  const email = opts.email ?? `person-${++people}-${crypto.randomBytes(3).toString('hex')}@gorod.test`;
  const { client, userId } = await signedInResident(t.app, t.database, email, opts.lang ?? 'en');
  for (const spec of opts.roles ?? []) {
    if (typeof spec === 'string') await grantRole(t, userId, spec);
    else await grantRole(t, userId, spec.role, 'district' in spec ? { district: spec.district } : { department: spec.department });
  }
  if (opts.verified) await verifyResident(t.database, userId, opts.verified === true ? {} : opts.verified);
  return { client, userId, email };
}

/**
 * Grants a role through the accounts module (as the command line does: audited, the scope must
 * exist). A role the person already holds is left as it is.
 */
export async function grantRole(t: Pick<FixtureApp, 'ctx'>, userId: string, role: Role, scope?: RoleScope): Promise<void> {
  const grant = !scope
    ? { role, scopeType: 'city' as const, scopeId: null }
    : 'district' in scope
      ? { role, scopeType: 'district' as const, scopeId: scope.district }
      : { role, scopeType: 'department' as const, scopeId: scope.department };
  try {
    await grantRoleAsCommandLine(t.ctx, null, userId, grant);
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'role_already_granted')) throw err;
  }
}

/**
 * The reasons any signed-in resident may file today with no more than a point and a text: active (with their
 * category and object), all year, public, no verification and no extra fields — by id; some require a photo.
 */
export function fileableReasons(db: Executor) {
  return db
    .select({
      id: classifierReasons.id,
      categoryId: classifierReasons.categoryId,
      nameRu: classifierReasons.nameRu,
      nameEn: classifierReasons.nameEn,
      photoRequired: classifierReasons.photoRequired,
    })
    .from(classifierReasons)
    .innerJoin(classifierCategories, eq(classifierCategories.id, classifierReasons.categoryId))
    .innerJoin(classifierObjects, eq(classifierObjects.id, classifierCategories.objectId))
    .where(
      and(
        eq(classifierReasons.archived, false),
        eq(classifierCategories.archived, false),
        eq(classifierObjects.archived, false),
        eq(classifierReasons.verifiedRequired, false),
        eq(classifierReasons.isPublic, true),
        sql`${classifierReasons.seasonFrom} is null`,
        sql`${classifierReasons.extraFields} = '[]'::jsonb`,
      ),
    )
    .orderBy(asc(classifierReasons.id));
}
