import { lastChange, type Dataset } from '../../core/module/datasets.js';
import type { ModuleContext } from '../../core/module/module.js';
import { events } from './db/schema.js';

/** The public meetings and events ahead, for the open-data catalogue. */
export async function eventDatasets(ctx: ModuleContext): Promise<Dataset[]> {
  return [
    {
      id: 'events',
      title: { ru: 'Встречи и мероприятия', en: 'Meetings and events' },
      description: {
        ru: 'Публичные встречи и мероприятия: когда, где, кто проводит, сколько мест.',
        en: 'Public meetings and events: when, where, who holds them, how many places.',
      },
      format: 'JSON',
      path: '/api/events',
      licence: 'CC-BY-4.0',
      schema: { component: 'EventList' },
      updatedAt: await lastChange(ctx.database.db, events.updatedAt),
    },
  ];
}
