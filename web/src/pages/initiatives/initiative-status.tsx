import { useTranslation } from 'react-i18next';
import { coinitiatorsMissing } from '@server/modules/initiatives/domain/lifecycle.js';
import type { Formatters } from '../../format.js';
import type { InitiativeView } from './initiative-bits.js';

/** Who acts next and by when, in one sentence. */
export function StatusSentence({ i, f, department }: { i: InitiativeView; f: Formatters; department: string }) {
  const { t } = useTranslation();
  const missing = coinitiatorsMissing(i.coinitiatorCount, i.minCoinitiators);
  let text: string;
  switch (i.status) {
    case 'draft':
      text = missing ? t('initiatives.now.draft', { count: missing }) : t('initiatives.now.draftReady');
      break;
    case 'screening':
      text = t('initiatives.now.screening', { date: f.date(i.submittedAt ?? i.createdAt) });
      break;
    case 'collecting':
      text = t('initiatives.now.collecting', { date: i.supportClosesAt ? f.date(i.supportClosesAt) : '', threshold: f.number(i.supportThreshold ?? 0) });
      break;
    case 'awaiting_answer':
      text = t(i.overdue ? 'initiatives.now.overdue' : 'initiatives.now.awaiting', {
        department: department || t('initiatives.theAuthority'),
        due: i.answerDueAt ? f.dueDate(i.answerDueAt) : '',
      });
      break;
    case 'answered':
      text = t('initiatives.now.answered', { department: department || t('initiatives.theAuthority'), date: i.answer ? f.date(i.answer.at) : '' });
      break;
    case 'not_reached':
      text = t('initiatives.now.notReached', { date: i.supportClosesAt ? f.date(i.supportClosesAt) : '' });
      break;
    case 'inadmissible':
      text = t('initiatives.now.inadmissible', { date: i.screening ? f.date(i.screening.at) : '' });
      break;
    case 'withdrawn':
      text = t('initiatives.now.withdrawn');
      break;
  }
  return (
    <p className={`in-now${i.overdue ? ' in-now--overdue' : ''}`} data-testid="initiative-now">
      {text}
    </p>
  );
}

/** The public timeline: every status change with its date and note, then the dates still ahead. */
export function Timeline({ i, f }: { i: InitiativeView; f: Formatters }) {
  const { t } = useTranslation();
  const ahead: { key: string; text: string; overdue?: boolean }[] = [];
  if (i.status === 'collecting' && i.supportClosesAt)
    ahead.push({ key: 'closes', text: t('initiatives.timeline.closes', { date: f.dateTime(i.supportClosesAt) }) });
  if (i.status === 'awaiting_answer' && i.answerDueAt)
    ahead.push({
      key: 'due',
      text: t(i.overdue ? 'initiatives.timeline.wasDue' : 'initiatives.timeline.due', { date: f.dueDate(i.answerDueAt) }),
      overdue: i.overdue,
    });
  return (
    <section aria-labelledby="timeline-title" className="in-section">
      <h2 id="timeline-title">{t('initiatives.timeline.title')}</h2>
      <ol className="in-timeline" data-testid="initiative-timeline">
        {i.history[0]?.status !== 'draft' ? (
          <li className="in-timeline__item">
            <span className="in-timeline__what">{t('initiatives.timeline.created')}</span>
            <time className="in-timeline__when" dateTime={i.createdAt}>
              {f.dateTime(i.createdAt)}
            </time>
          </li>
        ) : null}
        {i.history.map((h, k) => (
          <li key={k} className="in-timeline__item">
            <span className="in-timeline__what">{t(`initiatives.status.${h.status}`)}</span>
            <time className="in-timeline__when" dateTime={h.at}>
              {f.dateTime(h.at)}
            </time>
            {h.note ? <span className="in-timeline__note">{h.note}</span> : null}
          </li>
        ))}
        {ahead.map((a) => (
          <li key={a.key} className={`in-timeline__item in-timeline__item--ahead${a.overdue ? ' in-timeline__item--overdue' : ''}`}>
            <span className="in-timeline__what">
              {a.overdue ? <strong>{t('initiatives.overdue')}: </strong> : <span className="visually-hidden">{t('initiatives.timeline.ahead')}: </span>}
              {a.text}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
