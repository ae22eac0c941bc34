import { demoOrganisationName } from '../src/modules/groups/use-cases/seed-demo-groups.js';
import type { Lang } from './browser.js';
import { signIn } from './gorod-server.js';
import { apiAs, confirmedResident, strongPassword, type Session } from './helpers.js';
import { readMails, waitForLink } from './mail.js';

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

/** The demo NGO's owner (seeded by the groups module). */
const demoOrganisationOwner = 'maria.ivanova@gorod.demo';

/**
 * A fresh resident made an admin of the demo NGO, as people would: verified in person by the e2e administrator, they
 * ask to join; its owner, signed in after resetting her password through the mail link (the demo residents' password is
 * not known), approves them and makes them an admin. Her session serves only those two steps.
 */
export async function demoOrganisationAdmin(
  env: { baseURL: string; dataDir: string; adminSession: string },
  person: Person,
): Promise<{ groupId: string; groupName: string; admin: Session }> {
  const { baseURL, dataDir, adminSession } = env;
  const groups = await apiAs<{ items: { id: string; name: string }[] }>(baseURL, { cookie: '' }, 'GET', '/api/groups?kind=organisation&limit=50');
  const group = groups.items.find((g) => g.name === demoOrganisationName);
  if (!group) throw new Error(`the demo city has no organisation named ${demoOrganisationName}`);
  const admin = await confirmedResident(baseURL, dataDir, person);
  await apiAs(baseURL, { cookie: adminSession }, 'POST', '/api/verification/in-person', {
    userId: admin.id,
    documentNumber: `40${Math.floor(10 + Math.random() * 89)} ${Math.floor(100000 + Math.random() * 899999)}`,
    districtId: 'admiralteysky',
    birthDate: '1988-09-12',
  });
  await apiAs(baseURL, admin, 'POST', `/api/groups/${group.id}/join`, {});
  const post = (url: string, body: unknown) =>
    fetch(`${baseURL}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  // a reset mail of an earlier journey may be in the folder: only a new one counts
  const earlier = readMails(dataDir).map((m) => m.file);
  await post('/api/auth/password-reset/request', { email: demoOrganisationOwner });
  const { path } = await waitForLink(dataDir, demoOrganisationOwner, 'reset-password', { notIn: earlier });
  const password = strongPassword();
  const reset = await post('/api/auth/password-reset/confirm', { token: new URL(path, baseURL).searchParams.get('token'), password });
  if (!reset.ok) throw new Error(`resetting the demo NGO owner's password failed: ${reset.status} ${await reset.text()}`);
  const owner = await signIn(baseURL, demoOrganisationOwner, password);
  await apiAs(baseURL, owner, 'POST', `/api/groups/${group.id}/members/${admin.id}/approve`, {});
  await apiAs(baseURL, owner, 'POST', `/api/groups/${group.id}/members/${admin.id}/role`, { role: 'admin' });
  return { groupId: group.id, groupName: group.name, admin };
}
