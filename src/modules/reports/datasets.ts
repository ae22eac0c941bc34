import { lastChange, type Dataset } from '../../core/module/datasets.js';
import type { ModuleContext } from '../../core/module/module.js';
import { reports } from './db/schema.js';
import { openDataColumns } from './http/public-data-export.js';

/** Public reports for the open-data catalogue: the same records as CSV and as GeoJSON, without personal data. */
export async function reportDatasets(ctx: ModuleContext): Promise<Dataset[]> {
  const updatedAt = await lastChange(ctx.database.db, reports.statusChangedAt);
  const description = {
    ru: 'Опубликованные обращения жителей о проблемах города: где, что, в каком районе, статус, исполнитель, сроки и ответ. Без имён и контактов авторов.',
    en: 'Residents’ published reports of problems in the city: where, what, the district, status, department, deadlines and the answer. No authors’ names or contacts.',
  };
  const schema = { columns: openDataColumns };
  return [
    {
      id: 'reports.csv',
      title: { ru: 'Обращения (CSV)', en: 'Reports (CSV)' },
      description,
      format: 'CSV',
      path: '/api/open-data/reports.csv',
      licence: 'CC-BY-4.0',
      schema,
      updatedAt,
    },
    {
      id: 'reports.geojson',
      title: { ru: 'Обращения на карте (GeoJSON)', en: 'Reports on the map (GeoJSON)' },
      description,
      format: 'GeoJSON',
      path: '/api/open-data/reports.geojson',
      licence: 'CC-BY-4.0',
      schema,
      updatedAt,
    },
  ];
}
