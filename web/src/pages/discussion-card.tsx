import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDistrictName } from '../api/lists.js';
import type { Schema } from '../api/types.js';
import { Tag } from '../components/notice.js';
import { PersonLink } from '../components/person.js';
import { useFormat } from '../format.js';

/** A discussion's tags, each a link to the discussions with that tag. */
export function DiscussionTagLinks({ tags, className = 'tags' }: { tags: readonly string[]; className?: string }) {
  const { t } = useTranslation();
  return (
    <ul className={className} aria-label={t('discussion.tags')}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link className="tag-link" to={`/discussions?tag=${encodeURIComponent(tag)}`}>
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** One discussion in a list: title, kind, excerpt, who, in which community (not on that community's page), where, how lively. */
export function DiscussionCard({ d, headingLevel = 2, inGroup = false }: { d: Schema<'DiscussionSummary'>; headingLevel?: 2 | 3; inGroup?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className="discussion-card">
      <H className="discussion-card__title">
        <Link to={`/discussions/${d.id}`}>{d.title}</Link>
      </H>
      <p className="discussion-card__meta">
        <Tag kind={d.kind === 'question' ? 'warning' : 'neutral'}>{t(`discussion.kind.${d.kind}`)}</Tag> <PersonLink person={d.author} />
        {d.group && !inGroup ? (
          <span className="discussion-card__group">
            {' · '}
            <Link to={`/groups/${d.group.id}`}>{d.group.name}</Link>
          </span>
        ) : null}
        {d.districtId ? <span className="discussion-card__district"> · {districtName(d.districtId)}</span> : null}
      </p>
      {d.excerpt ? <p className="discussion-card__excerpt">{d.excerpt}</p> : null}
      <p className="discussion-card__stats">
        <span>{t('discussion.comments', { count: d.commentCount, n: f.number(d.commentCount) })}</span>
        <span>{t('discussion.lastActivity', { date: f.date(d.lastActivityAt) })}</span>
      </p>
      {d.tags.length ? <DiscussionTagLinks tags={d.tags} className="tags discussion-card__tags" /> : null}
    </li>
  );
}
