import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, getDepartments, getDistricts, isCityAdministrator, type ApiError, type Me, type PublicProfile, type PublicRole } from '../api.js';
import { ErrorSummary, fieldMessage } from '../components/errors.js';
import { TextArea, TextField } from '../components/fields.js';
import { Notice, Tag } from '../components/notice.js';
import { LoadError, Loading, PageHeading, useErrorTitle, useScrollToHash, useTitle } from '../components/page.js';
import { useDistrictName } from '../components/person.js';
import { useFormat } from '../format.js';
import { useSession } from '../session.js';
import { useLoad } from '../use-load.js';
import { useSubmit } from '../use-submit.js';
import { grantName } from '../words.js';
import { NotFoundPage } from './not-found.js';

// the crowdsourcing texts (en/ru-crowdsourcing.ts) name the groups of ideas, initiatives and proposals
const knownTypes = ['discussion', 'comment', 'idea', 'initiative', 'proposal'] as const;

/** A person's public page: name, district, roles, what they created and their public comments. Never e-mail. */
export function PersonPage() {
  const { id = '' } = useParams();
  const loaded = useLoad(`person-${id}`, () => api<PublicProfile>('GET', `/api/people/${encodeURIComponent(id)}`));
  if (loaded.error?.status === 404 || loaded.error?.status === 400) return <NotFoundPage />;
  if (loaded.error) return <Failed error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  return <Profile p={loaded.data} />;
}

function Failed({ error, retry }: { error: ApiError; retry(): void }) {
  const { t } = useTranslation();
  useTitle(t('person.title'));
  return (
    <>
      <PageHeading>{t('person.title')}</PageHeading>
      <LoadError error={error} retry={retry} />
    </>
  );
}

function Profile({ p }: { p: PublicProfile }) {
  const { t } = useTranslation();
  const { me } = useSession();
  useScrollToHash(me !== undefined);
  const f = useFormat();
  const districtName = useDistrictName();
  const departments = useLoad('departments', getDepartments);
  const districts = useLoad('districts', getDistricts);
  useTitle(p.displayName);
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
      {canBlockPeople(me) && me?.id !== p.id && p.roles.length === 0 ? <BlockPerson person={p} /> : null}
    </>
  );
}

/** City moderators and administrators may block a person without staff roles (until a date, with a reason). */
function canBlockPeople(me: Me | null | undefined): boolean {
  return isCityAdministrator(me) || !!me?.roles.some((g) => g.role === 'moderator' && g.scopeType === 'city');
}

interface BlockState {
  blocked: boolean;
  blockedUntil: string | null;
  blockReason: string | null;
}

function BlockPerson({ person }: { person: PublicProfile }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [state, setState] = useState<BlockState | null>(null);
  const { busy, error, run } = useSubmit();
  useErrorTitle(!!error);
  const today = new Date();
  const minDate = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;

  const send = (blocked: boolean) =>
    run(
      () =>
        api<BlockState>('POST', `/api/people/${person.id}/block`, {
          blocked,
          ...(blocked && until ? { until: new Date(`${until}T23:59:59`).toISOString() } : {}),
          ...(blocked && reason.trim() ? { reason: reason.trim() } : {}),
        }),
      setState,
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
        <TextField
          id="f-until"
          type="date"
          label={t('admin.blockUntil')}
          hint={t('admin.blockUntilHint')}
          value={until}
          onChange={setUntil}
          width="medium"
          min={minDate}
          error={fieldMessage(error, 'until')}
        />
        <TextArea
          id="f-reason"
          label={t('admin.blockReasonLabel')}
          hint={t('admin.blockReasonHint')}
          value={reason}
          onChange={setReason}
          rows={3}
          maxLength={500}
          error={fieldMessage(error, 'reason')}
        />
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
