import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextField } from '../../components/fields.js';
import { Notice, Tag } from '../../components/notice.js';
import { PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { shiftMinutes } from '@server/modules/volunteering/domain/volunteering.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { NotFoundPage } from '../not-found.js';
import { ProjectChanges, ShiftChanges } from './organise-changes.js';
import { ShiftFacts } from './project.js';
import './volunteering.css';

type View = Schema<'VolunteerProjectView'>;
type Shift = View['shifts'][number];
type Line = Schema<'VolunteerSignups'>['items'][number];

/** The most minutes a shift's hours may be (its length in quarters of an hour, rounded up). */
const longest = (s: Shift) => shiftMinutes({ startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) });

/**
 * /volunteering/:id/organise — the organisers' page: the project and its shifts to change or cancel, each shift's
 * sign-ups in order, the waitlist, and the hours to confirm after it.
 */
export function VolunteerOrganisePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const project = useApiQuery('/api/volunteering/projects/{id}', { path: { id } });
  useTitle(project.data ? t('volunteering.organiseTitle', { title: project.data.title }) : t('volunteering.organise'));
  if (project.error?.status === 404 || project.error?.status === 400) return <NotFoundPage />;
  return (
    <QueryView query={project}>
      {(p) => (
        <div className="vol">
          <PageHeading>{t('volunteering.organiseTitle', { title: p.title })}</PageHeading>
          <p>
            <Link to={`/volunteering/${p.id}`}>{p.title}</Link>
          </p>
          <p className="lead">{t('volunteering.organiseLead')}</p>
          {p.cancelledAt ? (
            <Notice kind="warning" title={t('volunteering.cancelledProject')}>
              {p.cancelReason}
            </Notice>
          ) : null}
          <ProjectChanges p={p} />
          {p.shifts.map((s) => (
            <ShiftSignups key={s.id} s={s} />
          ))}
        </div>
      )}
    </QueryView>
  );
}

function ShiftSignups({ s }: { s: Shift }) {
  const { t } = useTranslation();
  const list = useApiQuery('/api/volunteering/shifts/{shiftId}/signups', { path: { shiftId: s.id } });
  const over = Date.parse(s.endsAt) <= Date.now();
  return (
    <section className="section card" aria-labelledby={`vol-s-${s.id}`}>
      <h2 id={`vol-s-${s.id}`}>{s.title}</h2>
      <ShiftFacts s={s} />
      <ShiftChanges s={s} />
      {!over && !s.cancelledAt ? <p className="muted">{t('volunteering.afterShift')}</p> : null}
      <QueryView query={list}>
        {({ items }) =>
          items.filter((l) => l.state !== 'cancelled').length === 0 ? (
            <p>{t('volunteering.nobodyYet')}</p>
          ) : (
            <ul className="vol-record__list">
              {items
                .filter((l) => l.state !== 'cancelled')
                .map((l) => (
                  <SignupLine key={l.userId} l={l} s={s} over={over} />
                ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

function SignupLine({ l, s, over }: { l: Line; s: Shift; over: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { busy, error, run } = useSubmit();
  const [hours, setHours] = useState(l.minutesWorked !== null ? String(l.minutesWorked / 60) : String(longest(s) / 60));
  const [done, setDone] = useState(false);
  useErrorTitle(!!error);
  const id = `vol-h-${s.id}-${l.userId}`;
  const confirm = () =>
    run(
      () =>
        api.PUT('/api/volunteering/shifts/{shiftId}/signups/{userId}/hours', {
          params: { path: { shiftId: s.id, userId: l.userId } },
          body: { hours: Number(hours.replace(',', '.')) },
        }),
      async () => {
        setDone(true);
        await invalidate('/api/volunteering/shifts/{shiftId}/signups');
      },
    );
  return (
    <li className="vol-signup">
      <p>
        <Link to={`/people/${l.userId}`}>{l.displayName}</Link>{' '}
        <Tag kind={l.state === 'registered' ? 'success' : 'warning'}>
          {l.state === 'waitlisted' ? t('volunteering.state.waitlisted', { position: l.position ?? 0 }) : t(`volunteering.state.${l.state}`)}
        </Tag>{' '}
        {l.minutesWorked !== null ? <Tag kind="accent">{t('volunteering.confirmedAs', { hours: f.number(l.minutesWorked / 60) })}</Tag> : null}
      </p>
      {over && l.state === 'registered' ? (
        <form
          className="vol-hours"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void confirm();
          }}
        >
          <ErrorSummary id={`${id}-errors`} error={error} targets={{ hours: id }} />
          <TextField
            id={id}
            label={t('volunteering.hoursLabel', { name: l.displayName })}
            hint={t('volunteering.hoursHint', { hours: f.number(longest(s) / 60) })}
            error={fieldMessage(error, 'hours')}
            value={hours}
            onChange={setHours}
            type="number"
            width="short"
          />
          <button type="submit" className="button" disabled={busy}>
            {t('volunteering.confirm')}
          </button>
          {done && !error ? <Notice kind="success">{t('volunteering.confirmedDone')}</Notice> : null}
        </form>
      ) : null}
    </li>
  );
}
