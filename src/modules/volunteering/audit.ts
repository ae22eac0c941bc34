import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, departmentRef, str, type ActionsOf, type AuditFacts, type AuditLink } from '../../core/audit/sentences.js';

const project = (e: AuditFacts): AuditLink => {
  const title = str(e.data.title) ?? '';
  return { text: { ru: `«${title}»`, en: `“${title}”` }, href: e.subjectId ? `/volunteering/${e.subjectId}` : null };
};

/** How volunteering's official acts read in the public log (the volunteer's name never: hours are counted, not named). */
export const volunteeringAuditKinds = auditKinds({
  'volunteer.project_created': {
    role: 'official',
    sentence: { ru: '{actor} объявил волонтёрский проект {project} ({department})', en: '{actor} announced the volunteering project {project} ({department})' },
    params: (e) => ({ project: project(e), department: departmentRef(e.data.departmentId) }),
    shows: ['organisationName'],
  },
  'volunteer.hours_confirmed': {
    role: 'official',
    sentence: { ru: '{actor} подтвердил часы волонтёра в проекте {project}', en: '{actor} confirmed a volunteer’s hours in {project}' },
    params: (e) => ({ project: project(e) }),
    shows: ['minutes'],
  },
  'volunteer.project_changed': {
    role: 'official',
    sentence: { ru: '{actor} изменил волонтёрский проект {project}', en: '{actor} changed the volunteering project {project}' },
    params: (e) => ({ project: project(e) }),
    shows: ['previousTitle'],
  },
  'volunteer.project_cancelled': {
    role: 'official',
    sentence: { ru: '{actor} отменил волонтёрский проект {project}', en: '{actor} cancelled the volunteering project {project}' },
    params: (e) => ({ project: project(e) }),
    shows: ['reason'],
  },
  'volunteer.shift_changed': {
    role: 'official',
    sentence: { ru: '{actor} изменил смену в проекте {project}', en: '{actor} changed a shift of {project}' },
    params: (e) => ({ project: project(e) }),
    shows: ['startsAt', 'capacity'],
  },
  'volunteer.shift_cancelled': {
    role: 'official',
    sentence: { ru: '{actor} отменил смену в проекте {project}', en: '{actor} cancelled a shift of {project}' },
    params: (e) => ({ project: project(e) }),
    shows: ['startsAt', 'reason'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof volunteeringAuditKinds> {}
}

export const volunteeringAudit: AuditVocabulary = { kinds: volunteeringAuditKinds };
