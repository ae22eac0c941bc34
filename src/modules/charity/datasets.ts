import { lastChange, type Dataset } from '../../core/module/datasets.js';
import type { ModuleContext } from '../../core/module/module.js';
import { causes } from './db/schema.js';
import { causeOpenDataColumns } from './http/open-data.js';

/** The public charitable causes with their one approved way to give, for the open-data catalogue. */
export async function charityDatasets(ctx: ModuleContext): Promise<Dataset[]> {
  return [
    {
      id: 'charity.causes',
      title: { ru: 'Благотворительные сборы', en: 'Charitable causes' },
      description: {
        ru: 'Одобренные городом сборы: цель, организация, единственный одобренный способ помочь (страница оплаты или реквизиты), даты.',
        en: 'Causes the city approved: the goal, the organisation, the one approved way to give (a payment page or bank details), dates.',
      },
      format: 'CSV',
      path: '/api/open-data/causes.csv',
      licence: 'CC-BY-4.0',
      schema: { columns: causeOpenDataColumns },
      updatedAt: await lastChange(ctx.database.db, causes.updatedAt),
    },
  ];
}
