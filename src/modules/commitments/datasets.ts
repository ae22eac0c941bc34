import { lastChange, type Dataset } from '../../core/module/datasets.js';
import type { ModuleContext } from '../../core/module/module.js';
import { commitments } from './db/schema.js';

/** The commitments ledger and the departments' delivery record, for the open-data catalogue. */
export async function commitmentDatasets(ctx: ModuleContext): Promise<Dataset[]> {
  const updatedAt = await lastChange(ctx.database.db, commitments.updatedAt);
  return [
    {
      id: 'commitments',
      title: { ru: 'Обязательства города', en: 'The city’s commitments' },
      description: {
        ru: 'Что город обещал сделать по принятым решениям: источник, ответственный исполнитель, срок, этап, процент, статус (выполнено, оспорено, просрочено) и точки для карты.',
        en: 'What the city promised on the outcomes it accepted: the source, the responsible department, the due day, stage, percent, status (delivered, disputed, overdue) and points for the map.',
      },
      format: 'JSON',
      path: '/api/commitments?limit=100',
      licence: 'CC-BY-4.0',
      schema: { component: 'CommitmentList' },
      updatedAt,
    },
    {
      id: 'commitments.statistics',
      title: { ru: 'Исполнение обязательств по исполнителям', en: 'Commitments delivered, by department' },
      description: {
        ru: 'По каждому исполнителю: выполнено в срок, выполнено с опозданием, открыто, просрочено.',
        en: 'For each department: delivered on time, delivered late, open, overdue.',
      },
      format: 'JSON',
      path: '/api/commitments/statistics',
      licence: 'CC-BY-4.0',
      schema: { component: 'CommitmentDeliveryStats' },
      updatedAt,
    },
  ];
}
