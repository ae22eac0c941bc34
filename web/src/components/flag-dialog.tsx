import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { flagReasons, maxFlagNote, type FlagReason } from '@server/modules/moderation/domain/case-rules.js';
import { api, ApiError } from '../api/client.js';
import { invalidate } from '../api/query.js';
import { useSession } from '../session.js';
import { useSubmit } from '../use-submit.js';
import { ErrorSummary, fieldMessage } from './errors.js';
import { RadioGroup, TextArea } from './fields.js';
import { useErrorTitle } from './page.js';

/**
 * "Report this to moderators": a button that opens a modal dialog (the browser's own <dialog>:
 * focus stays inside, Esc closes it, focus returns to the button) with the reasons and a note.
 * `label` names what is flagged for screen readers ("Report the comment by Anna").
 */
export function FlagButton({
  entityType,
  entityId,
  label,
  variant = 'button',
}: {
  entityType: string;
  entityId: string;
  label?: string;
  variant?: 'button' | 'link';
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const look = variant === 'link' ? 'link-button' : 'button button--secondary button--small';

  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [open]);

  if (me === null) {
    return (
      <Link
        className={variant === 'link' ? 'link-button' : 'button button--secondary button--small'}
        to={`/login?next=${encodeURIComponent(location.pathname + location.hash)}`}
        aria-label={label ? t('flag.signInLabel', { what: label }) : undefined}
      >
        {t('flag.button')}
      </Link>
    );
  }
  if (sent) {
    return (
      <span className="entity-action__note" role="status">
        {t('flag.sent')}
      </span>
    );
  }

  const idPrefix = `flag-${entityType}-${entityId}`;
  return (
    <>
      <button type="button" className={look} aria-label={label} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('flag.button')}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={`${idPrefix}-title`} onClose={() => setOpen(false)}>
        {open ? (
          <FlagForm
            idPrefix={idPrefix}
            entityType={entityType}
            entityId={entityId}
            onCancel={() => dialog.current?.close()}
            onSent={() => {
              dialog.current?.close();
              setSent(true);
            }}
          />
        ) : null}
      </dialog>
    </>
  );
}

function FlagForm({
  idPrefix,
  entityType,
  entityId,
  onCancel,
  onSent,
}: {
  idPrefix: string;
  entityType: string;
  entityId: string;
  onCancel(): void;
  onSent(): void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<FlagReason | ''>('');
  const [note, setNote] = useState('');
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const targets = { reason: `${idPrefix}-reason-${flagReasons[0]}`, note: `${idPrefix}-note` };

  const send = submit(
    () =>
      reason
        ? api.POST('/api/flags', { body: { entityType, entityId, reason, ...(note.trim() ? { note: note.trim() } : {}) } })
        : // say what to do before asking the server
          Promise.reject(new ApiError(400, 'validation_failed', t('flag.reasonRequired'), { reason: t('flag.reasonRequired') })),
    // the case is in the moderators' queue now (and the content may be hidden at the threshold)
    () => {
      void invalidate('/api/moderation/queue');
      onSent();
    },
  );

  return (
    <form onSubmit={(e: FormEvent) => send(e)} noValidate className="dialog__form">
      <h2 className="dialog__title" id={`${idPrefix}-title`}>
        {t('flag.title')}
      </h2>
      <ErrorSummary id={`${idPrefix}-errors`} error={error} targets={targets} codeFields={{ already_flagged: 'reason', own_content_flag: 'reason' }} />
      <p>{t('flag.lead')}</p>
      <RadioGroup
        idPrefix={`${idPrefix}-reason`}
        legend={t('flag.reason')}
        value={reason}
        onChange={(v) => setReason(v as FlagReason)}
        error={fieldMessage(error, 'reason')}
        options={flagReasons.map((r) => ({ value: r, label: t(`flag.reason.${r}`) }))}
      />
      <TextArea
        id={`${idPrefix}-note`}
        label={t('flag.note')}
        hint={t('flag.noteHint')}
        value={note}
        onChange={setNote}
        rows={3}
        maxLength={maxFlagNote}
        error={fieldMessage(error, 'note')}
      />
      <div className="dialog__actions">
        <button type="submit" className="button" disabled={busy}>
          {t('flag.send')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
