/**
 * The kinds of department that answer a reason. A reason stores its kind; the city's routing
 * rules decide which department of that kind (which district's administration, which committee).
 */
export const reasonDepartmentKinds = [
  'district_administration',
  'improvement_committee',
  'roads_committee',
  'housing_committee',
  'energy_committee',
  'housing_inspection',
] as const;
export type ReasonDepartmentKind = (typeof reasonDepartmentKinds)[number];

export function isReasonDepartmentKind(v: string): v is ReasonDepartmentKind {
  return (reasonDepartmentKinds as readonly string[]).includes(v);
}

// Which kind answers what, by the «Наш СПб» source ids. Anything not listed goes to the district
// administration: in St Petersburg the district administrations (with their housing agencies and
// management companies) answer most messages; city committees own bridges and roads, parks and
// cemeteries, street lighting, capital repairs and housing supervision.
const kindByObject: Record<number, ReasonDepartmentKind> = {
  4: 'improvement_committee', // Парк, сад, бульвар, сквер
  6: 'improvement_committee', // Водный объект
  9: 'roads_committee', // Мост
  10: 'roads_committee', // Общественный транспорт
  11: 'roads_committee', // Остановка общественного транспорта
  21: 'improvement_committee', // Кладбище
};

const kindByCategory: Record<number, ReasonDepartmentKind> = {
  22: 'housing_committee', // Дом / Капитальный ремонт общего имущества
  25: 'housing_committee', // Дом / Аварийные дома
  9: 'housing_inspection', // Дом / Организационно-правовые вопросы
  20: 'housing_inspection', // Квартира / Организационно-правовые вопросы
  23: 'housing_inspection', // Дом / Нарушение правил пользования общим имуществом
  37: 'housing_inspection', // Дом / Нарушение порядка пользования общим имуществом
  53: 'energy_committee', // Улица / Повреждения или неисправность элементов уличной инфраструктуры
  54: 'energy_committee', // Двор / то же
  61: 'energy_committee', // Территория Санкт-Петербурга / то же (колодцы, люки)
  65: 'energy_committee', // Дом / Электроснабжение
};

const kindByReason: Record<number, ReasonDepartmentKind> = {
  9: 'roads_committee', // Повреждения дорожного покрытия проезжей части
  76: 'roads_committee', // Повреждения дорожных знаков
  78: 'roads_committee', // Повреждения или неисправность светофоров
  80: 'roads_committee', // Повреждения элементов дорожной разметки
  82: 'roads_committee', // Повреждения информационных знаков остановочных пунктов
  269: 'energy_committee', // Провисающие, оборванные провода на опорах освещения
  271: 'energy_committee', // Неисправно освещение, опора освещения повреждена
};

/** The department kind of a category from the source (by the category, else its object). */
export function categoryDepartmentKind(objectId: number, categoryId: number): ReasonDepartmentKind {
  return kindByCategory[categoryId] ?? kindByObject[objectId] ?? 'district_administration';
}

/** The department kind an imported reason starts with (administrators may change it). */
export function importedDepartmentKind(objectId: number, categoryId: number, reasonId: number): ReasonDepartmentKind {
  return kindByReason[reasonId] ?? categoryDepartmentKind(objectId, categoryId);
}
