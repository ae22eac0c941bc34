import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A labelled datetime-local input: the value is a minute on the city's clock (web/src/city-time.ts turns it into an
 * instant), and the hint says so, since the browser would otherwise suggest its own zone.
 */
export function CityTimeField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange(v: string): void;
}) {
  const { t } = useTranslation();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('errors.fieldPrefix')} </span>
          {error}
        </p>
      ) : null}
      <input
        className="input input--medium"
        type="datetime-local"
        id={id}
        name={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
