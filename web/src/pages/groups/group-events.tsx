import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import { EventCard } from '../events/event-card.js';

/**
 * A group's upcoming public events (those organised on its behalf), soonest first, on its page; its owners and admins
 * (`canOrganise`) get the link to organise one for it. Nothing for others when there are none.
 */
export function GroupEvents({ groupId, canOrganise }: { groupId: string; canOrganise: boolean }) {
  const { t } = useTranslation();
  const q = useApiQuery('/api/events', { query: { groupId } });
  const items = q.data?.items ?? [];
  if (!items.length && !canOrganise) return null;
  return (
    <section className="group-section" aria-labelledby="group-events">
      <h2 id="group-events">{t('eventsOrganise.groupEvents')}</h2>
      {canOrganise ? (
        <p>
          <Link className="button button--secondary" to={`/events/new?group=${groupId}`}>
            {t('eventsOrganise.organiseForGroup')}
          </Link>
        </p>
      ) : null}
      {items.length ? (
        <ul className="event-list">
          {items.map((e) => (
            <EventCard key={e.id} e={e} headingLevel={3} />
          ))}
        </ul>
      ) : q.data ? (
        <p className="muted">{t('eventsOrganise.groupEventsNone')}</p>
      ) : null}
    </section>
  );
}
