import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary } from '../../components/errors.js';
import { useErrorTitle } from '../../components/page.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { ProposalFields, proposalBody, proposalTargets, type ProposalDraft } from './proposal-fields.js';

/**
 * The authors' form to change a proposal (PATCH /api/budgeting/proposals/:number): the same fields as when it was
 * proposed, filled in. The server refuses once the review has started or the proposal is no longer submitted.
 */
export function ProposalEditForm({ p, onDone, onCancel }: { p: Schema<'BudgetingProposal'>; onDone(): Promise<void>; onCancel(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [draft, setDraft] = useState<ProposalDraft>(() => ({
    title: p.title,
    description: p.description,
    topic: p.topic,
    lat: p.lat,
    lon: p.lon,
    address: p.address ?? '',
    estimatedCost: p.estimatedCost,
    photos: p.photos.map((x) => ({ id: x.id, thumbUrl: x.thumbUrl })),
  }));
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const save = submit(() => api.PATCH('/api/budgeting/proposals/{number}', { params: { path: { number: p.number } }, body: proposalBody(draft) }), onDone);
  return (
    <div className="narrow">
      <ErrorSummary error={error} targets={proposalTargets} />
      <p className="lead">{t('proposal.editLead')}</p>
      <form onSubmit={save} noValidate>
        <ProposalFields draft={draft} setDraft={setDraft} error={error} citywide={!p.heading.districtId} currencyLabel={f.currencySign(p.cycle.currency)} />
        <div className="form-actions">
          <button className="button" type="submit" disabled={busy}>
            {t('proposal.editSave')}
          </button>
          <button className="button button--secondary" type="button" disabled={busy} onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
