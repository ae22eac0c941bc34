import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/errors.js';
import { PageHeading } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { useNamed } from '../../components/report-bits.js';
import { useFormat } from '../../format.js';
import { cleanExtra, stepPath, type ChosenReason, type ExtraFieldName, type Step, type StepProps } from './report-new-draft.js';

/** Check: everything the report will say, each with "Change", what happens next, and "Send". */
export function CheckStep({ draft, error, busy, reason, onSend }: StepProps & { reason: ChosenReason; onSend(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const named = useNamed();
  const extra = cleanExtra(draft, reason);
  const change = (step: Step, what: string) => (
    <Link to={stepPath(step)}>
      {t('newReport.change')}
      <span className="visually-hidden"> {what}</span>
    </Link>
  );
  return (
    <>
      <ErrorSummary error={error} />
      <PageHeading>{t('newReport.step.check')}</PageHeading>
      <dl className="summary-list summary-list--actions">
        <div>
          <dt>{t('newReport.summary.where')}</dt>
          <dd>
            {draft.address ? <p>{draft.address}</p> : null}
            <p>
              {draft.district ? f.name(draft.district) : ''} ({f.number(draft.lat ?? 0, { maximumFractionDigits: 5 })},{' '}
              {f.number(draft.lon ?? 0, { maximumFractionDigits: 5 })})
            </p>
          </dd>
          <dd className="summary-list__action">{change('where', t('newReport.summary.where'))}</dd>
        </div>
        <div>
          <dt>{t('newReport.summary.what')}</dt>
          <dd>
            {named(reason)}
            <span className="muted">
              {' '}
              — {named(reason.object)}, {named(reason.category)}
            </span>
          </dd>
          <dd className="summary-list__action">{change('what', t('newReport.summary.what'))}</dd>
        </div>
        <div>
          <dt>{t('newReport.description')}</dt>
          <dd>
            <PlainText text={draft.description} />
          </dd>
          <dd className="summary-list__action">{change('details', t('newReport.description'))}</dd>
        </div>
        {Object.entries(extra).map(([k, v]) => (
          <div key={k}>
            <dt>{t(`extra.${k as ExtraFieldName}`)}</dt>
            <dd>{v}</dd>
            <dd className="summary-list__action">{change('details', t(`extra.${k as ExtraFieldName}`))}</dd>
          </div>
        ))}
        <div>
          <dt>{t('newReport.summary.photos')}</dt>
          <dd>
            {draft.photos.length ? (
              <ul className="photos photos--small">
                {draft.photos.map((p, i) => (
                  <li key={p.id}>
                    <img src={p.thumbUrl} alt={t('photos.thumbAlt', { n: i + 1, total: draft.photos.length })} width={96} height={72} />
                  </li>
                ))}
              </ul>
            ) : (
              t('newReport.noPhotos')
            )}
          </dd>
          <dd className="summary-list__action">{change('photos', t('newReport.summary.photos'))}</dd>
        </div>
      </dl>
      <h2>{t('newReport.whatNext')}</h2>
      <p>{t('newReport.whatNextText', { days: reason.premoderationDays, resolution: reason.resolutionDays })}</p>
      <p className="muted">{t('newReport.privacy')}</p>
      <button type="button" className="button" disabled={busy} onClick={onSend}>
        {t('newReport.send')}
      </button>
    </>
  );
}
