import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { Checkbox, SelectField } from '../../components/fields.js';
import { Notice, Tag } from '../../components/notice.js';
import { PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from '../admin/admin-nav.js';
import './places.css';

type ImportResult = Schema<'PlaceImportResult'>;

/**
 * /admin/places: the layers with their counts and sources, and the import of a layer from a GeoJSON or CSV file. One
 * button checks the file first (a dry run) and imports only when it has no problem; otherwise the problems are listed
 * by feature number (GeoJSON) or line (CSV) and nothing is written.
 */
export function AdminPlacesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  useTitle(t('places.admin.title'));
  const s = useSubmit();
  useErrorTitle(!!s.error);
  const layers = useApiQuery('/api/places/layers');
  const [layerId, setLayerId] = useState('');
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [sample, setSample] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const format = file && /\.csv$/i.test(file.name) ? 'csv' : 'geojson';
  const chosenLayer = layerId || layers.data?.items[0]?.id || '';

  async function send(): Promise<ImportResult> {
    if (!file) throw new Error(t('places.admin.chooseFile'));
    const body = { layerId: chosenLayer, format, content: file.content, sample } as const;
    const check = await api.POST('/api/admin/places/import', { body: { ...body, dryRun: true } });
    if (check.problems.length) return check;
    return api.POST('/api/admin/places/import', { body: { ...body, dryRun: false } });
  }

  return (
    <div className="places">
      <AdminNav />
      <PageHeading>{t('places.admin.title')}</PageHeading>
      <p>{t('places.admin.intro')}</p>
      <div className="table-wrap" role="region" aria-label={t('places.admin.layersCaption')} tabIndex={0}>
        <table className="table table--stack table--dense">
          <caption className="visually-hidden">{t('places.admin.layersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('places.admin.layer')}</th>
              <th scope="col">{t('places.admin.places')}</th>
              <th scope="col">{t('places.admin.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {(layers.data?.items ?? []).map((l) => (
              <tr key={l.id}>
                <td>
                  {f.name(l)} <code>{l.id}</code> {l.isSample ? <Tag kind="warning">{t('places.sample')}</Tag> : null}
                </td>
                <td data-label={t('places.admin.places')}>{f.number(l.places)}</td>
                <td data-label={t('places.admin.sources')}>{l.sources.join('; ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section className="section" aria-labelledby="places-import-title">
        <h2 id="places-import-title">{t('places.admin.importTitle')}</h2>
        <p>{t('places.admin.importText')}</p>
        <form
          className="form"
          noValidate
          onSubmit={s.submit(send, (r) => {
            setResult(r);
            if (r.imported) void invalidate('/api/places/layers');
          })}
        >
          <ErrorSummary id="places-import-errors" error={s.error} targets={{ layerId: 'places-layer', content: 'places-file' }} />
          <SelectField
            id="places-layer"
            label={t('places.admin.layer')}
            value={chosenLayer}
            onChange={(v) => {
              setLayerId(v);
              setResult(null);
            }}
            error={fieldMessage(s.error, 'layerId')}
            options={(layers.data?.items ?? []).map((l) => ({ value: l.id, label: f.name(l) }))}
          />
          <div className={`field${fieldMessage(s.error, 'content') ? ' field--error' : ''}`}>
            <label className="field__label" htmlFor="places-file">
              {t('places.admin.file')}
            </label>
            <p className="field__hint" id="places-file-hint">
              {t('places.admin.fileHint')}
            </p>
            <input
              id="places-file"
              type="file"
              aria-describedby="places-file-hint"
              accept=".geojson,.json,.csv,application/geo+json,application/json,text/csv"
              onChange={(e) => {
                const chosen = e.target.files?.[0];
                setResult(null);
                if (!chosen) return setFile(null);
                void chosen.text().then((content) => setFile({ name: chosen.name, content }));
              }}
            />
          </div>
          <Checkbox id="places-sample" label={t('places.admin.sampleLabel')} hint={t('places.admin.sampleHint')} checked={sample} onChange={setSample} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={s.busy || !file}>
              {t('places.admin.import')}
            </button>
          </div>
        </form>
        <div aria-live="polite">
          {result?.imported ? (
            <Notice kind="success" title={t('places.admin.imported', { added: result.added, updated: result.updated, removed: result.removed })} />
          ) : null}
          {result && !result.imported ? (
            <Notice kind="error" title={t('places.admin.problems', { count: result.problems.length })}>
              <ul className="places__problems">
                {result.problems.map((p, i) => (
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
            </Notice>
          ) : null}
        </div>
      </section>
    </div>
  );
}
