import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isCityAdministrator } from '../roles.js';
import { api } from '../api/client.js';
import { useDepartments, useDistricts, useDistrictName } from '../api/lists.js';
import { invalidate, useApiQuery } from '../api/query.js';
import type { Me, Schema } from '../api/types.js';
import { BlockFields, useBlockDraft } from '../components/block-fields.js';
import { ErrorSummary } from '../components/errors.js';
import { Notice, Tag } from '../components/notice.js';
import { PageHeading, useErrorTitle, useScrollToHash, useTitle } from '../components/page.js';
import { QueryView } from '../components/query-view.js';
import { useFormat } from '../format.js';
import { useSession } from '../session.js';
import { useSubmit } from '../use-submit.js';
import { grantName } from '../words.js';
import { NotFoundPage } from './not-found.js';
import { VolunteerRecord } from './volunteering/volunteer-record.js';

// the crowdsourcing texts (en/ru-crowdsourcing.ts) name the groups of ideas, initiatives and proposals
const knownTypes = ['discussion', 'comment', 'idea', 'initiative', 'proposal', 'event'] as const;
type PublicProfile = Schema<'PublicProfile'>;
type PublicRole = PublicProfile['roles'][number];

/** A person's public page: name, district, roles, what they created and their public comments. Never e-mail. */
export function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const person = useApiQuery('/api/people/{id}', { path: { id } });
  useTitle(person.data?.displayName ?? t('person.title'));
  if (person.error?.status === 404 || person.error?.status === 400) return <NotFoundPage />;
  return (
    <>
      {person.error && !person.data ? <PageHeading>{t('person.title')}</PageHeading> : null}
      <QueryView query={person}>{(p) => <Profile p={p} key={p.id} />}</QueryView>
    </>
  );
}

function Profile({ p }: { p: PublicProfile }) {
  const { t } = useTranslation();
  const { me } = useSession();
  useScrollToHash(me !== undefined);
  const f = useFormat();
  const districtName = useDistrictName();
  const departments = useDepartments();
  const districts = useDistricts();
  const lookup = { departments: departments.data ?? [], districts: districts.data ?? [], name: f.name };

  const roleLabel = (r: PublicRole) => {
    const dept = f.locale.startsWith('en') ? r.scopeNameEn : r.scopeNameRu;
    if (dept) return t('grant.label', { role: t(`role.${r.role}`), scope: dept });
    return grantName(t, r, lookup);
  };
  const typeTitle = (type: string) => ((knownTypes as readonly string[]).includes(type) ? t(`person.authored.${type as (typeof knownTypes)[number]}`) : type);
  const groups = p.authored.filter((g) => g.items.length > 0);

  return (
    <>
      <PageHeading>{p.displayName}</PageHeading>
      {p.roles.length ? (
        <ul className="tags person-roles" aria-label={t('profile.roles')}>
          {p.roles.map((r, i) => (
            <li key={i}>
              <Tag kind="accent">{roleLabel(r)}</Tag>
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="summary-list">
        <div>
          <dt>{t('field.district')}</dt>
          <dd>{p.districtId ? districtName(p.districtId) : t('profile.noDistrict')}</dd>
        </div>
        <div>
          <dt>{t('profile.since')}</dt>
          <dd>{f.date(p.joinedAt)}</dd>
        </div>
      </dl>

      {groups.length === 0 ? <p>{t('person.nothingYet')}</p> : null}
      {groups.map((g) => (
        <section className="section" key={g.type} aria-labelledby={`authored-${g.type}`}>
          <h2 id={`authored-${g.type}`}>{typeTitle(g.type)}</h2>
          <ul className="authored-list">
            {g.items.map((item) => (
              <li key={`${item.type}-${item.id}`} className="authored">
                <Link className="authored__title" to={item.path}>
                  {item.title}
                </Link>
                {item.excerpt ? <p className="authored__excerpt">{item.excerpt}</p> : null}
                <p className="authored__date muted">
                  <time dateTime={item.createdAt}>{f.date(item.createdAt)}</time>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <VolunteerRecord personId={p.id} />
      {canBlockPeople(me) && me?.id !== p.id && p.roles.length === 0 ? <BlockPerson person={p} /> : null}
    </>
  );
}

/** City moderators and administrators may block a person without staff roles (until a date, with a reason). */
function canBlockPeople(me: Me | null | undefined): boolean {
  return isCityAdministrator(me) || !!me?.roles.some((g) => g.role === 'moderator' && g.scopeType === 'city');
}

function BlockPerson({ person }: { person: PublicProfile }) {
  const { t } = useTranslation();
  const f = useFormat();
  const draft = useBlockDraft();
  const [state, setState] = useState<Schema<'PersonBlock'> | null>(null);
  const { busy, error, run } = useSubmit();
  useErrorTitle(!!error);

  const send = (blocked: boolean) =>
    run(
      () =>
        api.POST('/api/people/{id}/block', {
          params: { path: { id: person.id } },
          body: draft.body(blocked),
        }),
      (res) => {
        setState(res);
        // the administrators' account pages show the block
        void invalidate('/api/admin/users', '/api/admin/users/{id}');
      },
    );

  return (
    <section className="section" aria-labelledby="block-title">
      <h2 id="block-title">{t('person.blockTitle')}</h2>
      <ErrorSummary id="block-errors" error={error} targets={{ until: 'f-until', reason: 'f-reason' }} />
      {state ? (
        <Notice kind="success">
          {state.blocked
            ? state.blockedUntil
              ? t('person.blockedUntil', { date: f.dateTime(state.blockedUntil) })
              : t('person.blockedForever')
            : t('admin.unblockedDone')}
        </Notice>
      ) : null}
      <p>{t('person.blockText')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void send(true);
        }}
      >
        <BlockFields draft={draft} error={error} />
        <button type="submit" className="button button--warning" disabled={busy}>
          {t('admin.block')}
        </button>
        {state?.blocked ? (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void send(false)}>
            {t('admin.unblock')}
          </button>
        ) : null}
      </form>
    </section>
  );
}
