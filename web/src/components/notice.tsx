import type { ReactNode } from 'react';

/**
 * A boxed message. `success` is announced politely (role=status); `error` and `warning` are for
 * problems that are not about a form field (those go to the error summary).
 */
export function Notice({ kind = 'info', title, children }: { kind?: 'info' | 'success' | 'warning' | 'error'; title?: ReactNode; children?: ReactNode }) {
  return (
    <div className={`notice notice--${kind}`} role={kind === 'success' ? 'status' : undefined}>
      {title ? <p className="notice__title">{title}</p> : null}
      {children}
    </div>
  );
}

/** A short status word with a colour and, always, the word itself (never colour alone). */
export function Tag({ kind = 'neutral', children }: { kind?: 'neutral' | 'success' | 'warning' | 'error' | 'accent'; children: ReactNode }) {
  return <span className={`tag tag--${kind}`}>{children}</span>;
}
