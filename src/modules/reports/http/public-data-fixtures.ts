import type { Executor } from '../../../core/db/client.js';
import { classifierCategories, classifierObjects, classifierReasons, routingRules } from '../db/schema.js';

/**
 * A small classifier of its own for the Open311 and public-data tests (ids far above the imported
 * ones): deterministic names, one reason with extra fields, one archived; everything routes to the
 * roads committee.
 */
export const testReasons = { pothole: 990001, leak: 990002, archived: 990003 } as const;
export const testCategory = 990001;
export const testCategory2 = 990002;
/** A point in the Admiralteysky district. */
export const inCity = { lat: 59.9256, lon: 30.296 } as const;

export async function insertTestClassifier(db: Executor): Promise<void> {
  await db.insert(classifierObjects).values({ id: 990001, nameRu: 'Улица', nameEn: 'Street' });
  await db.insert(classifierCategories).values([
    { id: testCategory, objectId: 990001, nameRu: 'Дороги', nameEn: 'Roads' },
    { id: testCategory2, objectId: 990001, nameRu: 'Освещение', nameEn: 'Lighting' },
  ]);
  await db.insert(classifierReasons).values([
    {
      id: testReasons.pothole,
      categoryId: testCategory,
      nameRu: 'Яма на тротуаре',
      nameEn: 'Pothole on the pavement',
      helpText: 'A hole in the pavement',
      photoRequired: true,
    },
    {
      id: testReasons.leak,
      categoryId: testCategory,
      nameRu: 'Протечка в парадной',
      nameEn: 'Leak in the entrance',
      helpText: 'Water in the entrance',
      extraFields: [
        { name: 'stairs', required: true },
        { name: 'apartment', required: false },
      ],
    },
    { id: testReasons.archived, categoryId: testCategory, nameRu: 'Старая причина (искл.)', nameEn: 'Old reason', archived: true },
    { id: 990004, categoryId: testCategory2, nameRu: 'Не горит фонарь', nameEn: 'Street light out' },
  ]);
  await db.insert(routingRules).values({ categoryId: testCategory, departmentId: 'committee-roads' });
  await db.insert(routingRules).values({ categoryId: testCategory2, departmentId: 'committee-energy' });
}
