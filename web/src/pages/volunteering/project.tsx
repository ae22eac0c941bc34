import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.js';
import { useDistrictName } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { CommentThread } from '../../components/comment-thread.js';
import { ErrorSummary } from '../../components/errors.js';
import { FlagButton } from '../../components/flag-dialog.js';
import { FollowButton } from '../../components/follow-button.js';
import { Notice, Tag } from '../../components/notice.js';
import { PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { ShareButton } from '../../components/share-button.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useSubmit } from '../../use-submit.js';
import { NotFoundPage } from '../not-found.js';
import { OrganiserLine } from './volunteering.js';
import './volunteering.css';

type View = Schema<'VolunteerProjectView'>;
type Shift = View['shifts'][number];

/** /volunteering/:id — a project with its shifts: sign up, join the waitlist or cancel; its organisers reach the sign-ups. */
export function VolunteerProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const project = useApiQuery('/api/volunteering/projects/{id}', { path: { id } });
  useTitle(project.data?.title ?? t('volunteering.title'));
  if (project.error?.status === 404 || project.error?.status === 400) return <NotFoundPage />;
  return <QueryView query={project}>{(p) => <Project p={p} />}</QueryView>;
}

function Project({ p }: { p: View }) {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  return (
    <div className="vol">
      <PageHeading>{p.title}</PageHeading>
      {p.districtId ? <p className="muted">{districtName(p.districtId)}</p> : null}
      <OrganiserLine p={p} />
      {p.cancelledAt ? (
        <Notice kind="warning" title={t('volunteering.cancelledProject')}>
          {p.cancelReason}
        </Notice>
      ) : null}
      <PlainText text={p.description} />
      <div className="entity-actions" role="group" aria-label={t('volunteering.title')}>
        <FollowButton entityType="volunteer_project" entityId={p.id} />
        <ShareButton title={p.title} path={`/volunteering/${p.id}`} />
        {!p.isOrganiser && p.moderation === 'visible' ? <FlagButton entityType="volunteer_project" entityId={p.id} label={t('volunteering.flag')} /> : null}
        {p.isOrganiser ? (
          <Link className="button button--secondary" to={`/volunteering/${p.id}/organise`}>
            {t('volunteering.organise')}
          </Link>
        ) : null}
      </div>
      <section aria-labelledby="vol-shifts">
        <h2 id="vol-shifts">{t('volunteering.shifts')}</h2>
        {p.shifts.length === 0 ? <p>{t('volunteering.noShifts')}</p> : null}
        <ul className="vol-shifts">
          {p.shifts.map((s) => (
            <ShiftCard key={s.id} s={s} projectId={p.id} />
          ))}
        </ul>
      </section>
      <CommentThread hostType="volunteer_project" hostId={p.id} />
    </div>
  );
}

/** A shift's facts, in a list of terms. */
export function ShiftFacts({ s }: { s: Shift }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  return (
    <dl className="summary-list">
      <div>
        <dt>{t('volunteering.when')}</dt>
        <dd>
          {f.dateTime(s.startsAt)} – {f.dateTime(s.endsAt)}
        </dd>
      </div>
      <div>
        <dt>{t('volunteering.where')}</dt>
        <dd>
          {s.online ? (
            s.onlineUrl ? (
              <a href={s.onlineUrl}>{t('volunteering.online')}</a>
            ) : (
              t('volunteering.online')
            )
          ) : (
            [s.address, s.districtId ? districtName(s.districtId) : ''].filter(Boolean).join(', ')
          )}
        </dd>
      </div>
    </dl>
  );
}

function ShiftCard({ s, projectId }: { s: Shift; projectId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const { busy, error, run } = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  useErrorTitle(!!error);
  const started = Date.parse(s.startsAt) <= Date.now();
  const refresh = () => invalidate('/api/volunteering/projects/{id}', '/api/volunteering/projects', '/api/me/volunteering');
  const signUp = () =>
    run(
      () => api.POST('/api/volunteering/shifts/{shiftId}/signup', { params: { path: { shiftId: s.id } } }),
      async (r) => {
        setDone(r.state === 'registered' ? t('volunteering.signedUpDone') : t('volunteering.waitlistedDone', { position: r.position ?? 0 }));
        await refresh();
      },
    );
  const cancel = () =>
    run(
      () => api.DELETE('/api/volunteering/shifts/{shiftId}/signup', { params: { path: { shiftId: s.id } } }),
      async () => {
        setDone(t('volunteering.cancelledDone'));
        await refresh();
      },
    );
  return (
    <li className={`card vol-shift${s.cancelledAt ? ' vol-shift--cancelled' : ''}`} data-testid={`shift-${s.id}`}>
      <h3>
        {s.title} {s.cancelledAt ? <Tag kind="error">{t('volunteering.cancelledTag')}</Tag> : null}
      </h3>
      {s.cancelledAt ? (
        <p>
          {t('volunteering.cancelledShift')} {s.cancelReason}
        </p>
      ) : null}
      <ShiftFacts s={s} />
      <ul className="tags">
        <li>
          <Tag>{t('volunteering.slots', { registered: s.registeredCount, capacity: s.capacity })}</Tag>
        </li>
        {s.waitlistCount ? (
          <li>
            <Tag kind="warning">{t('volunteering.waiting', { count: s.waitlistCount })}</Tag>
          </li>
        ) : null}
        {s.minAge ? (
          <li>
            <Tag kind="accent">{t('volunteering.minAge', { age: s.minAge })}</Tag>
          </li>
        ) : null}
      </ul>
      {s.bring ? <p>{t('volunteering.bring', { what: s.bring })}</p> : null}
      <ErrorSummary id={`vol-err-${s.id}`} error={error} />
      {done ? <Notice kind="success">{done}</Notice> : null}
      {s.mine?.state === 'registered' ? <p>{t('volunteering.youAreIn')}</p> : null}
      {s.mine?.state === 'waitlisted' ? <p>{t('volunteering.youWait', { position: s.mine.position ?? 0 })}</p> : null}
      {s.minutesWorked !== null ? <p>{t('volunteering.hoursConfirmed', { hours: f.number(s.minutesWorked / 60) })}</p> : null}
      {s.cancelledAt ? null : started ? (
        <p className="muted">{t('volunteering.started')}</p>
      ) : !me ? (
        <Link className="button" to={`/login?next=${encodeURIComponent(`/volunteering/${projectId}`)}`}>
          {t('volunteering.signInToSignUp')}
        </Link>
      ) : s.mine ? (
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void cancel()}>
          {s.mine.state === 'waitlisted' ? t('volunteering.leaveWaitlist') : t('volunteering.cancel')}
        </button>
      ) : (
        <button type="button" className="button" disabled={busy} onClick={() => void signUp()}>
          {s.freeSlots > 0 ? t('volunteering.signUp') : t('volunteering.joinWaitlist')}
        </button>
      )}
    </li>
  );
}
