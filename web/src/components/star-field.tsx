import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './star-field.css';

/**
 * A labelled 1–`max` star choice as a fieldset of radio buttons (arrow keys move between them; each star's name is
 * read out by `starLabel`); the error summary links to the first star (`${idPrefix}-1`).
 */
export function StarField({
  idPrefix,
  legend,
  hint,
  error,
  value,
  onChange,
  max = 5,
  starLabel,
}: {
  idPrefix: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: number | null;
  onChange(v: number): void;
  max?: number;
  /** Each star's spoken name, e.g. "3 of 5". */
  starLabel(v: number): string;
}) {
  const { t } = useTranslation();
  const described = [hint ? `${idPrefix}-hint` : '', error ? `${idPrefix}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="fieldset stars" aria-describedby={described}>
        <legend className="field__label">{legend}</legend>
        {hint ? (
          <p className="field__hint" id={`${idPrefix}-hint`}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p className="field__error" id={`${idPrefix}-error`}>
            <span className="visually-hidden">{t('errors.fieldPrefix')} </span>
            {error}
          </p>
        ) : null}
        <div className="stars__row">
          {Array.from({ length: max }, (_, i) => i + 1).map((v) => (
            <span key={v} className="star">
              <input
                className="star__input"
                type="radio"
                id={`${idPrefix}-${v}`}
                name={idPrefix}
                value={v}
                checked={value === v}
                onChange={() => onChange(v)}
              />
              <label className={`star__label${value !== null && v <= value ? ' star__label--on' : ''}`} htmlFor={`${idPrefix}-${v}`}>
                <span aria-hidden="true">★</span>
                <span className="visually-hidden">{starLabel(v)}</span>
              </label>
            </span>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
