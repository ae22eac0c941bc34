import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { useDistrictName } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useDraft } from '../../use-draft.js';
import { useSubmit } from '../../use-submit.js';
import { proposalsChanged } from './pb-bits.js';
import { ProposalFields, proposalBody, proposalTargets, type ProposalDraft } from './proposal-fields.js';

const targets = { headingId: 'f-headingId', ...proposalTargets };

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
  const cycleId = params.get('cycleId');
  // the headings taking proposals now (of the cycle asked for, if one was)
  const headings = useApiQuery('/api/budgeting/cycles', undefined, {
    select: (r) => r.items.filter((c) => c.phase === 'intake' && (!cycleId || c.id === cycleId)).flatMap((c) => c.headings.map((h) => ({ h, c }))),
  });
  const [draft, setDraft, clearDraft] = useDraft<ProposalDraft & { headingId: string }>('gorod.draft.proposal', {
    headingId: params.get('headingId') ?? '',
    title: '',
    description: '',
    topic: 'improvement',
    lat: null,
    lon: null,
    address: '',
    estimatedCost: '',
    photos: [],
  });
  const { busy, error, submit } = useSubmit();
  useTitle(t('proposal.new'), !!error);

  const chosen = headings.data?.find((x) => x.h.id === draft.headingId);

  const send = submit(
    () => api.POST('/api/budgeting/proposals', { body: { headingId: draft.headingId, ...proposalBody(draft) } }),
    (card) => {
      clearDraft();
      void proposalsChanged();
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
      <QueryView query={headings}>
        {(open) =>
          !open.length ? (
            <Notice kind="info" title={t('proposal.noIntake')} />
          ) : (
            <form onSubmit={send} noValidate>
              <SelectField
                id="f-headingId"
                label={t('proposal.heading')}
                hint={t('proposal.headingHint')}
                value={draft.headingId}
                onChange={(v) => setDraft((d) => ({ ...d, headingId: v }))}
                error={fieldMessage(error, 'headingId')}
                options={[
                  { value: '', label: t('proposal.chooseHeading') },
                  ...open.map(({ h, c }) => ({
                    value: h.id,
                    label: `${h.title} (${h.districtId ? districtName(h.districtId) : t('cycle.citywide')}, ${f.money(h.amount, c.currency, { compact: true })}) — ${c.title}`,
                  })),
                ]}
              />
              <ProposalFields
                draft={draft}
                setDraft={setDraft}
                error={error}
                citywide={!!chosen && !chosen.h.districtId}
                currencyLabel={f.currencySign(chosen?.c.currency ?? 'RUB')}
              />
              <button className="button" type="submit" disabled={busy}>
                {t('proposal.submit')}
              </button>
            </form>
          )
        }
      </QueryView>
    </div>
  );
}
