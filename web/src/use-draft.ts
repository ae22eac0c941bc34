import { useCallback, useEffect, useRef, useState } from 'react';

type Where = 'session' | 'local';
const storeOf = (where: Where): Storage => (where === 'local' ? localStorage : sessionStorage);

function read<T>(key: string, initial: T, where: Where): T {
  try {
    const raw = storeOf(where).getItem(key);
    if (raw === null) return initial;
    const parsed: unknown = JSON.parse(raw);
    // a stored draft of another shape (an older version of the form) is ignored
    return typeof parsed === typeof initial && parsed !== null ? ({ ...initial, ...(parsed as object) } as T) : initial;
  } catch {
    return initial;
  }
}

/**
 * Form state kept in this tab's sessionStorage under `key`, so what a person typed survives a
 * reload or a trip to sign in and back. `clear()` forgets it (after the form was sent).
 * `where: 'local'` keeps it in localStorage instead (a report drafted on the street survives the
 * browser being closed).
 */
export function useDraft<T extends object>(key: string, initial: T, where: Where = 'session'): [T, (update: (prev: T) => T) => void, () => void] {
  const [value, setValue] = useState<T>(() => read(key, initial, where));
  // `initial` is the form's empty state, often a new object each render: the first one is the one cleared to
  const empty = useRef(initial);

  useEffect(() => {
    try {
      storeOf(where).setItem(key, JSON.stringify(value));
    } catch {
      // storage full or forbidden: the draft lives in memory only
    }
  }, [key, value, where]);

  const clear = useCallback(() => {
    try {
      storeOf(where).removeItem(key);
    } catch {
      // nothing stored
    }
    setValue(empty.current);
  }, [key, where]);

  return [value, setValue, clear];
}
