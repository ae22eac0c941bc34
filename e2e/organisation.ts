import type { Lang } from './browser.js';
import { apiAs, confirmedResident, type Session } from './helpers.js';

/** A person of a journey's organisation: their name, language and the label of their e-mail address. */
interface Person {
  displayName: string;
  language: Lang;
  label: string;
}

/**
 * A verified organisation's community for a journey, made through the API as people would: its owner and a co-admin
 * are residents verified in person, the owner creates the organisation, the e2e administrator verifies it, and the
 * co-admin joins and is made an admin.
 */
export async function verifiedOrganisation(
  env: { baseURL: string; dataDir: string; adminSession: string },
  org: { name: string; description: string; registrationNumber: string; owner: Person; coadmin: Person },
): Promise<{ groupId: string; owner: Session; coadmin: Session }> {
  const { baseURL, dataDir, adminSession } = env;
  const owner = await confirmedResident(baseURL, dataDir, org.owner);
  const coadmin = await confirmedResident(baseURL, dataDir, org.coadmin);
  for (const p of [owner, coadmin]) {
    await apiAs(baseURL, { cookie: adminSession }, 'POST', '/api/verification/in-person', {
      userId: p.id,
      documentNumber: `40${Math.floor(10 + Math.random() * 89)} ${Math.floor(100000 + Math.random() * 899999)}`,
      districtId: 'admiralteysky',
      birthDate: '1984-05-06',
    });
  }
  const group = await apiAs<{ id: string }>(baseURL, owner, 'POST', '/api/groups', {
    kind: 'organisation',
    name: org.name,
    description: org.description,
    registrationNumber: org.registrationNumber,
  });
  await apiAs(baseURL, { cookie: adminSession }, 'POST', `/api/groups/${group.id}/verify`, { approve: true });
  await apiAs(baseURL, coadmin, 'POST', `/api/groups/${group.id}/join`, {});
  await apiAs(baseURL, owner, 'POST', `/api/groups/${group.id}/members/${coadmin.id}/role`, { role: 'admin' });
  return { groupId: group.id, owner, coadmin };
}
