import { lastChange, type Dataset } from '../../core/module/datasets.js';
import type { ModuleContext } from '../../core/module/module.js';
import { initiatives } from './db/schema.js';

/** The public initiatives with their state, supports and answers, for the open-data catalogue. */
export async function initiativeDatasets(ctx: ModuleContext): Promise<Dataset[]> {
  return [
    {
      id: 'initiatives',
      title: { ru: 'Инициативы жителей', en: 'Residents’ initiatives' },
      description: {
        ru: 'Публичные инициативы: требование, уровень, этап, число подписей и порог, ответ исполнителя.',
        en: 'Public initiatives: the demand, its scope, stage, supports against the threshold, the department’s answer.',
      },
      format: 'JSON',
      path: '/api/initiatives',
      licence: 'CC-BY-4.0',
      schema: { component: 'InitiativeList' },
      updatedAt: await lastChange(ctx.database.db, initiatives.updatedAt),
    },
  ];
}
