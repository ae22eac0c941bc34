import type { AuditVocabulary } from '../../core/audit/present.js';
import {
  auditKinds,
  counted,
  departmentRef,
  districtRef,
  num,
  numbered,
  numberedLink,
  quoted,
  str,
  type ActionsOf,
  type AuditFacts,
  type AuditKind,
  type AuditText,
} from '../../core/audit/sentences.js';

const report = (e: AuditFacts) => numberedLink({ ru: 'обращение', en: 'report' }, e.subjectId, e.subjectId ? `/reports/${e.subjectId}` : null);
/** «ответ на обращение № 38» and the like need the same link with another word before the number. */
const reportAs = (ru: string, en: string) => (e: AuditFacts) => numberedLink({ ru, en }, e.subjectId, e.subjectId ? `/reports/${e.subjectId}` : null);
const reportParams = (e: AuditFacts) => ({ report: report(e), department: departmentRef(e.data.departmentId) });
const onReport = (sentence: AuditText, role: AuditKind['role'] = 'moderator'): AuditKind => ({ role, sentence, params: reportParams, shows: ['from', 'to'] });
const count = (n: unknown, ru: [string, string, string], en: [string, string]) => counted(num(n) ?? 0, ru, en);
const reports = (n: unknown) => count(n, ['обращение', 'обращения', 'обращений'], ['report', 'reports']);
const nameOf = (e: AuditFacts): AuditText => {
  const changes = (e.data.changes ?? {}) as Record<string, unknown>;
  const ru = str(e.data.nameRu) ?? str(changes.nameRu);
  const en = str(e.data.nameEn) ?? str(changes.nameEn) ?? ru;
  return ru ? quoted(ru, en ?? ru) : numbered(e.subjectId ?? '');
};
const department = (e: AuditFacts) => departmentRef(e.subjectId);

/** One classifier level's actions, created / updated / archived / unarchived, in words. */
function classifierKinds<L extends string>(level: L, word: { ru: string; en: string }) {
  const kind = (ru: string, en: string): AuditKind => ({ role: 'administrator', sentence: { ru, en }, params: (e) => ({ name: nameOf(e) }) });
  return {
    [`${level}.created`]: kind(`{actor} добавил в классификатор ${word.ru} {name}`, `{actor} added the ${word.en} {name} to the classifier`),
    [`${level}.updated`]: kind(`{actor} изменил ${word.ru} классификатора {name}`, `{actor} changed the classifier ${word.en} {name}`),
    [`${level}.archived`]: kind(`{actor} убрал в архив ${word.ru} классификатора {name}`, `{actor} archived the classifier ${word.en} {name}`),
    [`${level}.unarchived`]: kind(
      `{actor} вернул из архива ${word.ru} классификатора {name}`,
      `{actor} brought the classifier ${word.en} {name} back from the archive`,
    ),
  } as Record<`${L}.${'created' | 'updated' | 'archived' | 'unarchived'}`, AuditKind>;
}

/**
 * How reports, departments, the classifier and Open311 keys read in the public log. Reports link to their page,
 * departments and districts are named; an assignee is "an official", an API key is never named or shown by prefix.
 */
export const reportsAuditKinds = auditKinds({
  'report.approve': {
    role: 'moderator',
    sentence: (e) =>
      e.data.departmentId
        ? { ru: '{actor} одобрил {report} и направил его исполнителю {department}', en: '{actor} approved {report} and sent it to {department}' }
        : { ru: '{actor} одобрил {report}', en: '{actor} approved {report}' },
    params: reportParams,
    shows: ['from', 'to'],
  },
  'report.reject': onReport({ ru: '{actor} отклонил {report}', en: '{actor} rejected {report}' }),
  'report.duplicate': {
    role: 'moderator',
    sentence: { ru: '{actor} отметил {report} как повтор {original}', en: '{actor} marked {report} as a duplicate of {original}' },
    params: (e) => ({
      report: report(e),
      original: numberedLink({ ru: 'обращения', en: 'report' }, num(e.data.of), num(e.data.of) ? `/reports/${num(e.data.of)}` : null),
    }),
    shows: ['from', 'to', 'of'],
  },
  'report.not_competent': onReport({
    ru: '{actor} отметил, что {report} не в компетенции города',
    en: '{actor} marked {report} as outside the city’s competence',
  }),
  'report.publish_answer': {
    ...onReport({ ru: '{actor} опубликовал {answer}', en: '{actor} published {answer}' }),
    params: (e) => ({ answer: reportAs('ответ на обращение', 'the answer to report')(e) }),
  },
  'report.return_answer': {
    ...onReport({ ru: '{actor} вернул на доработку {answer}', en: '{actor} sent back {answer} for rework' }),
    params: (e) => ({ answer: reportAs('ответ на обращение', 'the answer to report')(e) }),
  },
  'report.take': onReport({ ru: '{actor} взял в работу {report}', en: '{actor} took {report} into work' }, 'official'),
  'report.answer': onReport({ ru: '{actor} ответил на {report}', en: '{actor} answered {report}' }, 'official'),
  'report.redirect': {
    role: 'official',
    sentence: { ru: '{actor} перенаправил {report} исполнителю {department}', en: '{actor} redirected {report} to {department}' },
    params: reportParams,
    shows: ['from', 'to'],
  },
  'report.confirm': {
    ...onReport({ ru: 'Житель подтвердил, что проблема по {report} решена', en: 'The resident confirmed that the problem in {report} is solved' }, 'resident'),
    params: (e) => ({ report: reportAs('обращению', 'report')(e) }),
  },
  'report.dispute': {
    ...onReport({ ru: 'Житель оспорил {answer}', en: 'The resident disputed {answer}' }, 'resident'),
    params: (e) => ({ answer: reportAs('ответ на обращение', 'the answer to report')(e) }),
  },
  'report.auto_close': {
    ...onReport({ ru: '{Report} закрыто: житель не оспорил ответ в срок', en: '{Report} was closed: the resident did not dispute the answer in time' }),
    params: (e) => ({ Report: reportAs('Обращение', 'Report')(e) }),
  },
  'report.assigned': {
    role: 'official',
    sentence: (e) =>
      e.data.assigneeId
        ? { ru: '{actor} поручил {report} сотруднику', en: '{actor} assigned {report} to an official' }
        : { ru: '{actor} снял исполнителя-сотрудника с {report2}', en: '{actor} unassigned {report}' },
    params: (e) => ({ report: report(e), report2: reportAs('обращения', 'report')(e) }),
  },

  'department.created': {
    role: 'administrator',
    sentence: { ru: '{actor} добавил исполнителя {department}', en: '{actor} added the department {department}' },
    params: (e) => ({ department: department(e) }),
    shows: ['kind'],
  },
  'department.updated': {
    role: 'administrator',
    sentence: { ru: '{actor} изменил сведения об исполнителе {department}', en: '{actor} changed the details of {department}' },
    params: (e) => ({ department: department(e) }),
    shows: ['fields'],
  },
  'department.merged': {
    role: 'administrator',
    sentence: {
      ru: '{actor} объединил исполнителя {department} с {into} (перенесено {reports})',
      en: '{actor} merged {department} into {into} ({reports} moved)',
    },
    params: (e) => ({ department: department(e), into: departmentRef(e.data.intoId), reports: reports(e.data.reports) }),
    shows: ['intoId', 'reports', 'routingRules'],
  },
  'department.retired': {
    role: 'administrator',
    sentence: { ru: '{actor} вывел из работы исполнителя {department}', en: '{actor} retired {department}' },
    params: (e) => ({ department: department(e) }),
  },
  'department.restored': {
    role: 'administrator',
    sentence: { ru: '{actor} вернул в работу исполнителя {department}', en: '{actor} brought {department} back into service' },
    params: (e) => ({ department: department(e) }),
  },
  'department.deleted': {
    role: 'administrator',
    sentence: { ru: '{actor} удалил исполнителя {name}', en: '{actor} deleted the department {name}' },
    params: (e) => ({ name: nameOf(e) }),
    shows: ['nameRu', 'nameEn', 'kind'],
  },
  'department.imported': {
    role: 'administrator',
    unattended: 'command_line',
    sentence: {
      ru: '{actor} загрузил список исполнителей: новых — {created}, изменено — {updated}, без изменений — {unchanged}',
      en: '{actor} imported the list of departments: {created} new, {updated} changed, {unchanged} unchanged',
    },
    params: (e) => ({ created: num(e.data.created) ?? 0, updated: num(e.data.updated) ?? 0, unchanged: num(e.data.unchanged) ?? 0 }),
    shows: ['created', 'updated', 'unchanged'],
  },

  'routing_rule.created': {
    role: 'administrator',
    sentence: (e) =>
      e.data.districtId
        ? {
            ru: '{actor} добавил правило: обращения ({district}) направляются исполнителю {department}',
            en: '{actor} added a rule sending reports in {district} to {department}',
          }
        : { ru: '{actor} добавил правило: обращения направляются исполнителю {department}', en: '{actor} added a rule sending reports to {department}' },
    params: (e) => ({ department: departmentRef(e.data.departmentId), district: districtRef(e.data.districtId) }),
    shows: ['reasonId', 'categoryId', 'districtId', 'departmentId'],
  },
  'routing_rule.deleted': {
    role: 'administrator',
    sentence: { ru: '{actor} удалил правило, направлявшее обращения исполнителю {department}', en: '{actor} deleted a rule that sent reports to {department}' },
    params: (e) => ({ department: departmentRef(e.data.departmentId) }),
    shows: ['reasonId', 'categoryId', 'districtId', 'departmentId'],
  },
  'rejection_reason.created': {
    role: 'administrator',
    sentence: { ru: '{actor} добавил причину отказа {text}', en: '{actor} added the rejection reason {text}' },
    params: (e) => ({ text: quoted(str(e.data.textRu) ?? '') }),
    shows: ['textRu'],
  },
  'rejection_reason.updated': {
    role: 'administrator',
    sentence: { ru: '{actor} изменил причину отказа № {id}', en: '{actor} changed rejection reason No. {id}' },
    params: (e) => ({ id: e.subjectId }),
  },
  'answer_template.created': {
    role: 'official',
    sentence: { ru: '{actor} добавил шаблон ответа {title}', en: '{actor} added the answer template {title}' },
    params: (e) => ({ title: quoted(str(e.data.title) ?? '') }),
    shows: ['title', 'departmentId'],
  },
  'answer_template.updated': {
    role: 'official',
    sentence: { ru: '{actor} изменил шаблон ответа № {id}', en: '{actor} changed answer template No. {id}' },
    params: (e) => ({ id: e.subjectId }),
  },
  'answer_template.deleted': {
    role: 'official',
    sentence: { ru: '{actor} удалил шаблон ответа {title}', en: '{actor} deleted the answer template {title}' },
    params: (e) => ({ title: quoted(str(e.data.title) ?? '') }),
    shows: ['title', 'departmentId'],
  },
  ...classifierKinds('classifier_object', { ru: 'объект', en: 'object' }),
  ...classifierKinds('classifier_category', { ru: 'категорию', en: 'category' }),
  ...classifierKinds('classifier_reason', { ru: 'проблему', en: 'problem type' }),
  'classifier.imported': {
    role: 'administrator',
    unattended: 'command_line',
    sentence: { ru: '{actor} загрузил классификатор проблем', en: '{actor} imported the classifier of problems' },
    shows: ['objects', 'categories', 'reasons'],
  },
  'api_key.created': {
    role: 'administrator',
    unattended: 'command_line',
    sentence: { ru: '{actor} выдал новый ключ доступа к Open311 API', en: '{actor} issued a new Open311 API key' },
  },
  'api_key.revoked': {
    role: 'administrator',
    unattended: 'command_line',
    sentence: { ru: '{actor} отозвал ключ доступа к Open311 API', en: '{actor} revoked an Open311 API key' },
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof reportsAuditKinds> {}
}

export const reportsAudit: AuditVocabulary = { kinds: reportsAuditKinds };
