import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';

type Line = Schema<'EventRegistrations'>['items'][number];

/**
 * Who registered and who waits, in the order they came (the waitlist numbered as it will move up), and the CSV of
 * both. The names come from the server, which gives them to the event's organisers only.
 */
export function RegistrationLists({ e }: { e: Schema<'EventView'> }) {
  const { t } = useTranslation();
  const list = useApiQuery('/api/events/{id}/registrations', { path: { id: e.id } });
  return (
    <section className="section" aria-labelledby="ev-registered-title">
      <div className="ev-manage__head">
        <h2 id="ev-registered-title">{t('eventsOrganise.registeredTitle')}</h2>
        <a className="button button--secondary button--small" href={`/api/events/${e.id}/registrations.csv`} download>
          {t('eventsOrganise.csv')}
        </a>
      </div>
      <QueryView query={list}>
        {({ items }) => {
          const inside = items.filter((l) => l.state === 'registered' || l.state === 'attended');
          const waiting = items.filter((l) => l.state === 'waitlisted').sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
          const withdrew = items.filter((l) => l.state === 'cancelled').length;
          return (
            <>
              {inside.length ? <People lines={inside} label={t('eventsOrganise.registeredTitle')} /> : <p>{t('eventsOrganise.noneRegistered')}</p>}
              <h2 id="ev-waitlist-title">{t('eventsOrganise.waitlistTitle')}</h2>
              {waiting.length ? <People lines={waiting} label={t('eventsOrganise.waitlistTitle')} ordered /> : <p>{t('eventsOrganise.noneWaiting')}</p>}
              {withdrew ? <p className="muted">{t('eventsOrganise.withdrew', { count: withdrew })}</p> : null}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

/** A list of people: a numbered one for the waitlist (its order is the order places are given). */
function People({ lines, label, ordered }: { lines: Line[]; label: string; ordered?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const items = lines.map((l) => (
    <li key={l.userId} className="ev-people__item">
      <span className="ev-people__name">{l.displayName || t('eventsOrganise.noName')}</span>
      {l.state === 'attended' ? <span className="ev-people__state">{t('myEvents.state.attended')}</span> : null}
      <span className="ev-people__when muted">
        <time dateTime={l.registeredAt}>{f.dateTime(l.registeredAt)}</time>
      </span>
    </li>
  ));
  return ordered ? (
    <ol className="ev-people ev-people--ordered" aria-label={label}>
      {items}
    </ol>
  ) : (
    <ul className="ev-people" aria-label={label}>
      {items}
    </ul>
  );
}
