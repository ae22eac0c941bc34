import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { groupKinds, type GroupKind } from '@server/modules/groups/domain/groups.js';
import { useDistrictName, useDistricts } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { SelectField } from '../../components/fields.js';
import { Tag } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import './groups.css';

const isKind = (v: string | null): v is GroupKind => (groupKinds as readonly (string | null)[]).includes(v);

/** Communities: filtered by kind and district (kept in the address), or the person's own. */
export function GroupsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  useTitle(t('groups.title'));
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : '';
  const district = params.get('district') ?? '';
  const mine = params.get('mine') === 'true';
  const list = useApiQuery('/api/groups', {
    query: { limit: 50, ...(kind ? { kind } : {}), ...(district ? { district } : {}), ...(mine ? { mine: 'true' } : {}) },
  });
  const districts = useDistricts();
  const [draft, setDraft] = useState({ kind: kind as string, district });

  function apply(e: FormEvent) {
    e.preventDefault();
    const p = new URLSearchParams();
    if (draft.kind) p.set('kind', draft.kind);
    if (draft.district) p.set('district', draft.district);
    setParams(p);
  }

  const districtOptions = [...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) }));
  return (
    <>
      <div className="page-top">
        <PageHeading>{t('groups.title')}</PageHeading>
        {me ? (
          <Link className="button page-top__action" to="/groups/new">
            {t('groups.create')}
          </Link>
        ) : me === null ? (
          <Link className="button button--secondary page-top__action" to={`/login?next=${encodeURIComponent('/groups/new')}`}>
            {t('groups.signInToCreate')}
          </Link>
        ) : null}
      </div>
      <p className="lead">{t('groups.lead')}</p>
      <form className="group-filters" onSubmit={apply} aria-label={t('groups.filtersLabel')}>
        <SelectField
          id="f-kind"
          label={t('groups.kindLabel')}
          value={draft.kind}
          onChange={(v) => setDraft((d) => ({ ...d, kind: v }))}
          options={[{ value: '', label: t('groups.anyKind') }, ...groupKinds.map((k) => ({ value: k, label: t(`groups.kind.${k}`) }))]}
        />
        <SelectField
          id="f-district"
          label={t('groups.district')}
          value={draft.district}
          onChange={(v) => setDraft((d) => ({ ...d, district: v }))}
          options={[{ value: '', label: t('groups.anyDistrict') }, ...districtOptions]}
        />
        <button className="button button--secondary" type="submit">
          {t('groups.show')}
        </button>
        {me ? (
          <Link className="group-filters__mine" to="/groups?mine=true">
            {t('groups.mine')}
          </Link>
        ) : null}
      </form>
      <QueryView query={list}>
        {({ items, total }) => (
          <>
            <p role="status" className="result-count">
              {items.length ? t('groups.count', { count: total }) : t('groups.none')}
            </p>
            <ul className="group-list">
              {items.map((g) => (
                <GroupCard key={g.id} g={g} />
              ))}
            </ul>
          </>
        )}
      </QueryView>
    </>
  );
}

/** One community in the list: its picture, kind, name, district, members and a line of its description. */
export function GroupCard({ g }: { g: Schema<'GroupSummary'> }) {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  return (
    <li className="group-card">
      {g.imageUrl ? <img className="group-card__image" src={`${g.imageUrl}/thumb`} alt="" width={96} height={72} loading="lazy" /> : null}
      <div className="group-card__text">
        <p className="group-card__kind">
          <Tag kind={g.kind === 'public_figure' || g.kind === 'organisation' ? 'accent' : 'neutral'}>{t(`groups.kind.${g.kind}`)}</Tag>
          {g.verified ? <Tag kind="success">{t('groups.verified')}</Tag> : null}
        </p>
        <h2 className="group-card__name">
          <Link to={`/groups/${g.id}`}>{g.name}</Link>
        </h2>
        <p className="group-card__meta">
          {[g.districtId ? districtName(g.districtId) : null, t('groups.members', { count: g.memberCount }), t(`groups.membership.${g.membership}`)]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <p className="group-card__excerpt">{g.excerpt}</p>
      </div>
    </li>
  );
}
