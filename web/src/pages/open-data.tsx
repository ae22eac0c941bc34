import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/query.js';
import type { Schema } from '../api/types.js';
import { PageHeading, useTitle } from '../components/page.js';
import { QueryView } from '../components/query-view.js';
import { useFormat } from '../format.js';

type Dataset = Schema<'OpenDataset'>;

/** The open-data catalogue: every public dataset with its format, licence, last change, schema and download address. */
export function OpenDataPage() {
  const { t } = useTranslation();
  useTitle(t('openData.title'));
  const query = useApiQuery('/api/open-data');
  return (
    <>
      <PageHeading>{t('openData.title')}</PageHeading>
      <p className="lead">{t('openData.lead')}</p>
      <p>
        {t('openData.machine')} <a href="/data.json">/data.json</a>
      </p>
      <QueryView query={query}>
        {({ datasets }) => (
          <ul className="audit-list" aria-label={t('openData.caption')}>
            {datasets.map((d) => (
              <DatasetItem key={d.id} d={d} />
            ))}
          </ul>
        )}
      </QueryView>
    </>
  );
}

/** One dataset: what it is, then format, licence, last change and schema, and its download. */
function DatasetItem({ d }: { d: Dataset }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <li className="audit-entry" id={d.id}>
      <h2>{d.title}</h2>
      <p className="audit-entry__sentence">{d.description}</p>
      <p className="audit-entry__meta">
        {d.format}
        {' · '}
        <a href={d.licence.url} rel="license">
          {d.licence.id}
        </a>
        {' · '}
        {d.updatedAt ? t('openData.updated', { date: f.date(d.updatedAt) }) : t('openData.notUpdated')}
        {' · '}
        {d.schema.url ? <a href={d.schema.url}>{t('openData.schema')}</a> : (d.schema.columns?.join(', ') ?? d.schema.text)}
      </p>
      <p>
        <a href={d.url} className="break">
          {t('openData.download', { format: d.format })}
        </a>
      </p>
    </li>
  );
}
