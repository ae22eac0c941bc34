import { lastChange, type Dataset } from '../../core/module/datasets.js';
import type { ModuleContext } from '../../core/module/module.js';
import { monitorMonths } from './db/schema.js';

/** The social-performance monitor's months (aggregates of at least ten people), for the open-data catalogue. */
export async function monitorDatasets(ctx: ModuleContext): Promise<Dataset[]> {
  return [
    {
      id: 'monitor',
      title: { ru: 'Мониторинг социальной результативности', en: 'Social performance monitor' },
      description: {
        ru: 'Шесть показателей платформы по месяцам (доверие, полезность, рекомендации, участие, связи с сообществом, вклад); показатель, за которым меньше десяти человек, не публикуется.',
        en: 'The platform’s six measures by month (trust, usefulness, recommendation, participation, community ties, contribution); a figure with fewer than ten people behind it is withheld.',
      },
      format: 'JSON',
      path: '/api/monitor',
      licence: 'CC-BY-4.0',
      schema: { component: 'Monitor' },
      updatedAt: await lastChange(ctx.database.db, monitorMonths.computedAt),
    },
  ];
}
