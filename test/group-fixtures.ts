import { groupBans, groupMembers, groups } from '../src/modules/groups/db/schema.js';
import type { GroupKind } from '../src/modules/groups/domain/groups.js';
import type { FixtureApp } from './fixtures.js';

/**
 * An active group written straight into the tables, as an administrator's verification would leave it: its owner,
 * admins, plain members and banned admins (an admin row whose person is banned, as a ban leaves a former admin). For
 * the tests of modules that let a group's admins act on its behalf (volunteering, charity, events).
 */
export async function groupWith(
  t: FixtureApp,
  opts: {
    kind?: GroupKind;
    verified?: boolean;
    name?: string;
    owner: string;
    admins?: string[];
    members?: string[];
    bannedAdmins?: string[];
  },
): Promise<string> {
  const db = t.database.db;
  const kind = opts.kind ?? 'organisation';
  const verified = opts.verified ?? true;
  const [row] = await db
    .insert(groups)
    .values({
      kind,
      name: opts.name ?? `Организация ${Math.random().toString(36).slice(2, 8)}`,
      description: 'Некоммерческая организация для теста.',
      districtId: 'admiralteysky',
      status: 'active',
      verifiedAt: verified ? new Date() : null,
      verifiedBy: verified ? opts.owner : null,
      createdBy: opts.owner,
    })
    .returning({ id: groups.id });
  const groupId = row!.id;
  const admins = [...(opts.admins ?? []), ...(opts.bannedAdmins ?? [])];
  await db
    .insert(groupMembers)
    .values([
      { groupId, userId: opts.owner, role: 'owner', state: 'member' },
      ...admins.map((userId) => ({ groupId, userId, role: 'admin' as const, state: 'member' as const })),
      ...(opts.members ?? []).map((userId) => ({ groupId, userId, role: 'member' as const, state: 'member' as const })),
    ]);
  for (const userId of opts.bannedAdmins ?? []) await db.insert(groupBans).values({ groupId, userId, reason: 'Нарушение правил', bannedBy: opts.owner });
  return groupId;
}
