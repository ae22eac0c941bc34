import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a confirmation asks: the question with the figures, what follows from it, and the confirming button's words. */
export interface ConfirmQuestion {
  /** The question itself, in plain words with the figures ("Spend 50 points on «Museum ticket»?"). */
  title: string;
  /** What will happen, and whether it can be undone. */
  body: ReactNode;
  /** The confirming button ("Yes, spend the points"); Cancel is always the other one. */
  confirm: string;
}

/**
 * Asking before an action that cannot be undone with one click (casting a ballot, supporting an initiative,
 * spending points): `const { ask, dialog } = useConfirm()`, render `dialog`, and `if (await ask({...}))` act.
 * The dialog is the browser's own modal <dialog> (as the flag and merge dialogs): focus stays inside and starts
 * on Cancel, Esc cancels, and closing it returns focus to the button that opened it.
 */
export function useConfirm(): { ask(question: ConfirmQuestion): Promise<boolean>; dialog: ReactNode } {
  const [open, setOpen] = useState<{ question: ConfirmQuestion; resolve(yes: boolean): void } | null>(null);
  const ask = useCallback((question: ConfirmQuestion) => new Promise<boolean>((resolve) => setOpen({ question, resolve })), []);
  const dialog = open ? (
    <ConfirmDialog
      question={open.question}
      onClose={(yes) => {
        setOpen(null);
        open.resolve(yes);
      }}
    />
  ) : null;
  return { ask, dialog };
}

function ConfirmDialog({ question, onClose }: { question: ConfirmQuestion; onClose(yes: boolean): void }) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const answer = useRef(false);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    // the safe answer has focus: Enter or a stray tap does not act
    cancel.current?.focus();
  }, []);

  const close = (yes: boolean) => {
    answer.current = yes;
    dialog.current?.close();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={() => onClose(answer.current)}
    >
      <h2 className="dialog__title" id={`${id}-title`}>
        {question.title}
      </h2>
      <div className="confirm-dialog__body" id={`${id}-body`}>
        {question.body}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => close(true)}>
          {question.confirm}
        </button>
        <button type="button" ref={cancel} className="button button--secondary" onClick={() => close(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
