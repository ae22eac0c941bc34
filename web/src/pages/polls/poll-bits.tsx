import { useTranslation } from 'react-i18next';
import type { AgeBand } from '@server/modules/verification/domain/age.js';
import { useDistrictName } from '../../api/lists.js';
import type { Schema } from '../../api/types.js';
import { Tag } from '../../components/notice.js';
import { useFormat } from '../../format.js';

type PollSummary = Schema<'PollSummary'>;

/** The city's districts, for naming targets and breakdowns (responses without a district say so). */
export function useDistrictNames(): (id: string | null) => string {
  const { t } = useTranslation();
  const name = useDistrictName();
  return (id) => (id ? name(id) : t('polls.noDistrict'));
}

/** Who may answer a poll, in words. */
export function WhoMayAnswer({ poll, districtName }: { poll: PollSummary; districtName: (id: string | null) => string }) {
  const { t } = useTranslation();
  const parts = [poll.binding || poll.verifiedOnly ? t('polls.who.verified') : t('polls.who.anyone')];
  if (poll.districtIds.length) parts.push(t('polls.who.districts', { list: poll.districtIds.map(districtName).join(', ') }));
  if (poll.ageBands.length) parts.push(t('polls.who.ages', { list: poll.ageBands.map((b) => t(`verification.ageBand.${b as AgeBand}`)).join(', ') }));
  return <p className="pl-who">{parts.join('; ')}.</p>;
}

/** The poll's tags: binding or advisory, and its state. */
export function PollTags({ poll }: { poll: PollSummary }) {
  const { t } = useTranslation();
  return (
    <p className="pl-tags">
      <Tag kind={poll.binding ? 'accent' : 'neutral'}>{poll.binding ? t('polls.binding') : t('polls.advisory')}</Tag>{' '}
      <Tag kind={poll.state === 'open' ? 'success' : 'neutral'}>{t(`polls.state.${poll.state}`)}</Tag>
      {poll.kind === 'priorities' ? (
        <>
          {' '}
          <Tag>{t('polls.priorities')}</Tag>
        </>
      ) : null}
    </p>
  );
}

/** Dates of a poll in one line. */
export function PollDates({ poll }: { poll: PollSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  return <p className="muted">{t('polls.dates', { opens: f.dateTime(poll.opensAt), closes: f.dateTime(poll.closedAt ?? poll.closesAt) })}</p>;
}
