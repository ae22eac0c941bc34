import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportStatus } from '@server/modules/reports/domain/lifecycle.js';
import { useDepartments, useDistrictName } from '../api/lists.js';
import type { Schema } from '../api/types.js';
import { useFormat } from '../format.js';
import { Tag } from './notice.js';

export { PhotoGallery } from './photo-gallery.js';

/** A classifier entry's names (a reason, category or object). */
type Named = { nameRu: string; nameEn: string | null };
type ReportCard = Schema<'ReportCard'>;
type ReportSummary = Schema<'ReportSummary'>;

/** The localized name of a reason, category or object (the English name may be missing). */
export function useNamed(): (n: Named | null | undefined) => string {
  const { i18n } = useTranslation();
  return (n) => (!n ? '' : i18n.language === 'en' && n.nameEn ? n.nameEn : n.nameRu);
}

/** A reason's help text, season message or description in the page's language (English when the classifier's translations have it). */
export function useReasonText(): (
  r: {
    helpText: string;
    helpTextEn: string | null;
    seasonMessage: string | null;
    seasonMessageEn: string | null;
    description: string;
    descriptionEn: string | null;
  },
  which: 'helpText' | 'seasonMessage' | 'description',
) => string {
  const { i18n } = useTranslation();
  return (r, which) => (i18n.language === 'en' && r[`${which}En`] ? r[`${which}En`]! : r[which]) ?? '';
}

/** The localized name of a department by id (the id while the list loads). */
export function useDepartmentName(): (id: string | null | undefined) => string {
  const f = useFormat();
  const { data } = useDepartments();
  return (id) => {
    if (!id) return '';
    const d = data?.find((x) => x.id === id);
    return d ? f.name(d) : data ? id : '';
  };
}

const tagKind = (s: ReportStatus): 'neutral' | 'success' | 'warning' | 'error' | 'accent' =>
  s === 'closed'
    ? 'success'
    : s === 'answered'
      ? 'success'
      : s === 'rejected' || s === 'not_competent' || s === 'duplicate'
        ? 'neutral'
        : s === 'reopened'
          ? 'warning'
          : 'accent';

/** A report's status as a tag (its word, never colour alone). */
export function StatusTag({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return <Tag kind={tagKind(status)}>{t(`reportStatus.${status}`)}</Tag>;
}

/** "Overdue" said in words, beside the status. */
export function OverdueTag() {
  const { t } = useTranslation();
  return <Tag kind="error">{t('report.overdue')}</Tag>;
}

/**
 * The status in plain words with the date and who acts next: «Направлено исполнителю «…» 3 марта.
 * Ответ нужен до 13 марта.» An overdue report says so.
 */
export function StatusSentence({ card }: { card: ReportCard }) {
  const { t } = useTranslation();
  const f = useFormat();
  const dep = card.department ? f.name(card.department) : t('report.noDepartment');
  const date = f.date(card.statusChangedAt);
  const due = card.dueAt ? f.dueDate(card.dueAt) : null;
  const s = card.status;
  const parts: string[] = [];
  switch (s) {
    case 'moderation':
      parts.push(t('report.sentence.moderation', { date: f.date(card.createdAt) }));
      if (due) parts.push(t('report.sentence.moderationDue', { due }));
      break;
    case 'sent':
      parts.push(t('report.sentence.sent', { department: dep, date }));
      if (due) parts.push(t('report.sentence.answerDue', { due }));
      break;
    case 'in_progress':
      parts.push(t('report.sentence.inProgress', { department: dep, date }));
      if (due) parts.push(t('report.sentence.answerDue', { due }));
      break;
    case 'reopened':
      parts.push(t('report.sentence.reopened', { department: dep, date }));
      if (due) parts.push(t('report.sentence.answerDue', { due }));
      break;
    case 'answer_moderation':
      parts.push(t('report.sentence.answerModeration', { department: dep, date }));
      if (due) parts.push(t('report.sentence.answerModerationDue', { due }));
      break;
    case 'answered':
      parts.push(t('report.sentence.answered', { department: dep, date }));
      if (due) parts.push(t('report.sentence.confirmDue', { due }));
      break;
    case 'closed':
      parts.push(
        t(
          card.closedHow === 'confirmed'
            ? 'report.sentence.closedConfirmed'
            : card.closedHow === 'auto'
              ? 'report.sentence.closedAuto'
              : 'report.sentence.closed',
          { date: f.date(card.closedAt ?? card.statusChangedAt) },
        ),
      );
      break;
    case 'rejected':
      parts.push(t('report.sentence.rejected', { date }));
      if (card.rejection) parts.push(t('report.sentence.rejectedReason', { reason: card.rejection.reason }));
      break;
    case 'duplicate':
      parts.push(t('report.sentence.duplicate', { date, number: card.duplicateOf ?? '' }));
      break;
    case 'not_competent':
      parts.push(t('report.sentence.notCompetent', { date }));
      break;
  }
  return (
    <div className={`status-sentence${card.overdue ? ' status-sentence--overdue' : ''}`}>
      <p className="status-sentence__tags">
        <StatusTag status={s} />
        {card.overdue ? (
          <>
            {' '}
            <OverdueTag />
          </>
        ) : null}
      </p>
      <p className="status-sentence__text">
        {parts.join(' ')}
        {card.overdue && due ? <strong className="status-sentence__overdue"> {t('report.sentence.overdue', { due })}</strong> : null}
      </p>
    </div>
  );
}

/** "Due 13 March" or "Overdue since 13 March" for a line of a list. */
export function DueText({ dueAt, overdue }: { dueAt: string | null; overdue: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!dueAt) return null;
  return overdue ? (
    <strong className="due due--overdue">{t('report.overdueSince', { due: f.dueDate(dueAt) })}</strong>
  ) : (
    <span className="due">{t('report.dueBy', { due: f.dueDate(dueAt) })}</span>
  );
}

/** One report in a list: number, reason, status, where, when, deadline. */
export function ReportListItem({ r, headingLevel = 2 }: { r: ReportSummary; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const f = useFormat();
  const named = useNamed();
  const districtName = useDistrictName();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className="report-item">
      {r.thumbUrl ? <img className="report-item__thumb" src={r.thumbUrl} alt="" width={96} height={72} loading="lazy" /> : null}
      <div className="report-item__body">
        <H className="report-item__title">
          <Link to={`/reports/${r.number}`}>
            <span className="report-item__number">{t('report.numberShort', { number: r.number })}</span> {named(r.reason)}
          </Link>
        </H>
        <p className="report-item__meta">
          <StatusTag status={r.status} />
          {r.overdue ? (
            <>
              {' '}
              <OverdueTag />
            </>
          ) : null}{' '}
          <DueText dueAt={r.dueAt} overdue={r.overdue} />
        </p>
        <p className="report-item__where">
          {[r.address, districtName(r.districtId)].filter(Boolean).join(' · ')}
          {r.distanceMeters !== undefined ? ` · ${t('report.metresAway', { count: Math.round(r.distanceMeters) })}` : null}
        </p>
        {r.excerpt ? <p className="report-item__excerpt">{r.excerpt}</p> : null}
        <p className="report-item__stats">
          <span>{t('report.filedOn', { date: f.date(r.createdAt) })}</span>
          {r.supportCount ? <span>{t('report.supporters', { count: r.supportCount })}</span> : null}
        </p>
      </div>
    </li>
  );
}

/** The reason's name with its category: «Яма во дворе — Двор, благоустройство». */
export function reasonLine(named: (n: Named | null) => string, reason: Named, category?: Named | null): string {
  return category ? `${named(reason)} — ${named(category)}` : named(reason);
}
