import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from './api/client.js';
import { asApiError } from './components/errors.js';

export interface Submission {
  /** True while an action runs (the page disables its buttons). */
  busy: boolean;
  /** The last failure, for the error summary, the fields and the page title; null after a success. */
  error: ApiError | null;
  setError(error: ApiError | null): void;
  /** Shows a failure of something run outside `run`, converted as `run` converts its own. */
  fail(err: unknown): void;
  /**
   * Runs `send` with `busy` set; on success clears the error and runs `then` with its result, on
   * failure keeps the error to show. `leaving`: success takes the person to another page, so the
   * page stays busy (and keeps what it shows) until it goes.
   */
  run<T>(send: () => Promise<T>, then?: (result: T) => void | Promise<void>, opts?: { leaving?: boolean }): Promise<void>;
  /** `run` as a form's submit handler (the browser does not submit the form itself). */
  submit<T>(send: () => Promise<T>, then?: (result: T) => void | Promise<void>, opts?: { leaving?: boolean }): (e: FormEvent) => void;
}

/** The busy flag and the error of a page's forms and buttons that call the API. */
export function useSubmit(): Submission {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const fail = (err: unknown) => setError(asApiError(err, t('errors.unexpected')));

  async function run<T>(send: () => Promise<T>, then?: (result: T) => void | Promise<void>, { leaving = false } = {}): Promise<void> {
    setBusy(true);
    try {
      const result = await send();
      if (!leaving) setError(null);
      await then?.(result);
      if (leaving) return; // busy until the page goes
    } catch (err) {
      fail(err);
    }
    setBusy(false);
  }

  const submit: Submission['submit'] = (send, then, opts) => (e) => {
    e.preventDefault();
    void run(send, then, opts);
  };

  return { busy, error, setError, fail, run, submit };
}
