import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api.js';
import { CityMap } from '../../components/city-map.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { Loading, PageHeading, useTitle } from '../../components/page.js';
import { PhotoUpload, type AttachedPhoto } from '../../components/photo-upload.js';
import { useDistrictName } from '../../components/person.js';
import { useFormat } from '../../format.js';
import { useDraft } from '../../use-draft.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import { getCycles, proposalTopics, type ProposalCard, type ProposalTopic } from './pb-api.js';
import { rub } from './pb-bits.js';

const targets = { headingId: 'f-headingId', title: 'f-title', description: 'f-description', topic: 'f-topic', lat: 'f-map', lon: 'f-map', address: 'f-address', estimatedCost: 'f-cost', photoIds: 'f-photos' };

/**
 * /budgeting/proposals/new — propose an idea during intake: the heading (district or citywide), title,
 * description, topic, the place on the map, the estimated cost and photos. What was typed is kept in this
 * tab until it is sent.
 */
export function NewProposalPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const districtName = useDistrictName();
  const [params] = useSearchParams();
  const cycles = useLoad('pb-cycles', getCycles);
  const [draft, setDraft, clearDraft] = useDraft('gorod.draft.proposal', {
    headingId: params.get('headingId') ?? '',
    title: '',
    description: '',
    topic: 'improvement' as ProposalTopic,
    lat: null as number | null,
    lon: null as number | null,
    address: '',
    estimatedCost: '',
    photos: [] as AttachedPhoto[],
  });
  const { busy, error, submit } = useSubmit();
  useTitle(t('proposal.new'), !!error);
  const set = <K extends keyof typeof draft>(k: K) => (v: (typeof draft)[K]) => setDraft((d) => ({ ...d, [k]: v }));

  if (!cycles.data) return <Loading />;
  const open = cycles.data.filter((c) => c.phase === 'intake' && (!params.get('cycleId') || c.id === params.get('cycleId')));
  const headings = open.flatMap((c) => c.headings.map((h) => ({ h, c })));
  const chosen = headings.find((x) => x.h.id === draft.headingId);

  const send = submit(
    () =>
      api<ProposalCard>('POST', '/api/budgeting/proposals', {
        headingId: draft.headingId,
        title: draft.title,
        description: draft.description,
        topic: draft.topic,
        lat: draft.lat,
        lon: draft.lon,
        address: draft.address || null,
        estimatedCost: draft.estimatedCost.replace(/\s/g, '').replace(',', '.'),
        photoIds: draft.photos.map((p) => p.id),
      }),
    (card) => {
      clearDraft();
      void navigate(`/budgeting/proposals/${card.number}`);
    },
    { leaving: true },
  );

  return (
    <div className="narrow">
      <p>
        <Link className="back-link" to="/budgeting">
          {t('nav.budgeting')}
        </Link>
      </p>
      <ErrorSummary error={error} targets={targets} />
      <PageHeading>{t('proposal.new')}</PageHeading>
      <p className="lead">{t('proposal.newLead')}</p>
      {!headings.length ? (
        <Notice kind="info" title={t('proposal.noIntake')} />
      ) : (
        <form onSubmit={send} noValidate>
          <SelectField
            id="f-headingId"
            label={t('proposal.heading')}
            hint={t('proposal.headingHint')}
            value={draft.headingId}
            onChange={set('headingId')}
            error={fieldMessage(error, 'headingId')}
            options={[
              { value: '', label: t('proposal.chooseHeading') },
              ...headings.map(({ h, c }) => ({ value: h.id, label: `${h.title} (${h.districtId ? districtName(h.districtId) : t('cycle.citywide')}, ${rub(f, h.amount, true)}) — ${c.title}` })),
            ]}
          />
          <TextField id="f-title" label={t('proposal.titleLabel')} hint={t('proposal.titleHint')} value={draft.title} onChange={set('title')} maxLength={150} error={fieldMessage(error, 'title')} />
          <TextArea id="f-description" label={t('proposal.description')} hint={t('proposal.descriptionHint')} value={draft.description} onChange={set('description')} rows={8} maxLength={5000} error={fieldMessage(error, 'description')} />
          <SelectField id="f-topic" label={t('proposal.topic')} value={draft.topic} onChange={(v) => set('topic')(v as ProposalTopic)} error={fieldMessage(error, 'topic')} options={proposalTopics.map((k) => ({ value: k, label: t(`proposal.topic.${k}`) }))} />
          <div className={`field${fieldMessage(error, 'lat') ? ' field--error' : ''}`} id="f-map" tabIndex={-1}>
            <p className="field__label">{t('proposal.place')}</p>
            <p className="field__hint">{chosen && !chosen.h.districtId ? t('proposal.placeHintCity') : t('proposal.placeHint')}</p>
            {fieldMessage(error, 'lat') ? <p className="field__error">{fieldMessage(error, 'lat')}</p> : null}
            <CityMap label={t('proposal.mapLabel')} point={draft.lat !== null && draft.lon !== null ? { lat: draft.lat, lon: draft.lon } : null} onPick={(p) => setDraft((d) => ({ ...d, lat: p.lat, lon: p.lon }))} />
            {draft.lat !== null ? (
              <p>
                {t('proposal.placeChosen', { lat: draft.lat.toFixed(5), lon: draft.lon?.toFixed(5) ?? '' })}{' '}
                <button type="button" className="button button--secondary button--small" onClick={() => setDraft((d) => ({ ...d, lat: null, lon: null }))}>
                  {t('proposal.placeClear')}
                </button>
              </p>
            ) : null}
          </div>
          <TextField id="f-address" label={t('proposal.address')} value={draft.address} onChange={set('address')} maxLength={300} error={fieldMessage(error, 'address')} />
          <TextField id="f-cost" label={t('proposal.cost')} hint={t('proposal.costHint')} value={draft.estimatedCost} onChange={set('estimatedCost')} width="short" error={fieldMessage(error, 'estimatedCost')} />
          <PhotoUpload id="f-photos" label={t('proposal.photos')} photos={draft.photos} onChange={(update) => setDraft((d) => ({ ...d, photos: update(d.photos) }))} max={5} error={fieldMessage(error, 'photoIds')} />
          <button className="button" type="submit" disabled={busy}>
            {t('proposal.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
