import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerOutcomes, qualityLimits, ratingNoteLimits, type AnswerOutcome } from '@server/modules/reports/domain/answer-ratings.js';
import { api, ApiError } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, TextArea } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { useErrorTitle } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { StarField } from '../../components/star-field.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useSubmit } from '../../use-submit.js';

type Rating = Schema<'ReportRating'>;

/**
 * Rating the published answer: the reporter's and supporters' form (outcome, 1–5 stars, a note), then their own
 * rating; the department's officials read every rating without names. Nothing for anyone else. While the reporter
 * still has to confirm or dispute the answer (`verdictPending`: the page's box with photos), their form waits for
 * that verdict, so the page never asks them twice whether the problem is fixed.
 */
export function AnswerRating({ number, published, verdictPending }: { number: number; published: boolean; verdictPending: boolean }) {
  const { me } = useSession();
  const ratings = useApiQuery('/api/reports/{number}/ratings', published && me ? { path: { number } } : null);
  const v = ratings.data;
  if (!v) return null;
  const form = v.canRate && !verdictPending;
  return (
    <>
      {v.mine ? <MyRating rating={v.mine} /> : form ? <RatingForm number={number} notFixedReopens={v.notFixedReopens} /> : null}
      {v.all ? <AllRatings ratings={v.all} /> : null}
    </>
  );
}

function RatingForm({ number, notFixedReopens }: { number: number; notFixedReopens: boolean }) {
  const { t } = useTranslation();
  const { busy, error, setError, submit } = useSubmit();
  const [outcome, setOutcome] = useState<AnswerOutcome | ''>('');
  const [quality, setQuality] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const reopens = notFixedReopens && outcome === 'not_fixed';
  useErrorTitle(!!error);
  const send = () => {
    const missing: Record<string, string> = {};
    if (!outcome) missing.outcome = t('report.rating.chooseOutcome');
    if (quality === null) missing.quality = t('report.rating.chooseQuality');
    if (!outcome || quality === null) return Promise.reject(new ApiError(400, 'validation_failed', Object.values(missing)[0]!, missing));
    return api.POST('/api/reports/{number}/ratings', { params: { path: { number } }, body: { outcome, quality, ...(note.trim() ? { note } : {}) } });
  };
  const done = () => invalidate('/api/reports/{number}/ratings', '/api/reports/{number}', '/api/reports/stats', '/api/reports');
  return (
    <section className="section" aria-labelledby="rating-title">
      <h2 id="rating-title">{t('report.rating.title')}</h2>
      <p>{t('report.rating.intro')}</p>
      <ErrorSummary
        id="rating-errors"
        error={error}
        targets={{ outcome: `rating-outcome-${answerOutcomes[0]}`, quality: `rating-quality-${qualityLimits.min}`, note: 'rating-note' }}
      />
      <form noValidate onSubmit={submit(send, done)} onChange={() => error && setError(null)}>
        <RadioGroup
          idPrefix="rating-outcome"
          legend={t('report.rating.outcome')}
          error={fieldMessage(error, 'outcome')}
          value={outcome}
          onChange={(o) => setOutcome(o as AnswerOutcome)}
          options={answerOutcomes.map((o) => ({ value: o, label: t(`report.rating.outcome.${o}`) }))}
        />
        <StarField
          idPrefix="rating-quality"
          legend={t('report.rating.quality')}
          hint={t('report.rating.qualityHint')}
          error={fieldMessage(error, 'quality')}
          value={quality}
          onChange={setQuality}
          max={qualityLimits.max}
          starLabel={(value) => t('report.rating.star', { value })}
        />
        <TextArea
          id="rating-note"
          label={reopens ? t('report.rating.noteRequired') : t('report.rating.note')}
          hint={reopens ? t('report.rating.noteReopens', { min: ratingNoteLimits.reopenMin }) : t('report.rating.noteHint')}
          error={fieldMessage(error, 'note')}
          value={note}
          onChange={setNote}
          rows={3}
          maxLength={ratingNoteLimits.max}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('report.rating.send')}
        </button>
      </form>
    </section>
  );
}

function MyRating({ rating }: { rating: Rating }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className="section" aria-labelledby="rating-title">
      <h2 id="rating-title">{t('report.rating.yours')}</h2>
      <Notice kind="success" title={t(`report.rating.outcome.${rating.outcome}`)}>
        <p>
          {t('report.rating.yoursQuality', { value: rating.quality })} · {f.date(rating.createdAt)}
        </p>
        {rating.note ? <PlainText text={rating.note} /> : null}
      </Notice>
    </section>
  );
}

/** Every rating of the answer, for the department's officials: outcome, quality, note, in which capacity — never who. */
function AllRatings({ ratings }: { ratings: Rating[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className="section" aria-labelledby="ratings-all-title">
      <h2 id="ratings-all-title">{t('report.rating.allTitle')}</h2>
      <p className="muted">{t('report.rating.allIntro')}</p>
      {ratings.length ? (
        <ul className="links">
          {ratings.map((r, i) => (
            <li key={i}>
              <strong>{t(`report.rating.outcome.${r.outcome}`)}</strong> · {t('report.rating.yoursQuality', { value: r.quality })} ·{' '}
              {t(`report.rating.role.${r.role}`)} · {f.date(r.createdAt)}
              {r.note ? <PlainText text={r.note} /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('report.rating.none')}</p>
      )}
    </section>
  );
}
