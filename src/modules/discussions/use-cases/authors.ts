import type { Executor } from '../../../core/db/client.js';
import { publicPeople } from '../../accounts/index.js';
import { departmentNames } from '../../city/index.js';
import type { HostGroup } from '../../groups/index.js';
import type { DiscussionRow } from '../db/queries.js';
import { hostsOf } from './common.js';

/** The author of something as anyone may see them; `official` when written in a department's role. */
export interface Person {
  id: string;
  displayName: string;
  districtId: string | null;
  official: { departmentId: string; nameRu: string; nameEn: string } | null;
}

/** The authors of several discussions, by discussion id (two queries whatever the number). */
export async function authorsOf(db: Executor, rows: DiscussionRow[]): Promise<Map<string, Person>> {
  const [people, departments] = await Promise.all([
    publicPeople(
      db,
      rows.map((r) => r.authorId),
    ),
    departmentNames(
      db,
      rows.map((r) => r.officialDepartmentId).filter((id): id is string => id !== null),
    ),
  ]);
  return new Map(
    rows.map((r) => {
      const p = people.get(r.authorId);
      const dep = r.officialDepartmentId ? departments.get(r.officialDepartmentId) : undefined;
      return [
        r.id,
        {
          id: r.authorId,
          displayName: p?.displayName ?? '',
          districtId: p?.districtId ?? null,
          official: r.officialDepartmentId && dep ? { departmentId: r.officialDepartmentId, nameRu: dep.nameRu, nameEn: dep.nameEn } : null,
        },
      ];
    }),
  );
}

/** A discussion as shown: its row, its author and the community it was opened in (null outside one). */
export interface ShownDiscussion {
  row: DiscussionRow;
  author: Person;
  group: HostGroup | null;
}

/** Discussions with their authors and communities (three queries whatever the number), in the rows' order. */
export async function shown(db: Executor, rows: DiscussionRow[]): Promise<ShownDiscussion[]> {
  const [authors, groups] = await Promise.all([authorsOf(db, rows), hostsOf(db, rows)]);
  return rows.map((row) => ({ row, author: authors.get(row.id)!, group: (row.groupId && groups.get(row.groupId)) || null }));
}
