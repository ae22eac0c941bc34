import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { Tag } from '../../components/notice.js';
import { useFormat } from '../../format.js';

type Mine = Schema<'MyVolunteering'>['items'][number];

/**
 * «My shifts» on the volunteering page, for a signed-in person: the shifts still to come they signed up for or wait
 * on, soonest first; one its organisers called off (alone or with its project) says so and why, instead of looking
 * as if it were on. Past shifts live in the volunteer record on the profile.
 */
export function MyShifts() {
  const { t } = useTranslation();
  const mine = useApiQuery('/api/me/volunteering');
  const now = Date.now();
  const items = (mine.data?.items ?? []).filter((i) => Date.parse(i.endsAt) > now).reverse();
  if (!items.length) return null;
  return (
    <section className="section vol-mine-section" aria-labelledby="vol-mine" data-testid="my-shifts">
      <h2 id="vol-mine">{t('volunteering.mine.title')}</h2>
      <ul className="vol-list">
        {items.map((i) => (
          <MyShift key={i.shiftId} i={i} />
        ))}
      </ul>
    </section>
  );
}

function MyShift({ i }: { i: Mine }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <li className="card vol-mine" data-testid={`my-shift-${i.shiftId}`}>
      <p className="vol-mine__title">
        <Link to={`/volunteering/${i.projectId}`}>{i.projectTitle}</Link>: {i.shiftTitle}
      </p>
      <p>
        <time dateTime={i.startsAt}>{f.dateTime(i.startsAt)}</time> – <time dateTime={i.endsAt}>{f.dateTime(i.endsAt)}</time>
      </p>
      <p>
        {i.calledOff ? (
          <Tag kind="error">{t(i.calledOff === 'project' ? 'volunteering.mine.projectOff' : 'volunteering.mine.shiftOff')}</Tag>
        ) : i.state === 'waitlisted' ? (
          <Tag kind="warning">{t('volunteering.mine.waitlisted')}</Tag>
        ) : (
          <Tag kind="accent">{t('volunteering.mine.registered')}</Tag>
        )}
      </p>
      {i.calledOff && i.cancelReason ? <p>{t('volunteering.mine.reason', { reason: i.cancelReason })}</p> : null}
    </li>
  );
}
