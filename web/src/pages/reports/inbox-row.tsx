import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionSegmentsFor } from '@server/modules/reports/domain/lifecycle.js';
import type { Schema } from '../../api/types.js';
import { useDistrictName } from '../../api/lists.js';
import { ReportActions, type ActionSegment } from '../../components/report-actions.js';
import { DueText, StatusTag, useNamed } from '../../components/report-bits.js';

type ReportSummary = Schema<'ReportSummary'>;

/** What an official may do with a report in its status (the card's `actions` weigh more, but the inbox does not load every card). */
export const officialActions = (r: ReportSummary) => actionSegmentsFor(r.status, 'official') as ActionSegment[];

/**
 * One report of the inbox: a checkbox to select it, its number and problem with where it is (so
 * the table fits a 1366 px screen), status, deadline, who is in charge; "take" at once, or the answer and redirect forms opened below the row.
 */
export function InboxRow({
  r,
  selected,
  onToggle,
  open,
  onOpen,
  inCharge,
  busy,
  onTake,
  onDone,
}: {
  r: ReportSummary;
  selected: boolean;
  onToggle(): void;
  open: boolean;
  onOpen(open: boolean): void;
  inCharge: string;
  busy: boolean;
  onTake(): void;
  onDone(action: ActionSegment): void;
}) {
  const { t } = useTranslation();
  const named = useNamed();
  const districtName = useDistrictName();
  const acts = officialActions(r);
  const where = [r.address, districtName(r.districtId)].filter(Boolean).join(', ');
  return (
    <Fragment>
      <tr data-number={r.number} className={`${r.overdue ? 'is-overdue' : ''}${selected ? ' is-selected' : ''}`}>
        <td className="check-cell">
          <input
            type="checkbox"
            className="checkbox"
            id={`sel-${r.number}`}
            aria-label={t('inbox.select', { number: r.number })}
            checked={selected}
            onChange={onToggle}
          />
        </td>
        <th scope="row">
          <Link to={`/reports/${r.number}`}>
            {t('report.numberShort', { number: r.number })} {named(r.reason)}
          </Link>
          {where ? (
            <span className="inbox-table__where">
              <span className="visually-hidden">{t('inbox.colWhere')}: </span>
              {where}
            </span>
          ) : null}
          <span className="inbox-table__excerpt">{r.excerpt}</span>
        </th>
        <td data-label={t('reports.status')}>
          <StatusTag status={r.status} />
        </td>
        <td data-label={t('inbox.colDue')} className="inbox-table__due">
          <DueText dueAt={r.dueAt} overdue={r.overdue} />
        </td>
        <td data-label={t('inbox.assignee')}>{inCharge}</td>
        <td data-label={t('inbox.colActions')} className="inbox-table__actions">
          {acts.includes('take') ? (
            <button type="button" className="button button--small" disabled={busy} aria-label={t('inbox.takeLabel', { number: r.number })} onClick={onTake}>
              {t('actions.take.button')}
            </button>
          ) : null}
          {acts.length ? (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-expanded={open}
              aria-controls={`actions-${r.number}`}
              onClick={() => onOpen(!open)}
            >
              {open ? t('inbox.hideActions') : t('inbox.moreActions')}
              <span className="visually-hidden"> {t('report.numberShort', { number: r.number })}</span>
            </button>
          ) : null}
        </td>
      </tr>
      {open ? (
        <tr className="inbox-table__panel" id={`actions-${r.number}`}>
          <td colSpan={6}>
            <ReportActions
              target={{ number: r.number, departmentId: r.departmentId, actions: acts.filter((a) => a !== 'take') }}
              idPrefix="inbox"
              onDone={(_card, a) => onDone(a)}
            />
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}
