import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextArea } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { useErrorTitle } from '../../components/page.js';
import { useSubmit } from '../../use-submit.js';

type Summary = Schema<'DepartmentImportSummary'>;

/**
 * The CSV import (docs/departments-csv.md): a file or pasted text is checked first (a dry run: what would be
 * new, changed, unchanged, and every problem by line); the import is offered only for a file without problems.
 */
export function DepartmentsImport() {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('');
  const [preview, setPreview] = useState<Summary | null>(null);
  const [done, setDone] = useState<Summary | null>(null);
  const { busy, error, submit, run } = useSubmit();
  useErrorTitle(!!error);
  const change = (text: string) => {
    setCsv(text);
    setPreview(null);
    setDone(null);
  };
  const check = submit(
    () => api.POST('/api/admin/departments/import', { body: { csv, dryRun: true } }),
    (r) => setPreview(r),
  );
  const load = () =>
    void run(
      () => api.POST('/api/admin/departments/import', { body: { csv, dryRun: false } }),
      async (r) => {
        setPreview(null);
        setDone(r);
        await invalidate('/api/departments', '/api/departments/{id}');
      },
    );
  return (
    <form onSubmit={check} noValidate aria-labelledby="edit-title">
      <h2 id="edit-title">{t('adminDepartments.importTitle')}</h2>
      <p>{t('adminDepartments.importLead')}</p>
      <ErrorSummary error={error} targets={{ csv: 'f-csv' }} />
      {done ? <Notice kind="success" title={t('adminDepartments.importDone', done)} /> : null}
      <div className="field">
        <label className="field__label" htmlFor="f-csv-file">
          {t('adminDepartments.importFile')}
        </label>
        <input
          id="f-csv-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void file.text().then(change);
          }}
        />
      </div>
      <TextArea id="f-csv" label={t('adminDepartments.importText')} value={csv} onChange={change} rows={6} error={fieldMessage(error, 'csv')} />
      <div className="form-actions">
        <button type="submit" className="button button--secondary" disabled={busy || !csv.trim()}>
          {t('adminDepartments.importCheck')}
        </button>
        {preview && !preview.problems.length && preview.items.length ? (
          <button type="button" className="button" disabled={busy} onClick={load}>
            {t('adminDepartments.importRun')}
          </button>
        ) : null}
      </div>
      {preview ? <ImportPreview s={preview} /> : null}
    </form>
  );
}

function ImportPreview({ s }: { s: Summary }) {
  const { t } = useTranslation();
  return (
    <section aria-live="polite">
      <p>{t('adminDepartments.importPreview', s)}</p>
      {s.problems.length ? (
        <Notice kind="error" title={t('adminDepartments.importProblems')}>
          <ul>
            {s.problems.map((p, i) => (
              <li key={i}>{t('adminDepartments.importLine', { line: p.line, message: p.message })}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {s.items.length ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('adminDepartments.colLine')}</th>
                <th scope="col">{t('adminDepartments.colId')}</th>
                <th scope="col">{t('adminDepartments.colName')}</th>
                <th scope="col">{t('adminDepartments.colChange')}</th>
              </tr>
            </thead>
            <tbody>
              {s.items.map((i) => (
                <tr key={i.id}>
                  <td>{i.line}</td>
                  <td className="break">{i.id}</td>
                  <td>{i.nameRu}</td>
                  <td>{t(`adminDepartments.change.${i.change}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
