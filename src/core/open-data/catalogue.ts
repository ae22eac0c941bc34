import { auditCheckpoints } from '../audit/schema.js';
import { t, type Language } from '../i18n/i18n.js';
import { lastChange, type Dataset, type DatasetFormat, type DatasetLicence } from '../module/datasets.js';
import type { GorodModule, ModuleContext } from '../module/module.js';

/** Each licence's name and text. */
export const licences: Record<DatasetLicence, { name: string; url: string }> = {
  'CC-BY-4.0': { name: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'ODbL-1.0': { name: 'Open Data Commons Open Database License 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' },
};

const mediaTypes: Record<DatasetFormat, string> = {
  CSV: 'text/csv',
  JSON: 'application/json',
  GeoJSON: 'application/geo+json',
  JSONL: 'application/jsonl',
  PB: 'text/plain',
};

/** The kernel's own dataset: the audit log's signed checkpoints. */
async function coreDatasets(ctx: ModuleContext): Promise<Dataset[]> {
  return [
    {
      id: 'audit.checkpoints',
      title: { ru: 'Подписанные контрольные точки журнала действий', en: 'Signed checkpoints of the audit log' },
      description: {
        ru: 'Хеш последней записи журнала действий, подписанный ключом портала (Ed25519): ежедневно, при закрытии опросов и подведении итогов голосования по бюджету. Каждую строку можно проверить открытым ключом.',
        en: 'The hash of the audit log’s latest entry signed with the site’s key (Ed25519): daily, when a poll closes and when a budget vote is tallied. Each line verifies alone with the public key.',
      },
      format: 'JSONL',
      path: '/api/audit/checkpoints.jsonl',
      licence: 'CC-BY-4.0',
      schema: { component: 'AuditCheckpoint' },
      updatedAt: await lastChange(ctx.database.db, auditCheckpoints.at),
    },
  ];
}

/** Every public dataset: the kernel's, then every module's in module order. A dataset id declared twice is a programming error. */
export async function collectDatasets(ctx: ModuleContext, modules: readonly GorodModule[]): Promise<Dataset[]> {
  const all = [...(await coreDatasets(ctx))];
  for (const m of modules) if (m.datasets) all.push(...(await m.datasets(ctx)));
  const ids = new Set<string>();
  for (const d of all) {
    if (ids.has(d.id)) throw new Error(`Dataset ${d.id} is declared twice`);
    ids.add(d.id);
  }
  return all;
}

/** Where a dataset's schema is described: its OpenAPI component, else null (the columns or text say it). */
function schemaUrl(publicUrl: string, d: Dataset): string | null {
  return 'component' in d.schema ? `${publicUrl}/api/openapi.json#/components/schemas/${d.schema.component}` : null;
}

/** One dataset as the catalogue page reads it, in one language. */
export function presentDataset(d: Dataset, lang: Language, publicUrl: string) {
  return {
    id: d.id,
    title: d.title[lang],
    description: d.description[lang],
    format: d.format,
    url: `${publicUrl}${d.path}`,
    licence: { id: d.licence, ...licences[d.licence] },
    schema: {
      url: schemaUrl(publicUrl, d),
      columns: 'columns' in d.schema ? [...d.schema.columns] : null,
      text: 'description' in d.schema ? d.schema.description[lang] : null,
    },
    updatedAt: d.updatedAt?.toISOString() ?? null,
  };
}

const both = (text: Record<Language, string>) => (['ru', 'en'] as const).map((l) => ({ '@language': l, '@value': text[l] }));

/**
 * The catalogue as DCAT-AP JSON-LD (`/data.json`): a dcat:Catalog of dcat:Datasets, each with its title and
 * description in Russian and English, modification time, licence and one dcat:Distribution (download URL, media type,
 * the schema it conforms to), so national portals and harvesters can take it in.
 */
export function dcatCatalogue(datasets: readonly Dataset[], publicUrl: string) {
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${publicUrl}/data.json`,
    '@type': 'dcat:Catalog',
    'dct:title': both({ ru: `Открытые данные портала ${t('ru', 'city.name')}`, en: `${t('en', 'city.name')} open data` }),
    'dct:description': both({
      ru: 'Все публичные наборы данных портала: обращения, работы, бюджет, бюллетени, ответы на опросы, инициативы, мероприятия и другие.',
      en: 'Every public dataset of the site: reports, works, budget, ballots, poll responses, initiatives, events and more.',
    }),
    'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': t('ru', 'city.name'), 'foaf:homepage': { '@id': publicUrl } },
    'dct:language': ['ru', 'en'],
    'foaf:homepage': { '@id': `${publicUrl}/open-data` },
    'dcat:dataset': datasets.map((d) => {
      const licence = { '@id': licences[d.licence].url };
      const conformsTo = schemaUrl(publicUrl, d);
      return {
        '@id': `${publicUrl}/open-data#${d.id}`,
        '@type': 'dcat:Dataset',
        'dct:identifier': d.id,
        'dct:title': both(d.title),
        'dct:description': both(d.description),
        ...(d.updatedAt ? { 'dct:modified': { '@value': d.updatedAt.toISOString(), '@type': 'xsd:dateTime' } } : {}),
        'dct:license': licence,
        'dcat:distribution': [
          {
            '@type': 'dcat:Distribution',
            'dcat:downloadURL': { '@id': `${publicUrl}${d.path}` },
            'dcat:accessURL': { '@id': `${publicUrl}${d.path}` },
            'dct:format': d.format,
            'dcat:mediaType': mediaTypes[d.format],
            'dct:license': licence,
            ...(conformsTo ? { 'dct:conformsTo': { '@id': conformsTo } } : {}),
          },
        ],
      };
    }),
  };
}
