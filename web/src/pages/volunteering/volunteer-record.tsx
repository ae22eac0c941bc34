import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useSubmit } from '../../use-submit.js';

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * A person's volunteer record on their page («книжка волонтёра»): confirmed hours in all and per project. Shown to
 * everyone unless the person hid it; the person sees theirs always, with the switch to show or hide it.
 */
export function VolunteerRecord({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const f = useFormat();
  const record = useApiQuery('/api/people/{id}/volunteering', { path: { id: personId } });
  const { busy, run } = useSubmit();
  const own = me?.id === personId;
  const r = record.data;
  if (!r || (!r.shown && !own) || (r.projects.length === 0 && !own)) return null;
  const toggle = () =>
    run(
      () => api.PUT('/api/me/volunteering/record', { body: { public: !r.shown } }),
      () => invalidate('/api/people/{id}/volunteering'),
    );
  return (
    <section className="section vol-record" aria-labelledby="vol-record" data-testid="volunteer-record">
      <h2 id="vol-record">{t('volunteering.record.title')}</h2>
      {r.projects.length === 0 ? (
        <p>{t('volunteering.record.empty')}</p>
      ) : (
        <>
          <p>{t('volunteering.record.total', { hours: f.number(hours(r.totalMinutes)), shifts: r.shifts })}</p>
          <ul className="authored-list">
            {r.projects.map((p) => (
              <li key={p.id} className="authored">
                <Link className="authored__title" to={`/volunteering/${p.id}`}>
                  {p.title}
                </Link>
                <p className="authored__date muted">{t('volunteering.record.project', { hours: f.number(hours(p.minutes)), shifts: p.shifts })}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {own ? (
        <>
          {!r.shown ? <p className="muted">{t('volunteering.record.hidden')}</p> : null}
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void toggle()}>
            {r.shown ? t('volunteering.record.hide') : t('volunteering.record.show')}
          </button>
        </>
      ) : null}
    </section>
  );
}
