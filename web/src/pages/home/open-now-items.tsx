import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDistrictName } from '../../api/lists.js';
import type { Schema } from '../../api/types.js';
import { cityTimeZone } from '../../city-time.js';
import { useFormat, type Formatters } from '../../format.js';
import { ending } from './ending.js';

type Item = Schema<'OpenNowItem'>;

type KindLabel =
  | 'home.open.kind.poll'
  | 'home.open.kind.priorities'
  | 'home.open.kind.budgetingVoting'
  | 'home.open.kind.budgetingIntake'
  | 'home.open.kind.initiative'
  | 'home.open.kind.crowdsourcing';
type DoneLabel = 'home.open.done.answered' | 'home.open.done.voted' | 'home.open.done.supported';

/** What each kind of open thing is called, and what a person who took part has done (kinds the web knows). */
const kindWords: Record<string, { label: KindLabel; done: DoneLabel }> = {
  poll: { label: 'home.open.kind.poll', done: 'home.open.done.answered' },
  priorities: { label: 'home.open.kind.priorities', done: 'home.open.done.answered' },
  'budgeting.voting': { label: 'home.open.kind.budgetingVoting', done: 'home.open.done.voted' },
  'budgeting.intake': { label: 'home.open.kind.budgetingIntake', done: 'home.open.done.voted' },
  initiative: { label: 'home.open.kind.initiative', done: 'home.open.done.supported' },
  crowdsourcing: { label: 'home.open.kind.crowdsourcing', done: 'home.open.done.answered' },
};
const wordsOf = (i: Item) => kindWords[i.status ? `${i.kind}.${i.status}` : i.kind] ?? kindWords[i.kind];

/** "until 20 December, 5 days left" / «до 20 декабря, осталось 5 дней», on the city's calendar. */
export function Until({ iso, f }: { iso: string; f: Formatters }) {
  const { t } = useTranslation();
  const tz = cityTimeZone();
  const e = ending(iso, new Date(), tz);
  const day = new Intl.DateTimeFormat(f.locale, { day: 'numeric', month: 'long', ...(e.thisYear ? {} : { year: 'numeric' }), timeZone: tz })
    .formatToParts(e.last)
    .filter((p) => !(p.type === 'literal' && p.value.trim() === 'г.'))
    .map((p) => p.value)
    .join('')
    .trim();
  const date = e.time ? `${day}, ${e.time}` : day;
  const left = e.daysLeft === 0 ? t('home.open.lastDay') : t('home.open.daysLeft', { count: e.daysLeft });
  return <time dateTime={iso}>{t('home.open.ends', { date, left })}</time>;
}

/** One open thing: what it is, its title, until when, supports so far, and whether the person already took part. */
export function OpenCard({ item }: { item: Item }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const words = wordsOf(item);
  const p = item.progress;
  const share = p && p.goal > 0 ? Math.min(1, p.count / p.goal) : 0;
  return (
    <li className="open-card">
      <p className="open-card__kind">
        {words ? <span className="tag tag--accent">{t(words.label)}</span> : null}
        {item.districtIds.length ? <span className="open-card__where">{item.districtIds.map(districtName).join(', ')}</span> : null}
      </p>
      <h3 className="open-card__title">
        <Link to={item.path}>{item.number && item.kind === 'initiative' ? `${t('common.number', { number: item.number })}. ${item.title}` : item.title}</Link>
      </h3>
      {p ? (
        <div className="open-card__progress">
          <span className="open-card__bar" aria-hidden="true">
            <span className="open-card__fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
          </span>
          <span>
            {t('initiatives.progress', { count: p.count, n: f.number(p.count), threshold: f.number(p.goal), percent: f.number(Math.floor(share * 100)) })}
          </span>
        </div>
      ) : null}
      {item.endsAt ? (
        <p className="open-card__ends">
          <Until iso={item.endsAt} f={f} />
        </p>
      ) : null}
      {item.done && words ? <p className="tag tag--success open-card__done">{t(words.done)}</p> : null}
    </li>
  );
}

/** A report in the person's own list or their district's: number, problem type, where, and its status in words. */
export function ReportLine({ item }: { item: Item }) {
  const { t } = useTranslation();
  return (
    <li className="open-report">
      {item.thumbUrl ? <img className="open-report__photo" src={item.thumbUrl} alt="" loading="lazy" width={64} height={48} /> : null}
      <div className="open-report__body">
        <Link to={item.path}>
          {item.number ? `${t('common.number', { number: item.number })}. ` : ''}
          {item.title}
        </Link>
        {item.address ? <span className="open-report__address">{item.address}</span> : null}
        <span className="open-report__status">
          <span className="tag tag--neutral">{item.statusText}</span>
          {item.overdue ? <span className="tag tag--error">{t('home.open.overdue')}</span> : null}
        </span>
      </div>
    </li>
  );
}
