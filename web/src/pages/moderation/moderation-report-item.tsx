import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { QueryView } from '../../components/query-view.js';
import { PlainText } from '../../components/plain-text.js';
import { ReportActions, type ActionSegment } from '../../components/report-actions.js';
import { DueText, PhotoGallery, StatusTag, useNamed } from '../../components/report-bits.js';
import { useFormat } from '../../format.js';

type ReportCard = Schema<'ReportCard'>;

/**
 * The report in focus in a moderator's queue: what was filed (or answered), and the moderator's
 * choices. `onDone` says what was done (the queue then lets the report go).
 */
export function QueueItem({ number, onDone }: { number: number; onDone(action: ActionSegment): void }) {
  const loaded = useApiQuery('/api/reports/{number}', { path: { number } });
  return (
    <article className="case" id={`mod-${number}`} aria-labelledby={`mod-${number}-title`}>
      <QueryView query={loaded}>{(c) => <CaseBody c={c} onDone={(_card, a) => onDone(a)} />}</QueryView>
    </article>
  );
}

function CaseBody({ c, onDone }: { c: ReportCard; onDone(card: ReportCard, a: ActionSegment): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const named = useNamed();
  const idPrefix = `mod-${c.number}`;
  return (
    <>
      <p className="case__tags">
        <StatusTag status={c.status} /> <DueText dueAt={c.dueAt} overdue={c.overdue} />
      </p>
      <h2 className="case__title" id={`${idPrefix}-title`}>
        <Link to={`/reports/${c.number}`}>{t('report.title', { number: c.number, reason: named(c.reason) })}</Link>
      </h2>
      <dl className="mail__meta case__meta">
        <div>
          <dt>{t('report.place')}</dt>
          <dd>{[c.address, c.district ? f.name(c.district) : null].filter(Boolean).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('field.department')}</dt>
          <dd>{c.department ? f.name(c.department) : t('report.noDepartment')}</dd>
        </div>
        <div>
          <dt>{t('report.filed')}</dt>
          <dd>{f.dateTime(c.createdAt)}</dd>
        </div>
      </dl>
      <blockquote className="case__excerpt">
        <PlainText text={c.description} />
      </blockquote>
      <PhotoGallery photos={c.photos} label={t('report.photos')} />
      {c.answer ? (
        <div className="case__answer">
          <h3>{t('report.answerTitle')}</h3>
          <PlainText text={c.answer.text} />
          <PhotoGallery photos={c.answer.photos} label={t('report.answerPhotos')} />
        </div>
      ) : null}
      <ReportActions
        target={{ number: c.number, departmentId: c.department?.id ?? null, actions: c.actions }}
        only={['approve', 'reject', 'duplicate', 'not-competent', 'publish-answer', 'return-answer']}
        idPrefix={idPrefix}
        onDone={onDone}
      />
    </>
  );
}
