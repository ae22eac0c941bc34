// What the volunteering journeys share: an official of the Admiralteysky district administration (English) and a
// volunteer (Russian), both confirmed and signed in, and a project the official announces in Nikolsky Square.
import crypto from 'node:crypto';
import type { Lang } from './browser.js';
import { apiAs, confirmedResident, grantRoleAs, type Session } from './helpers.js';

/** Where the journeys' shifts take place: a point in the Admiralteysky district. */
const nikolskySquare = { lat: 59.9187, lon: 30.288, address: 'Никольский сквер' };

/** A shift as the official gives it, in Nikolsky Square: `ms` long, gloves to bring. */
export const squareShift = (title: string, startsAt: Date, ms: number, capacity: number) => ({
  title,
  startsAt: startsAt.toISOString(),
  endsAt: new Date(startsAt.getTime() + ms).toISOString(),
  ...nikolskySquare,
  capacity,
  bring: 'Перчатки',
});

/** The people of a journey: the organiser and the volunteer, and a tag that makes the journey's titles its own. */
export interface VolunteeringCast {
  tag: string;
  official: Session;
  volunteer: Session;
}

/**
 * An official of admin-admiralteysky (granted by the e2e administrator) and a volunteer, each a confirmed resident
 * with a session, named as the journey tells its story.
 */
export async function volunteeringCast(
  env: { baseURL: string; dataDir: string; adminSession: string },
  names: { official: string; volunteer: string; label: string },
): Promise<VolunteeringCast> {
  const person = (displayName: string, language: Lang, label: string) => confirmedResident(env.baseURL, env.dataDir, { displayName, language, label });
  const official = await person(names.official, 'en', `${names.label}-official`);
  await grantRoleAs(env.baseURL, env.adminSession, official.id, { role: 'official', scopeType: 'department', scopeId: 'admin-admiralteysky' });
  const volunteer = await person(names.volunteer, 'ru', `${names.label}-volunteer`);
  return { tag: crypto.randomBytes(3).toString('hex'), official, volunteer };
}

/** The official announces a project of admin-admiralteysky in the Admiralteysky district; its id and its shifts' ids. */
export async function announceProject(
  baseURL: string,
  official: Session,
  project: { title: string; description: string; shifts: ReturnType<typeof squareShift>[] },
): Promise<{ id: string; shifts: { id: string }[] }> {
  return apiAs(baseURL, official, 'POST', '/api/volunteering/projects', { ...project, districtId: 'admiralteysky', departmentId: 'admin-admiralteysky' }, 201);
}
