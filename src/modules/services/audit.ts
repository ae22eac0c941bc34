import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, num, str, type ActionsOf, type AuditFacts, type AuditLink } from '../../core/audit/sentences.js';

const service = (e: AuditFacts): AuditLink => {
  const title = str(e.data.title) ?? '';
  return { text: { ru: `«${title}»`, en: `“${title}”` }, href: e.subjectId ? `/services/${e.subjectId}` : null };
};
const role = (e: AuditFacts): AuditLink => {
  const name = str(e.data.name) ?? '';
  const key = str(e.data.key);
  return { text: { ru: `«${name}»`, en: `“${name}”` }, href: key ? `/services/roles/${key}` : null };
};

/** How administrators' acts on the services catalogue read in the public log. */
export const servicesAuditKinds = auditKinds({
  'services.service_created': {
    role: 'administrator',
    sentence: { ru: '{actor} добавил услугу {service}', en: '{actor} added the service {service}' },
    params: (e) => ({ service: service(e) }),
    shows: ['key', 'roles'],
  },
  'services.service_changed': {
    role: 'administrator',
    sentence: { ru: '{actor} изменил услугу {service}', en: '{actor} changed the service {service}' },
    params: (e) => ({ service: service(e) }),
    shows: ['key', 'roles'],
  },
  'services.role_created': {
    role: 'administrator',
    sentence: { ru: '{actor} добавил жизненную роль {role}', en: '{actor} added the life role {role}' },
    params: (e) => ({ role: role(e) }),
    shows: ['key'],
  },
  'services.role_changed': {
    role: 'administrator',
    sentence: { ru: '{actor} изменил жизненную роль {role}', en: '{actor} changed the life role {role}' },
    params: (e) => ({ role: role(e) }),
    shows: ['key'],
  },
  'services.imported': {
    role: 'administrator',
    unattended: 'command_line',
    sentence: {
      ru: '{actor} загрузил каталог услуг: ролей {roles}, услуг {services}',
      en: '{actor} imported the services catalogue: {roles} roles, {services} services',
    },
    params: (e) => ({ roles: num(e.data.roles) ?? 0, services: num(e.data.services) ?? 0 }),
    shows: ['roles', 'services'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof servicesAuditKinds> {}
}

export const servicesAudit: AuditVocabulary = { kinds: servicesAuditKinds };
