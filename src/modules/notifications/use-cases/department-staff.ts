import { eq } from 'drizzle-orm';
import { departments } from '../../../core/city/schema.js';
import type { Executor } from '../../../core/db/client.js';
import { listStaff } from '../../accounts/index.js';

/** The accounts holding the official role in a department (none without one). */
export async function departmentOfficials(db: Executor, departmentId: string | null | undefined): Promise<string[]> {
  if (!departmentId) return [];
  return (await listStaff(db, { role: 'official', scopeId: departmentId })).map((p) => p.id);
}

/** A department's name and head (escalations go to the head), or undefined. */
export async function departmentFacts(db: Executor, departmentId: string | null | undefined) {
  if (!departmentId) return undefined;
  const [d] = await db
    .select({ nameRu: departments.nameRu, nameEn: departments.nameEn, headUserId: departments.headUserId })
    .from(departments)
    .where(eq(departments.id, departmentId))
    .limit(1);
  return d;
}
