import { useTranslation } from 'react-i18next';
import {
  maxProposalPhotos,
  proposalAddressMax,
  proposalDescriptionLimits,
  proposalTitleLimits,
  proposalTopics,
  type ProposalTopic,
} from '@server/modules/budgeting/domain/proposal-rules.js';
import type { ApiError } from '../../api/client.js';
import type { ApiBody } from '../../api/types.js';
import { CityMap } from '../../components/city-map.js';
import { fieldMessage } from '../../components/errors.js';
import { SelectField, TextArea, TextField } from '../../components/fields.js';
import { PhotoUpload, type AttachedPhoto } from '../../components/photo-upload.js';

/** What a resident types about a proposal, on the new-proposal page and in the edit form. */
export interface ProposalDraft {
  title: string;
  description: string;
  topic: ProposalTopic;
  lat: number | null;
  lon: number | null;
  address: string;
  estimatedCost: string;
  photos: AttachedPhoto[];
}

/** Where each field's error sends the error summary. */
export const proposalTargets = {
  title: 'f-title',
  description: 'f-description',
  topic: 'f-topic',
  lat: 'f-map',
  lon: 'f-map',
  address: 'f-address',
  estimatedCost: 'f-cost',
  photoIds: 'f-photos',
};

/** The request body for a draft: the cost as the server reads it («1 200 000,50» → "1200000.50"). */
export function proposalBody(d: ProposalDraft): Omit<ApiBody<'/api/budgeting/proposals', 'post'>, 'headingId'> {
  return {
    title: d.title,
    description: d.description,
    topic: d.topic,
    lat: d.lat,
    lon: d.lon,
    address: d.address || null,
    estimatedCost: d.estimatedCost.replace(/\s/g, '').replace(',', '.'),
    photoIds: d.photos.map((p) => p.id),
  };
}

/**
 * Title, description, topic, the place on the map, address, estimated cost (in `currencyLabel`) and photos.
 * `citywide` changes the hint about the place: a district heading takes only places in its district.
 */
export function ProposalFields<D extends ProposalDraft>({
  draft,
  setDraft,
  error,
  citywide,
  currencyLabel,
}: {
  draft: D;
  setDraft(update: (d: D) => D): void;
  error: ApiError | null;
  citywide: boolean;
  currencyLabel: string;
}) {
  const { t } = useTranslation();
  const set =
    <K extends keyof ProposalDraft>(k: K) =>
    (v: ProposalDraft[K]) =>
      setDraft((d) => ({ ...d, [k]: v }));
  return (
    <>
      <TextField
        id="f-title"
        label={t('proposal.titleLabel')}
        hint={t('proposal.titleHint')}
        value={draft.title}
        onChange={set('title')}
        maxLength={proposalTitleLimits.max}
        error={fieldMessage(error, 'title')}
      />
      <TextArea
        id="f-description"
        label={t('proposal.description')}
        hint={t('proposal.descriptionHint')}
        value={draft.description}
        onChange={set('description')}
        rows={8}
        maxLength={proposalDescriptionLimits.max}
        error={fieldMessage(error, 'description')}
      />
      <SelectField
        id="f-topic"
        label={t('proposal.topic')}
        value={draft.topic}
        onChange={(v) => set('topic')(v as ProposalTopic)}
        error={fieldMessage(error, 'topic')}
        options={proposalTopics.map((k) => ({ value: k, label: t(`proposal.topic.${k}`) }))}
      />
      <div className={`field${fieldMessage(error, 'lat') ? ' field--error' : ''}`} id="f-map" tabIndex={-1}>
        <p className="field__label">{t('proposal.place')}</p>
        <p className="field__hint">{citywide ? t('proposal.placeHintCity') : t('proposal.placeHint')}</p>
        {fieldMessage(error, 'lat') ? <p className="field__error">{fieldMessage(error, 'lat')}</p> : null}
        <CityMap
          label={t('proposal.mapLabel')}
          point={draft.lat !== null && draft.lon !== null ? { lat: draft.lat, lon: draft.lon } : null}
          onPick={(p) => setDraft((d) => ({ ...d, lat: p.lat, lon: p.lon }))}
        />
        {draft.lat !== null ? (
          <p>
            {t('proposal.placeChosen', { lat: draft.lat.toFixed(5), lon: draft.lon?.toFixed(5) ?? '' })}{' '}
            <button type="button" className="button button--secondary button--small" onClick={() => setDraft((d) => ({ ...d, lat: null, lon: null }))}>
              {t('proposal.placeClear')}
            </button>
          </p>
        ) : null}
      </div>
      <TextField
        id="f-address"
        label={t('proposal.address')}
        value={draft.address}
        onChange={set('address')}
        maxLength={proposalAddressMax}
        error={fieldMessage(error, 'address')}
      />
      <TextField
        id="f-cost"
        label={t('proposal.cost', { currency: currencyLabel })}
        hint={t('proposal.costHint')}
        value={draft.estimatedCost}
        onChange={set('estimatedCost')}
        width="short"
        error={fieldMessage(error, 'estimatedCost')}
      />
      <PhotoUpload
        id="f-photos"
        label={t('proposal.photos')}
        photos={draft.photos}
        onChange={(update) => setDraft((d) => ({ ...d, photos: update(d.photos) }))}
        max={maxProposalPhotos}
        error={fieldMessage(error, 'photoIds')}
      />
    </>
  );
}
