import { useCallback, useEffect, useState } from 'react';

function read<T>(key: string, initial: T): T {
  try {
    const raw = sessionStorage.getItem(key);
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
 */
export function useDraft<T extends object>(key: string, initial: T): [T, (update: (prev: T) => T) => void, () => void] {
  const [value, setValue] = useState<T>(() => read(key, initial));

  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      // storage full or forbidden: the draft lives in memory only
    }
  }, [key, value]);

  const clear = useCallback(() => {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // nothing stored
    }
    setValue(initial);
    // `initial` is the form's empty state; only the key identifies the draft
  }, [key]);

  return [value, setValue, clear];
}
