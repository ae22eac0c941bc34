import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  api,
  discussionKinds,
  discussionSorts,
  getDiscussionTags,
  getDistricts,
  type DiscussionKind,
  type DiscussionSort,
  type DiscussionSummary,
} from '../api.js';
import { SelectField, TextField } from '../components/fields.js';
import { Tag } from '../components/notice.js';
import { LoadError, Loading, PageHeading, useTitle } from '../components/page.js';
import { PersonLink, useDistrictName } from '../components/person.js';
import { useFormat } from '../format.js';
import { useSession } from '../session.js';
import { useLoad } from '../use-load.js';
import { Pagination } from '../components/pagination.js';

const pageSize = 20;
const isKind = (v: string | null): v is DiscussionKind => !!v && (discussionKinds as readonly string[]).includes(v);
const isSort = (v: string | null): v is DiscussionSort => !!v && (discussionSorts as readonly string[]).includes(v);

/** One discussion in a list: title, kind, excerpt, who, where, how lively. */
export function DiscussionCard({ d, headingLevel = 2 }: { d: DiscussionSummary; headingLevel?: 2 | 3 }) {
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
        {d.districtId ? <span className="discussion-card__district"> · {districtName(d.districtId)}</span> : null}
      </p>
      {d.excerpt ? <p className="discussion-card__excerpt">{d.excerpt}</p> : null}
      <p className="discussion-card__stats">
        <span>{t('discussion.comments', { count: d.commentCount, n: f.number(d.commentCount) })}</span>
        <span>{t('discussion.lastActivity', { date: f.date(d.lastActivityAt) })}</span>
      </p>
      {d.tags.length ? (
        <ul className="tags discussion-card__tags" aria-label={t('discussion.tags')}>
          {d.tags.map((tag) => (
            <li key={tag}>
              <Link className="tag-link" to={`/discussions?tag=${encodeURIComponent(tag)}`}>
                #{tag}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** Discussions: search, filters and sort kept in the address (a list can be shared), pages of 20. */
export function DiscussionsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  useTitle(t('discussions.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const district = params.get('district') ?? '';
  const tag = params.get('tag') ?? '';
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : '';
  const sortParam = params.get('sort');
  const sort: DiscussionSort = isSort(sortParam) ? sortParam : 'activity';
  const offset = Math.max(0, Math.floor(Number(params.get('offset')) || 0));

  const [form, setForm] = useState({ q, district, kind: kind as string, sort: sort as string });
  useEffect(() => setForm({ q, district, kind, sort }), [q, district, kind, sort]);

  const districts = useLoad('districts', getDistricts);
  const tags = useLoad('discussion-tags', getDiscussionTags);
  const apiQuery = new URLSearchParams({ sort, limit: String(pageSize), offset: String(offset) });
  if (q) apiQuery.set('q', q);
  if (district) apiQuery.set('district', district);
  if (tag) apiQuery.set('tag', tag);
  if (kind) apiQuery.set('kind', kind);
  const list = useLoad(`discussions?${apiQuery}`, () => api<{ items: DiscussionSummary[]; total: number }>('GET', `/api/discussions?${apiQuery}`));

  function search(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    if (form.q.trim()) next.set('q', form.q.trim());
    if (form.district) next.set('district', form.district);
    if (tag) next.set('tag', tag);
    if (form.kind) next.set('kind', form.kind);
    if (form.sort !== 'activity') next.set('sort', form.sort);
    setParams(next);
  }

  /** The address with some parameters changed (and back to the first page). */
  const withParams = (changes: Record<string, string | null>, keepOffset = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!keepOffset && !('offset' in changes)) next.delete('offset');
    const s = next.toString();
    return s ? `?${s}` : '/discussions';
  };

  const districtOptions = [...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) }));
  const total = list.data?.total ?? 0;
  const items = list.data?.items ?? [];
  const filtered = !!(q || district || tag || kind);
  const shownTags = tags.data ?? [];

  return (
    <>
      <div className="page-top">
        <PageHeading>{t('discussions.title')}</PageHeading>
        {me ? (
          <Link className="button page-top__action" to="/discussions/new">
            {t('discussions.start')}
          </Link>
        ) : me === null ? (
          <Link className="button button--secondary page-top__action" to={`/login?next=${encodeURIComponent('/discussions/new')}`}>
            {t('discussions.signInToStart')}
          </Link>
        ) : null}
      </div>
      <p className="lead">{t('discussions.lead')}</p>

      <form className="filters filters--discussions" role="search" aria-label={t('discussions.searchLabel')} onSubmit={search}>
        <TextField
          id="f-q"
          type="search"
          label={t('discussions.search')}
          hint={t('discussions.searchHint')}
          value={form.q}
          onChange={(v) => setForm((s) => ({ ...s, q: v }))}
        />
        <SelectField
          id="f-district"
          label={t('field.district')}
          value={form.district}
          onChange={(v) => setForm((s) => ({ ...s, district: v }))}
          options={[{ value: '', label: t('discussions.anyDistrict') }, ...districtOptions]}
        />
        <SelectField
          id="f-kind"
          label={t('discussions.kind')}
          value={form.kind}
          onChange={(v) => setForm((s) => ({ ...s, kind: v }))}
          options={[{ value: '', label: t('discussions.anyKind') }, ...discussionKinds.map((k) => ({ value: k, label: t(`discussion.kind.${k}`) }))]}
        />
        <SelectField
          id="f-sort"
          label={t('discussions.sort')}
          value={form.sort}
          onChange={(v) => setForm((s) => ({ ...s, sort: v }))}
          options={discussionSorts.map((s) => ({ value: s, label: t(`discussions.sort.${s}`) }))}
        />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('discussions.find')}
          </button>
          {filtered || sort !== 'activity' ? (
            <Link className="button button--secondary" to="/discussions">
              {t('discussions.clear')}
            </Link>
          ) : null}
        </div>
      </form>

      {shownTags.length || tag ? (
        <nav className="tag-filter" aria-label={t('discussions.tagsLabel')}>
          <h2 className="tag-filter__title">{t('discussions.tagsTitle')}</h2>
          <ul className="chips">
            {tag && !shownTags.some((x) => x.tag === tag) ? (
              <li>
                <Link className="chip" aria-current="true" to={withParams({ tag: null })}>
                  #{tag}
                  <span className="visually-hidden"> {t('discussions.tagActive')}</span>
                </Link>
              </li>
            ) : null}
            {shownTags.map((x) => (
              <li key={x.tag}>
                <Link className="chip" aria-current={tag === x.tag ? 'true' : undefined} to={withParams({ tag: tag === x.tag ? null : x.tag })}>
                  #{x.tag} <span className="chip__count">{f.number(x.count)}</span>
                  {tag === x.tag ? <span className="visually-hidden"> {t('discussions.tagActive')}</span> : null}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {list.error ? (
        <LoadError error={list.error} retry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <>
          <p role="status" className="result-count">
            {items.length
              ? t('discussions.showing', { from: f.number(offset + 1), to: f.number(offset + items.length), count: total, total: f.number(total) })
              : filtered
                ? t('discussions.noneFound')
                : t('discussions.none')}
          </p>
          <ul className="discussion-list">
            {items.map((d) => (
              <DiscussionCard key={d.id} d={d} />
            ))}
          </ul>
          <Pagination offset={offset} pageSize={pageSize} total={total} href={(n) => withParams({ offset: n > 0 ? String(n) : null })} />
        </>
      )}
    </>
  );
}
