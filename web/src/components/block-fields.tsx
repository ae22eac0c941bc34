import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client.js';
import { cityDayEnd, cityDayOf } from '../city-time.js';
import { fieldMessage } from './errors.js';
import { TextArea, TextField } from './fields.js';

/** What a block form holds: the last day (empty: for good) and the reason. */
export function useBlockDraft() {
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  return {
    until,
    setUntil,
    reason,
    setReason,
    /** The body of a block or unblock request: the block lasts to the end of the chosen day on the city's clock. */
    body: (blocked: boolean) => ({
      blocked,
      ...(blocked && until ? { until: cityDayEnd(until) } : {}),
      ...(blocked && reason.trim() ? { reason: reason.trim() } : {}),
    }),
  };
}

/** The last day of a block (from today on the city's calendar) and its reason, as administrators and moderators fill them. */
export function BlockFields({ draft, error }: { draft: ReturnType<typeof useBlockDraft>; error: ApiError | null }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id="f-until"
        type="date"
        label={t('admin.blockUntil')}
        hint={t('admin.blockUntilHint')}
        value={draft.until}
        onChange={draft.setUntil}
        width="medium"
        min={cityDayOf(new Date().toISOString())}
        error={fieldMessage(error, 'until')}
      />
      <TextArea
        id="f-reason"
        label={t('admin.blockReasonLabel')}
        hint={t('admin.blockReasonHint')}
        value={draft.reason}
        onChange={draft.setReason}
        rows={3}
        maxLength={500}
        error={fieldMessage(error, 'reason')}
      />
    </>
  );
}
