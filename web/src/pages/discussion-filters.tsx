import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { discussionKinds, discussionSorts, type DiscussionKind, type DiscussionSort } from '@server/modules/discussions/domain/discussion-rules.js';
import { useDistricts } from '../api/lists.js';
import { useApiQuery } from '../api/query.js';
import { SelectField, TextField } from '../components/fields.js';
import { useFormat } from '../format.js';

/** What the address of the discussions list asks for. */
export interface DiscussionFilter {
  q: string;
  district: string;
  tag: string;
  kind: DiscussionKind | '';
  sort: DiscussionSort;
}

// best matches come first when searching anyway; the list offers the orders that make sense without a query
export const offeredSorts = discussionSorts.filter((s): s is Exclude<DiscussionSort, 'relevance'> => s !== 'relevance');

/**
 * The search form: text, district, kind and order, applied on "Find" (the page keys it by the address,
 * so it starts from what the address says).
 */
export function DiscussionSearch({ filter, onSearch }: { filter: DiscussionFilter; onSearch(next: DiscussionFilter): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districts = useDistricts();
  const [form, setForm] = useState(filter);
  const set = (k: keyof DiscussionFilter) => (v: string) => setForm((s) => ({ ...s, [k]: v }));
  const districtOptions = [...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) }));
  const changed = !!(filter.q || filter.district || filter.tag || filter.kind) || filter.sort !== 'activity';

  function search(e: FormEvent) {
    e.preventDefault();
    onSearch({ ...form, q: form.q.trim() });
  }

  return (
    <form className="filters filters--discussions" role="search" aria-label={t('discussions.searchLabel')} onSubmit={search}>
      <TextField id="f-q" type="search" label={t('discussions.search')} hint={t('discussions.searchHint')} value={form.q} onChange={set('q')} />
      <SelectField
        id="f-district"
        label={t('field.district')}
        value={form.district}
        onChange={set('district')}
        options={[{ value: '', label: t('discussions.anyDistrict') }, ...districtOptions]}
      />
      <SelectField
        id="f-kind"
        label={t('discussions.kind')}
        value={form.kind}
        onChange={set('kind')}
        options={[{ value: '', label: t('discussions.anyKind') }, ...discussionKinds.map((k) => ({ value: k, label: t(`discussion.kind.${k}`) }))]}
      />
      <SelectField
        id="f-sort"
        label={t('discussions.sort')}
        value={form.sort}
        onChange={set('sort')}
        options={offeredSorts.map((s) => ({ value: s, label: t(`discussions.sort.${s}`) }))}
      />
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('discussions.find')}
        </button>
        {changed ? (
          <Link className="button button--secondary" to="/discussions">
            {t('discussions.clear')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** The most used tags as chips: one chosen at a time (again to drop it); `href` makes the address of a choice. */
export function DiscussionTagFilter({ tag, href }: { tag: string; href(tag: string | null): string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { data: tags = [] } = useApiQuery('/api/discussions/tags', undefined, { select: (r) => r.items });
  if (!tags.length && !tag) return null;
  const active = <span className="visually-hidden"> {t('discussions.tagActive')}</span>;
  return (
    <nav className="tag-filter" aria-label={t('discussions.tagsLabel')}>
      <h2 className="tag-filter__title">{t('discussions.tagsTitle')}</h2>
      <ul className="chips">
        {tag && !tags.some((x) => x.tag === tag) ? (
          <li>
            <Link className="chip" aria-current="true" to={href(null)}>
              #{tag}
              {active}
            </Link>
          </li>
        ) : null}
        {tags.map((x) => (
          <li key={x.tag}>
            <Link className="chip" aria-current={tag === x.tag ? 'true' : undefined} to={href(tag === x.tag ? null : x.tag)}>
              #{x.tag} <span className="chip__count">{f.number(x.count)}</span>
              {tag === x.tag ? active : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
