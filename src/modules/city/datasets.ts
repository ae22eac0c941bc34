import type { Dataset } from '../../core/module/datasets.js';

/** The districts with their boundaries, which come from OpenStreetMap: the open-data catalogue states ODbL for them. */
export async function cityDatasets(): Promise<Dataset[]> {
  return [
    {
      id: 'city.districts',
      title: { ru: 'Районы города с границами', en: 'The city’s districts with their boundaries' },
      description: {
        ru: 'Районы города: названия и упрощённые границы. Границы взяты из OpenStreetMap (© участники OpenStreetMap).',
        en: 'The city’s districts: names and simplified boundaries. The boundaries come from OpenStreetMap (© OpenStreetMap contributors).',
      },
      format: 'JSON',
      path: '/api/districts?geometry=simplified',
      licence: 'ODbL-1.0',
      schema: { component: 'CityDistrictList' },
      // the boundaries are OpenStreetMap's of 2020, loaded with the city; no later change is recorded
      updatedAt: null,
    },
  ];
}
