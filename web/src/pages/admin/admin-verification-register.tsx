import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { Checkbox } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { useErrorTitle } from '../../components/page.js';
import { useSubmit } from '../../use-submit.js';

/** The residents register: a CSV upload that adds to it or replaces it, with the lines it could not read. */
export function RegisterUpload() {
  const { t } = useTranslation();
  const s = useSubmit();
  useErrorTitle(!!s.error);
  const [file, setFile] = useState<File | null>(null);
  const [replace, setReplace] = useState(false);
  const [result, setResult] = useState<Schema<'RegisterImportSummary'> | null>(null);
  const upload = async () => {
    if (!file) throw new Error(t('verification.admin.chooseFile'));
    return api.POST('/api/admin/verification/register', { body: { csv: await file.text(), replace } });
  };
  return (
    <section aria-labelledby="verif-register-title" className="section">
      <h2 id="verif-register-title">{t('verification.admin.registerTitle')}</h2>
      <p>{t('verification.admin.registerText')}</p>
      <pre className="verif__sample">document_number,district,birth_date{'\n'}4510 123456,nevsky,1984-03-17</pre>
      <form
        noValidate
        onSubmit={s.submit(upload, (r) => {
          setResult(r);
          void invalidate('/api/admin/verification/stats');
        })}
      >
        <ErrorSummary id="register-upload-errors" error={s.error} targets={{ csv: 'register-file' }} />
        <div className={`field${fieldMessage(s.error, 'csv') ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor="register-file">
            {t('verification.admin.file')}
          </label>
          <input className="verif__file" id="register-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <Checkbox
          id="register-replace"
          label={t('verification.admin.replace')}
          hint={t('verification.admin.replaceHint')}
          checked={replace}
          onChange={setReplace}
        />
        <button type="submit" className="button" disabled={s.busy}>
          {t('verification.admin.upload')}
        </button>
      </form>
      <div aria-live="polite">
        {result ? (
          <Notice
            kind={result.problems.length ? 'warning' : 'success'}
            title={t('verification.admin.imported', { imported: result.imported, lines: result.lines, entries: result.entries })}
          >
            {result.problems.length ? (
              <ul>
                {result.problems.map((p) => (
                  <li key={p.line}>{p.message}</li>
                ))}
              </ul>
            ) : null}
          </Notice>
        ) : null}
      </div>
    </section>
  );
}
