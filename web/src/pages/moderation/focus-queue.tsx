import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/notice.js';
import { useFormat } from '../../format.js';

/** The id of an item's line in the list. */
const queueItemId = (key: string) => `queue-item-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

/**
 * A queue's items minus those handled here, the one in focus, and how many handled ones the loaded
 * list does not know of yet (handled after `loadedAt`, the time the list was loaded), so the count
 * drops at once and does not drop twice when the list reloads. Handling an item moves the focus to
 * the next one (or the one before, at the end).
 */
export function useFocusQueue<T>(loaded: readonly T[], keyOf: (item: T) => string, loadedAt: number) {
  const [handled, setHandled] = useState<ReadonlyMap<string, number>>(new Map());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const items = loaded.filter((i) => !handled.has(keyOf(i)));
  const index = Math.max(
    0,
    items.findIndex((i) => keyOf(i) === focusKey),
  );
  const focused = items[index] ?? null;
  const pending = [...handled.values()].filter((at) => at > loadedAt).length;

  const move = (step: 1 | -1) => {
    const next = items[index + step];
    if (next) setFocusKey(keyOf(next));
    return next ? keyOf(next) : null;
  };
  const handle = (key: string) => {
    const at = items.findIndex((i) => keyOf(i) === key);
    const next = items[at + 1] ?? items[at - 1] ?? null;
    setHandled((m) => new Map(m).set(key, Date.now()));
    setFocusKey(next ? keyOf(next) : null);
    // the form acted with is gone: keyboard focus goes to the next item's line, not to the page's start
    if (next) requestAnimationFrame(() => document.getElementById(queueItemId(keyOf(next)))?.focus({ preventScroll: true }));
  };
  return { items, focused, focusKey: focused ? keyOf(focused) : null, focus: setFocusKey, move, handle, pending };
}

/** Whether a key press belongs to a field being typed in (shortcuts leave those alone). */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest('input, textarea, select, [contenteditable="true"]');
}

/**
 * A moderator's queue: a compact list, one line per item, and the one item in focus shown in full
 * with its actions — beside the list on a desk, below it on a phone. Keys anywhere on the page but
 * in a field: j / k move the focus (↓ / ↑ too while in the list), o opens the focused item's page
 * (the link in its heading),
 * and `onKey` gets the rest (the page's action keys).
 */
export function FocusQueue<T>({
  queue,
  keyOf,
  label,
  line,
  onKey,
  keyHelp = [],
  children,
}: {
  queue: ReturnType<typeof useFocusQueue<T>>;
  keyOf(item: T): string;
  label: string;
  line(item: T): ReactNode;
  onKey?(key: string, item: T): boolean;
  /** The page's own keys, listed under FocusQueue's. */
  keyHelp?: string[];
  children(item: T): ReactNode;
}) {
  const { t } = useTranslation();
  const { items, focused, focusKey } = queue;

  const go = (step: 1 | -1, moveDomFocus: boolean) => {
    const next = queue.move(step);
    if (!next) return;
    // after React has drawn the new focus
    requestAnimationFrame(() => {
      const el = document.getElementById(queueItemId(next));
      if (moveDomFocus) el?.focus();
      else el?.scrollIntoView({ block: 'nearest' });
    });
  };

  useEffect(() => {
    function onKeyDown(e: globalThis.KeyboardEvent) {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target) || !focused) return;
      if (e.key === 'j' || e.key === 'k') {
        e.preventDefault();
        go(e.key === 'j' ? 1 : -1, false);
      } else if (e.key === 'o') {
        e.preventDefault();
        document.querySelector<HTMLAnchorElement>('#queue-focus h2 a')?.click();
      } else if (onKey?.(e.key, focused)) {
        e.preventDefault();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  const listKeys = (e: KeyboardEvent<HTMLOListElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      go(e.key === 'ArrowDown' ? 1 : -1, true);
    }
  };

  const choose = (key: string) => {
    queue.focus(key);
    // on a phone the item opens below the list: take the person there
    if (window.matchMedia('(max-width: 63.99rem)').matches) {
      requestAnimationFrame(() => document.getElementById('queue-focus')?.scrollIntoView({ block: 'start' }));
    }
  };

  return (
    <>
      <details className="details">
        <summary>{t('focusQueue.keysTitle')}</summary>
        <ul>
          <li>{t('focusQueue.keyMove')}</li>
          <li>{t('focusQueue.keyOpen')}</li>
          {keyHelp.map((k) => (
            <li key={k}>{k}</li>
          ))}
        </ul>
      </details>
      <div className="focus-queue">
        <ol className="focus-queue__list" aria-label={label} onKeyDown={listKeys}>
          {items.map((item) => {
            const key = keyOf(item);
            const current = key === focusKey;
            return (
              <li key={key}>
                <button
                  type="button"
                  id={queueItemId(key)}
                  className="focus-queue__item"
                  aria-current={current ? 'true' : undefined}
                  aria-controls="queue-focus"
                  onClick={() => choose(key)}
                >
                  {line(item)}
                </button>
              </li>
            );
          })}
        </ol>
        {focused ? (
          <section className="focus-queue__focus card" id="queue-focus" aria-label={t('focusQueue.focusedLabel')}>
            {children(focused)}
          </section>
        ) : null}
      </div>
    </>
  );
}

/** One line of a queue: what kind of thing, its title, how long it has waited, overdue marked. */
export function QueueLine({
  kind,
  title,
  openedAt,
  overdue,
  extra,
}: {
  kind?: ReactNode;
  title: string;
  openedAt: string;
  overdue: boolean;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <span className="focus-queue__title">{title}</span>
      <span className="focus-queue__meta">
        {kind ? <>{kind} · </> : null}
        {extra ? <>{extra} · </> : null}
        <time dateTime={openedAt}>{age(openedAt, f.locale)}</time>
        {overdue ? (
          <>
            {' '}
            <Tag kind="error">{t('focusQueue.overdue')}</Tag>
          </>
        ) : null}
      </span>
    </>
  );
}

/** "3 days ago" in the interface's language. */
function age(iso: string, locale: string): string {
  const minutes = Math.round((Date.now() - Date.parse(iso)) / 60_000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (minutes < 60) return rtf.format(-Math.max(minutes, 0), 'minute');
  if (minutes < 48 * 60) return rtf.format(-Math.round(minutes / 60), 'hour');
  return rtf.format(-Math.round(minutes / 1440), 'day');
}
