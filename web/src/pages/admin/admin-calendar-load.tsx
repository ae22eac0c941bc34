import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { Notice } from '../../components/notice.js';
import { useSubmit } from '../../use-submit.js';

/**
 * Loads the working-day calendar Gorod ships for the city's country (a city set up without the demo starts with
 * none); days already listed are kept, so pressing it again changes nothing.
 */
export function CalendarLoad() {
  const { t } = useTranslation();
  const load = useSubmit();
  const [done, setDone] = useState<Schema<'CalendarLoaded'> | null>(null);
  return (
    <section className="section" aria-labelledby="load-title">
      <h2 id="load-title">{t('adminCalendar.loadTitle')}</h2>
      <p>{t('adminCalendar.loadText')}</p>
      <button
        type="button"
        className="button button--secondary"
        disabled={load.busy}
        onClick={() =>
          void load.run(
            () => api.POST('/api/admin/calendar/country'),
            (r) => {
              setDone(r);
              void invalidate('/api/calendar', '/api/admin/setup');
            },
          )
        }
      >
        {t('adminCalendar.load')}
      </button>
      <div aria-live="polite">
        {done ? <Notice kind="success" title={t('adminCalendar.loaded', { added: done.added, kept: done.kept })} /> : null}
        {load.error ? <Notice kind="error" title={load.error.message} /> : null}
      </div>
    </section>
  );
}
