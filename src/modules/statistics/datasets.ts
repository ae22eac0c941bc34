import { lastChange, type Dataset } from '../../core/module/datasets.js';
import type { ModuleContext } from '../../core/module/module.js';
import { statisticsSnapshots } from './db/schema.js';

/** Participation statistics, with each district's population they divide by (its year and source), for the open-data catalogue. */
export async function statisticsDatasets(ctx: ModuleContext): Promise<Dataset[]> {
  return [
    {
      id: 'statistics',
      title: { ru: 'Статистика участия', en: 'Participation statistics' },
      description: {
        ru: 'По городу и районам: зарегистрированные, подтверждённые и активные жители против населения (с годом и источником), обращения, голоса, ответы на опросы, подписи, идеи, посещения, волонтёрские часы и «выполнено ÷ предложено»; группы меньше десяти человек — «< 10».',
        en: 'For the city and each district: registered, verified and active residents against the population (with its year and source), reports, ballots, poll responses, supports, ideas, attendance, volunteering hours and implemented ÷ proposed; groups under ten people are “< 10”.',
      },
      format: 'JSON',
      path: '/api/statistics',
      licence: 'CC-BY-4.0',
      schema: { component: 'Statistics' },
      updatedAt: await lastChange(ctx.database.db, statisticsSnapshots.computedAt),
    },
  ];
}
