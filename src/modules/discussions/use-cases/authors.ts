import type { Executor } from '../../../core/db/client.js';
import { publicPeople } from '../../accounts/index.js';
import { departmentNames } from '../../city/index.js';
import type { DiscussionRow } from '../db/queries.js';

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
