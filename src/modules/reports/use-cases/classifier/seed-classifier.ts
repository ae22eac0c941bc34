import { count } from 'drizzle-orm';
import { departments, districts } from '../../../../core/city/schema.js';
import type { ModuleContext, Progress } from '../../../../core/module/module.js';
import { answerTemplates, classifierCategories, classifierReasons, rejectionReasons, routingRules } from '../../db/schema.js';
import { demoRoutingRules, type KindDepartments } from '../../domain/routing-seed.js';
import { importClassifier, readClassifierEnglishFile, readClassifierFile } from './import-classifier.js';
import { fromRoot } from '../../../../core/paths.js';

/** The real «Наш СПб» classifier shipped in data/ (see data/SOURCES.md). */
export const classifierFile = fromRoot('data', 'spb_our_spb_classifier_api_v4.json');
/** Its English names, help texts and season messages, translated by the project (data/SOURCES.md). */
export const classifierEnglishFile = fromRoot('data', 'spb_our_spb_classifier_en.json');

/** The demo city's departments per kind (ids from the city module's seed). */
export const demoKindDepartments: KindDepartments = {
  districtAdministration: (districtId) => `admin-${districtId}`,
  committees: {
    improvement_committee: 'committee-improvement',
    roads_committee: 'committee-roads',
    housing_committee: 'housing-committee',
    energy_committee: 'committee-energy',
    housing_inspection: 'state-housing-inspection',
  },
  fallback: 'committee-improvement',
};

const demoRejectionReasons: [string, string][] = [
  [
    'Сообщение не описывает проблему: уточните, что именно и где требуется исправить.',
    'The message does not describe a problem: say what needs fixing and where.',
  ],
  ['Фотография не подтверждает проблему или сделана в другом месте.', 'The photo does not show the problem or was taken elsewhere.'],
  [
    'Проблема не соответствует выбранной причине: подайте сообщение по подходящей причине.',
    'The problem does not match the chosen reason: report it under the right one.',
  ],
  ['Не удалось определить место: точка на карте и адрес не совпадают.', 'The place cannot be identified: the map point and the address disagree.'],
  ['В одном сообщении несколько разных проблем: подайте отдельное сообщение по каждой.', 'One message describes several problems: report each one separately.'],
  ['Сообщение содержит оскорбления или нецензурную лексику.', 'The message contains insults or obscene language.'],
  ['Сообщение содержит персональные данные других людей.', 'The message contains other people’s personal data.'],
  ['Фотография сделана давно: приложите снимок текущего состояния.', 'The photo is old: attach one of the current state.'],
  [
    'Это обращение, а не сообщение о проблеме: направьте его через электронную приёмную.',
    'This is a petition, not a problem report: send it through the e-reception.',
  ],
];

const demoAnswerTemplates: { departmentId: string | null; title: string; text: string }[] = [
  { departmentId: null, title: 'Проблема устранена', text: 'Проблема устранена. Фотографии выполненных работ приложены. Благодарим за сообщение.' },
  {
    departmentId: null,
    title: 'Работы запланированы',
    text: 'Работы включены в план и будут выполнены в ближайший благоприятный период. О выполнении сообщим дополнительно.',
  },
  {
    departmentId: null,
    title: 'Передано управляющей организации',
    text: 'Сообщение передано управляющей организации для устранения. Контроль выполнения ведёт администрация района.',
  },
  {
    departmentId: 'committee-roads',
    title: 'Покрытие восстановлено',
    text: 'Повреждение дорожного покрытия устранено ямочным ремонтом. Капитальный ремонт участка предусмотрен адресной программой.',
  },
  {
    departmentId: 'committee-improvement',
    title: 'Территория убрана',
    text: 'Территория убрана, мусор вывезен. Подрядной организации указано на недопустимость нарушений графика уборки.',
  },
  { departmentId: 'committee-energy', title: 'Освещение восстановлено', text: 'Наружное освещение восстановлено: заменены вышедшие из строя светильники.' },
];

const isEmpty = async (ctx: ModuleContext, table: typeof routingRules | typeof rejectionReasons | typeof answerTemplates) =>
  Number((await ctx.database.db.select({ n: count() }).from(table))[0]?.n ?? 0) === 0;

/**
 * Demo city: the real classifier with its English names (re-imported on every seed: idempotent,
 * keeps administrators' deadlines, kinds, seasons and English names), and — only while their tables are empty, so an administrator's
 * deletions stay deleted — routing rules for every district and plausible committees, the
 * rejection dictionary and answer templates.
 */
export async function seedClassifier(ctx: ModuleContext, progress: Progress): Promise<void> {
  const data = readClassifierFile(classifierFile);
  const english = readClassifierEnglishFile(classifierEnglishFile);
  const db = ctx.database.db;
  const summary = await db.transaction((tx) => importClassifier(tx, data, () => undefined, english));
  progress(`Classifier: ${summary.objects} objects, ${summary.categories} categories, ${summary.reasons} reasons (${summary.archived} archived)`);

  if (await isEmpty(ctx, routingRules)) {
    const districtIds = (await db.select({ id: districts.id }).from(districts)).map((d) => d.id);
    const known = new Set((await db.select({ id: departments.id }).from(departments)).map((d) => d.id));
    const categories = await db.select({ id: classifierCategories.id, objectId: classifierCategories.objectId }).from(classifierCategories);
    const reasons = await db
      .select({ id: classifierReasons.id, categoryId: classifierReasons.categoryId, departmentKind: classifierReasons.departmentKind })
      .from(classifierReasons);
    const rules = demoRoutingRules({ districtIds, categories, reasons }, demoKindDepartments).filter((r) => known.has(r.departmentId));
    if (rules.length) await db.insert(routingRules).values(rules).onConflictDoNothing();
    progress(`Routing rules: ${rules.length}`);
  }
  if (await isEmpty(ctx, rejectionReasons)) {
    await db.insert(rejectionReasons).values(demoRejectionReasons.map(([textRu, textEn], i) => ({ textRu, textEn, position: i + 1 })));
  }
  if (await isEmpty(ctx, answerTemplates)) {
    const known = new Set((await db.select({ id: departments.id }).from(departments)).map((d) => d.id));
    await db.insert(answerTemplates).values(demoAnswerTemplates.filter((t) => t.departmentId === null || known.has(t.departmentId)));
  }
}
