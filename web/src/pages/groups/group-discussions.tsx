import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { DiscussionCard } from '../discussion-card.js';

/** How many of a community's discussions its page shows. */
const shown = 20;

/**
 * A community's discussions on its page, latest activity first, with "Start a discussion" for its members (the one
 * discussion form, the community chosen); members only in a community that is not open, like its feed.
 */
export function GroupDiscussions({ g }: { g: Schema<'Group'> }) {
  const { t } = useTranslation();
  const q = useApiQuery('/api/discussions', g.me.canReadFeed ? { query: { groupId: g.id, sort: 'activity', limit: shown } } : null);
  const items = q.data?.items ?? [];
  return (
    <section className="group-section" aria-labelledby="group-discussions">
      <h2 id="group-discussions">{t('groupDiscussions.title')}</h2>
      {!g.me.canReadFeed ? <p>{t('groupDiscussions.membersOnly')}</p> : null}
      {g.me.canPost ? (
        <p>
          <Link className="button button--secondary" to={`/discussions/new?groupId=${g.id}`}>
            {t('groupDiscussions.start')}
          </Link>
        </p>
      ) : null}
      {items.length ? (
        <ul className="discussion-list">
          {items.map((d) => (
            <DiscussionCard key={d.id} d={d} headingLevel={3} inGroup />
          ))}
        </ul>
      ) : q.data ? (
        <p className="muted">{t('groupDiscussions.none')}</p>
      ) : null}
      {q.data && q.data.total > items.length ? <p className="muted">{t('groupDiscussions.latest', { n: items.length, total: q.data.total })}</p> : null}
    </section>
  );
}
