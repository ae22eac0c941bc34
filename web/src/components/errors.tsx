import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';

/** Field name (as the API names it) → id of the element the summary links to. */
export type FieldTargets = Record<string, string>;

/**
 * The message to show beside a field: the API's own for that field, or the whole error's message
 * when its code is about that field (e.g. `official_needs_department` → scope).
 */
export function fieldMessage(error: ApiError | null, field: string, codeFields: Record<string, string> = {}): string | undefined {
  if (!error) return undefined;
  if (error.fields[field]) return error.fields[field];
  // an element of a list field (`tags.0`) is shown beside the list's field
  const nested = Object.keys(error.fields).find((f) => f.startsWith(`${field}.`));
  if (nested) return error.fields[nested];
  if (!Object.keys(error.fields).length && codeFields[error.code] === field) return error.message;
  return undefined;
}

interface Item {
  text: string;
  target?: string | undefined;
}

function itemsOf(error: ApiError, targets: FieldTargets, codeFields: Record<string, string>): Item[] {
  const fields = Object.keys(error.fields);
  if (!fields.length) {
    const field = codeFields[error.code];
    return [{ text: error.message, target: field ? targets[field] : undefined }];
  }
  const known = Object.keys(targets);
  const top = (f: string) => f.split('.')[0]!;
  const ordered = [...known.flatMap((k) => fields.filter((f) => top(f) === k)), ...fields.filter((f) => !known.includes(top(f)))];
  return ordered.map((f) => ({ text: error.fields[f] ?? '', target: targets[f] ?? targets[f.split('.')[0]!] }));
}

/**
 * GOV.UK-style error summary: "There is a problem", each problem a link to its field; it takes
 * focus when it appears so screen readers read it at once.
 */
export function ErrorSummary({
  error,
  targets = {},
  codeFields = {},
  id = 'error-summary',
}: {
  error: ApiError | null;
  targets?: FieldTargets;
  codeFields?: Record<string, string>;
  id?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);

  if (!error) return null;
  const items = itemsOf(error, targets, codeFields);
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <h2 className="error-summary__title" id={`${id}-title`}>
        {t('errors.summaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {items.map((item, i) => (
          <li key={i}>
            {item.target ? (
              <a
                href={`#${item.target}`}
                onClick={(e) => {
                  const el = document.getElementById(item.target!);
                  if (!el) return;
                  e.preventDefault();
                  el.focus();
                  // show the label (and legend) above the field, as GOV.UK does
                  (el.closest('.field') ?? el).scrollIntoView({ block: 'start' });
                }}
              >
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Wraps an unexpected failure so it can be shown like any API error. */
export function asApiError(err: unknown, fallback: string): ApiError {
  return err instanceof ApiError ? err : new ApiError(0, 'client', fallback);
}
