import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from '../admin/admin-nav.js';

/**
 * /admin/population: each district's population with its year and source, a form to set one district's figure, and
 * the CSV upload (all or nothing; the server lists a wrong file's problems by line).
 */
export function AdminPopulationPage() {
  const { t } = useTranslation();
  const f = useFormat();
  useTitle(t('statistics.admin.title'));
  const stats = useApiQuery('/api/statistics');
  const districts = stats.data?.districts ?? [];
  const form = useSubmit();
  const upload = useSubmit();
  useErrorTitle(!!form.error || !!upload.error);
  const [districtId, setDistrictId] = useState('');
  const chosen = districtId || districts[0]?.districtId || '';
  const current = districts.find((d) => d.districtId === chosen);
  const [fields, setFields] = useState({ population: '', year: '', source: '', note: '' });
  const [saved, setSaved] = useState<string | null>(null);
  const [file, setFile] = useState<string | null>(null);
  const [imported, setImported] = useState<number | null>(null);

  const choose = (id: string) => {
    setDistrictId(id);
    setSaved(null);
    const p = districts.find((d) => d.districtId === id)?.population;
    setFields({ population: p ? String(p.population) : '', year: p ? String(p.year) : '', source: p?.source ?? '', note: p?.note ?? '' });
  };

  return (
    <div className="statistics">
      <AdminNav />
      <PageHeading>{t('statistics.admin.title')}</PageHeading>
      <p>{t('statistics.admin.intro')}</p>
      <p>
        <Link to="/statistics">{t('statistics.admin.open')}</Link>
      </p>
      <div className="table-wrap" role="region" aria-label={t('statistics.admin.title')} tabIndex={0}>
        <table className="table table--stack table--dense">
          <caption className="visually-hidden">{t('statistics.admin.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statistics.admin.district')}</th>
              <th scope="col">{t('statistics.admin.population')}</th>
              <th scope="col">{t('statistics.admin.year')}</th>
              <th scope="col">{t('statistics.admin.source')}</th>
            </tr>
          </thead>
          <tbody>
            {districts.map((d) => (
              <tr key={d.districtId}>
                <th scope="row">{f.name(d)}</th>
                <td data-label={t('statistics.admin.population')}>{d.population ? f.number(d.population.population) : '—'}</td>
                <td data-label={t('statistics.admin.year')}>{d.population?.year ?? '—'}</td>
                <td data-label={t('statistics.admin.source')}>{d.population?.source ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section className="section" aria-labelledby="pop-edit">
        <h2 id="pop-edit">{t('statistics.admin.edit')}</h2>
        <form
          className="form"
          noValidate
          onSubmit={form.submit(
            () =>
              api.PUT('/api/admin/population/{districtId}', {
                params: { path: { districtId: chosen } },
                body: { population: fields.population, year: fields.year, source: fields.source, note: fields.note || null },
              }),
            async () => {
              setSaved(current ? f.name(current) : chosen);
              await invalidate('/api/statistics');
            },
          )}
        >
          <ErrorSummary id="pop-errors" error={form.error} targets={{ population: 'pop-population', year: 'pop-year', source: 'pop-source' }} />
          <SelectField
            id="pop-district"
            label={t('statistics.admin.district')}
            value={chosen}
            onChange={choose}
            options={districts.map((d) => ({ value: d.districtId, label: f.name(d) }))}
          />
          <TextField
            id="pop-population"
            label={t('statistics.admin.population')}
            value={fields.population}
            width="medium"
            error={fieldMessage(form.error, 'population')}
            onChange={(v) => setFields({ ...fields, population: v })}
          />
          <TextField
            id="pop-year"
            label={t('statistics.admin.year')}
            value={fields.year}
            width="short"
            error={fieldMessage(form.error, 'year')}
            onChange={(v) => setFields({ ...fields, year: v })}
          />
          <TextField
            id="pop-source"
            label={t('statistics.admin.source')}
            hint={t('statistics.admin.sourceHint')}
            value={fields.source}
            error={fieldMessage(form.error, 'source')}
            onChange={(v) => setFields({ ...fields, source: v })}
          />
          <TextField id="pop-note" label={t('statistics.admin.note')} value={fields.note} onChange={(v) => setFields({ ...fields, note: v })} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={form.busy || !chosen}>
              {t('statistics.admin.save')}
            </button>
          </div>
          <div aria-live="polite">{saved ? <Notice kind="success" title={t('statistics.admin.saved', { district: saved })} /> : null}</div>
        </form>
      </section>

      <section className="section" aria-labelledby="pop-import">
        <h2 id="pop-import">{t('statistics.admin.importTitle')}</h2>
        <p>{t('statistics.admin.importText')}</p>
        <form
          className="form"
          noValidate
          onSubmit={upload.submit(
            async () => {
              if (file === null) throw new Error(t('statistics.admin.chooseFile'));
              return api.POST('/api/admin/population', { body: { csv: file } });
            },
            async (r) => {
              setImported(r.districts);
              await invalidate('/api/statistics');
            },
          )}
        >
          <ErrorSummary id="pop-import-errors" error={upload.error} targets={{ csv: 'pop-file' }} />
          <div className="field">
            <label className="field__label" htmlFor="pop-file">
              {t('statistics.admin.file')}
            </label>
            <input
              id="pop-file"
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => {
                const chosenFile = e.target.files?.[0];
                setImported(null);
                if (!chosenFile) return setFile(null);
                void chosenFile.text().then(setFile);
              }}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button" disabled={upload.busy || file === null}>
              {t('statistics.admin.import')}
            </button>
          </div>
          <div aria-live="polite">{imported !== null ? <Notice kind="success" title={t('statistics.admin.imported', { count: imported })} /> : null}</div>
        </form>
      </section>
    </div>
  );
}
