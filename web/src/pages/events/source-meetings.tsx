import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';

/** The meetings opened on a poll, an initiative or a crowdsourcing project, for its page (nothing when there are none). */
export function SourceMeetings({ type, id, openable = false }: { type: 'poll' | 'initiative' | 'crowd_project'; id: string; openable?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const q = useApiQuery('/api/events/meetings', { query: { source: `${type}:${id}` } });
  const items = q.data?.items ?? [];
  // administrators run polls and projects: they may open a meeting on one that is ready (the server checks the rest)
  const canOpen = openable && !!me?.roles.some((g) => g.role === 'administrator');
  if (!items.length && !canOpen) return null;
  return (
    <section className="source-meetings" aria-labelledby="source-meetings-title">
      <h2 id="source-meetings-title">{t('eventsAfter.meetingsTitle')}</h2>
      {canOpen ? (
        <p>
          <Link className="button button--secondary" to={`/events/new?source=${type}:${encodeURIComponent(id)}`}>
            {t('eventsAfter.openMeeting')}
          </Link>
        </p>
      ) : null}
      <ul>
        {items.map((e) => (
          <li key={e.id}>
            <Link to={`/events/${e.id}`}>{e.title}</Link> — {f.dateTime(e.startsAt)}
          </li>
        ))}
      </ul>
    </section>
  );
}
