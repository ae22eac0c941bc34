import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { useDistrictName } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { Notice } from '../../components/notice.js';
import { StatusTag, useNamed } from '../../components/report-bits.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';

type Group = Schema<'Group'>;
type Answers = Schema<'GroupFigureAnswers'>;

/**
 * A verified public figure's answers to residents' reports, written as an official and published by a moderator:
 * the person's own public record (docs/ARCHITECTURE.md, groups). Newest first, 20 at a time with "show more"; the
 * count above. Only a verified page has them (the server answers 404 for any other); left out while there are none.
 */
export function FigureAnswers({ g }: { g: Group }) {
  const { t } = useTranslation();
  const f = useFormat();
  const named = useNamed();
  const districtName = useDistrictName();
  const verifiedFigure = g.kind === 'public_figure' && g.verified && g.status === 'active';
  const first = useApiQuery('/api/groups/{id}/answers', verifiedFigure ? { path: { id: g.id } } : null);
  const [more, setMore] = useState<Answers | null>(null);
  const { busy, error, run } = useSubmit();
  if (!verifiedFigure || !first.data?.total) return null;
  const items = [...first.data.items, ...(more?.items ?? [])];
  const cursor = more ? more.nextCursor : first.data.nextCursor;
  const loadMore = (after: string) =>
    run(
      () => api.GET('/api/groups/{id}/answers', { params: { path: { id: g.id }, query: { cursor: after } } }),
      (page) => setMore({ ...page, items: [...(more?.items ?? []), ...page.items] }),
    );
  return (
    <section className="group-section" aria-labelledby="group-answers">
      <h2 id="group-answers">{t('groups.answers.title')}</h2>
      <p className="muted">{t('groups.answers.lead')}</p>
      <p>{t('groups.answers.count', { count: first.data.total })}</p>
      <ul className="group-list">
        {items.map((a) => (
          <li key={a.number} className="group-card">
            <div>
              <Link to={a.path}>{t('groups.answers.item', { number: a.number, reason: named(a.reason) })}</Link>
              <p className="muted">
                <StatusTag status={a.status} />{' '}
                {[named(a.category), districtName(a.districtId), t('groups.answers.on', { date: f.date(a.answeredAt) })].filter(Boolean).join(' · ')}
              </p>
            </div>
          </li>
        ))}
      </ul>
      {error ? <Notice kind="error" title={error.message} /> : null}
      {cursor ? (
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void loadMore(cursor)}>
          {t('groups.answers.more')}
        </button>
      ) : null}
    </section>
  );
}
