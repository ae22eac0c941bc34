import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, SelectField, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { useNamed, useReasonText } from '../../components/report-bits.js';
import { useSession } from '../../session.js';
import { refuse, type ChosenReason, type StepProps } from './report-new-draft.js';

/** What the chosen reason means: its help, how long an answer takes, and why it cannot be filed now (season, verification). */
function ReasonAbout({ reason, id }: { reason: Schema<'ClassifierReason'>; id?: string | undefined }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const named = useNamed();
  const text = useReasonText();
  const needsVerified = reason.verifiedRequired && me?.verification !== 'verified';
  const helpText = text(reason, 'helpText');
  return (
    <div className="reason-about" id={id} tabIndex={id ? -1 : undefined}>
      <h2 className="reason-about__title">{named(reason)}</h2>
      {helpText ? <PlainText text={helpText} /> : null}
      {reason.description && reason.description !== reason.helpText ? (
        <details className="details">
          <summary>{t('newReport.reasonMore')}</summary>
          <PlainText text={text(reason, 'description')} />
        </details>
      ) : null}
      <ul className="reason-about__facts">
        <li>{t('newReport.resolutionDays', { count: reason.resolutionDays })}</li>
        {reason.photoRequired ? <li>{t('newReport.photoNeeded')}</li> : null}
      </ul>
      {!reason.inSeason ? (
        <Notice kind="warning" title={t('newReport.outOfSeason')}>
          <p>{text(reason, 'seasonMessage') || t('newReport.outOfSeasonText')}</p>
        </Notice>
      ) : null}
      {needsVerified ? (
        <Notice kind="warning" title={t('newReport.verifiedTitle')}>
          <p>{t('newReport.verifiedText')}</p>
        </Notice>
      ) : null}
    </div>
  );
}

/** What: the problem's reason, found by words or picked from the classifier (object, category, reason). */
export function WhatStep({ draft, setDraft, error, setError, onContinue, reason }: StepProps & { reason: ChosenReason | undefined }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const named = useNamed();
  const text = useReasonText();
  const [q, setQ] = useState('');
  const [asked, setAsked] = useState<string | null>(null);
  const [mode, setMode] = useState<'search' | 'browse'>('search');
  const found = useApiQuery('/api/classifier/search', asked ? { query: { q: asked, limit: 20 } } : null);
  const tree = useApiQuery('/api/classifier', undefined, { enabled: mode === 'browse' });
  // browsing starts at the chosen reason's place in the tree, until the person picks another
  const [picked, setPicked] = useState<{ objectId: string; categoryId: string } | null>(null);
  const objectId = picked?.objectId ?? (reason ? String(reason.object.id) : '');
  const categoryId = picked?.categoryId ?? (reason ? String(reason.category.id) : '');

  const choose = (id: number) => setDraft((d) => ({ ...d, reasonId: id }));

  function search(e?: FormEvent) {
    e?.preventDefault();
    if (q.trim().length < 2) return setError(refuse('q', t('newReport.searchTooShort')));
    setError(null);
    setAsked(q.trim());
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft.reasonId || !reason) return setError(refuse('reasonId', t('newReport.reasonRequired')));
    if (!reason.inSeason) return setError(refuse('reasonId', text(reason, 'seasonMessage') || t('newReport.outOfSeasonText')));
    if (reason.verifiedRequired && me?.verification !== 'verified') return setError(refuse('reasonId', t('newReport.verifiedText')));
    onContinue();
  }

  const object = tree.data?.objects.find((o) => String(o.id) === objectId);
  const category = object?.categories.find((c) => String(c.id) === categoryId);
  const results = found.data?.items ?? [];
  // the reason is among the radios shown (else it is named above its description)
  const listed =
    !!reason &&
    ((mode === 'search' && results.some((r) => r.reason.id === reason.id)) || (mode === 'browse' && !!category?.reasons.some((r) => r.id === reason.id)));
  const radios = (mode === 'search' && results.length > 0) || (mode === 'browse' && !!category);
  const firstRadio = mode === 'search' ? results[0]?.reason.id : category?.reasons[0]?.id;
  const targets = { reasonId: radios && firstRadio ? `f-reason-${firstRadio}` : 'f-reason', q: 'f-q' };

  return (
    <>
      <ErrorSummary error={error} targets={targets} />
      <PageHeading>{t('newReport.step.what')}</PageHeading>
      <p className="lead">{t('newReport.whatLead')}</p>
      <div className="tabs" role="group" aria-label={t('newReport.howToFind')}>
        <ul>
          <li>
            <button type="button" className="tabs__button" aria-pressed={mode === 'search'} onClick={() => setMode('search')}>
              {t('newReport.bySearch')}
            </button>
          </li>
          <li>
            <button type="button" className="tabs__button" aria-pressed={mode === 'browse'} onClick={() => setMode('browse')}>
              {t('newReport.byList')}
            </button>
          </li>
        </ul>
      </div>
      {mode === 'search' ? (
        <form role="search" className="wizard__search" onSubmit={search} noValidate aria-label={t('newReport.searchLabel')}>
          <TextField
            id="f-q"
            type="search"
            label={t('newReport.search')}
            hint={t('newReport.searchHint')}
            value={q}
            onChange={setQ}
            error={fieldMessage(error, 'q')}
          />
          <button type="submit" className="button button--secondary">
            {t('newReport.find')}
          </button>
        </form>
      ) : null}
      <form onSubmit={submit} noValidate>
        {mode === 'search' ? (
          asked ? (
            <QueryView query={found}>
              {({ items }) =>
                items.length ? (
                  <RadioGroup
                    idPrefix="f-reason"
                    legend={t('newReport.results', { count: items.length, q: asked })}
                    value={draft.reasonId ? String(draft.reasonId) : ''}
                    onChange={(v) => choose(Number(v))}
                    error={fieldMessage(error, 'reasonId')}
                    options={items.map((r) => ({
                      value: String(r.reason.id),
                      label: `${named(r.reason)} — ${named({ nameRu: r.objectNameRu, nameEn: r.objectNameEn })}, ${named({ nameRu: r.categoryNameRu, nameEn: r.categoryNameEn }).toLowerCase()}`,
                    }))}
                  />
                ) : (
                  <p role="status">{t('newReport.noResults', { q: asked })}</p>
                )
              }
            </QueryView>
          ) : reason ? null : (
            <p className="muted" id="f-reason" tabIndex={-1}>
              {t('newReport.searchFirst')}
            </p>
          )
        ) : (
          <QueryView query={tree}>
            {({ objects }) => (
              <>
                <SelectField
                  id="f-object"
                  label={t('newReport.object')}
                  value={objectId}
                  onChange={(v) => setPicked({ objectId: v, categoryId: '' })}
                  options={[{ value: '', label: t('newReport.chooseObject') }, ...objects.map((o) => ({ value: String(o.id), label: named(o) }))]}
                />
                {object ? (
                  <SelectField
                    id="f-category"
                    label={t('newReport.category')}
                    value={categoryId}
                    onChange={(v) => setPicked({ objectId, categoryId: v })}
                    options={[{ value: '', label: t('newReport.chooseCategory') }, ...object.categories.map((c) => ({ value: String(c.id), label: named(c) }))]}
                  />
                ) : null}
                {category ? (
                  <RadioGroup
                    idPrefix="f-reason"
                    legend={t('newReport.reason')}
                    value={draft.reasonId ? String(draft.reasonId) : ''}
                    onChange={(v) => choose(Number(v))}
                    error={fieldMessage(error, 'reasonId')}
                    options={category.reasons.map((r) => ({ value: String(r.id), label: named(r) }))}
                  />
                ) : (
                  <p className="muted" id={reason ? undefined : 'f-reason'} tabIndex={-1}>
                    {t('newReport.browseFirst')}
                  </p>
                )}
              </>
            )}
          </QueryView>
        )}
        {reason && !listed ? <p className="wizard__chosen">{t('newReport.chosenReason', { name: named(reason) })}</p> : null}
        {reason && !listed && fieldMessage(error, 'reasonId') ? (
          <p className="field__error" id="f-reason-error">
            <span className="visually-hidden">{t('errors.fieldPrefix')} </span>
            {fieldMessage(error, 'reasonId')}
          </p>
        ) : null}
        {reason ? <ReasonAbout reason={reason} id={radios ? undefined : 'f-reason'} /> : null}
        <button type="submit" className="button">
          {t('newReport.continue')}
        </button>
      </form>
    </>
  );
}
