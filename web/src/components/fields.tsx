import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p className="field__hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  const { t } = useTranslation();
  return error ? (
    <p className="field__error" id={`${id}-error`}>
      <span className="visually-hidden">{t('errors.fieldPrefix')} </span>
      {error}
    </p>
  ) : null;
}

/** A labelled control's frame: label, hint and error above the control (`id` is the control's). */
function Field({ id, label, hint, error, children }: { id: string; label: ReactNode; hint?: ReactNode; error?: string | undefined; children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      {children}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange(value: string): void;
  /** datetime-local: a minute on the city's clock in the organisers' forms (web/src/city-time.ts makes it an instant) */
  type?: 'text' | 'email' | 'password' | 'search' | 'date' | 'datetime-local' | 'number' | 'tel' | 'url';
  autoComplete?: string;
  name?: string;
  width?: 'full' | 'medium' | 'short';
  spellCheck?: boolean;
  maxLength?: number;
  min?: string;
}

/** A labelled text input with an optional hint and its error beside it. */
export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  type = 'text',
  autoComplete,
  name,
  width = 'full',
  spellCheck,
  maxLength,
  min,
}: TextFieldProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const isPassword = type === 'password';
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <div className={isPassword ? 'field__password' : undefined}>
        <input
          className={`input input--${width}`}
          id={id}
          name={name ?? id}
          type={isPassword && shown ? 'text' : type}
          value={value}
          autoComplete={autoComplete}
          maxLength={maxLength}
          min={min}
          spellCheck={spellCheck ?? (type === 'text' ? undefined : false)}
          autoCapitalize={type === 'text' || type === 'date' || type === 'number' ? undefined : 'none'}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(e) => onChange(e.target.value)}
        />
        {isPassword ? (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-controls={id}
            aria-pressed={shown}
            aria-label={t('common.showPasswordLabel')}
            onClick={() => setShown((s) => !s)}
          >
            {t('common.showPassword')}
          </button>
        ) : null}
      </div>
    </Field>
  );
}

interface Option {
  value: string;
  label: string;
}

/** A labelled native select (the most accessible picker on phones). */
export function SelectField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  options,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange(v: string): void;
  options: Option[];
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <select
        className="select"
        id={id}
        name={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

interface ChoiceProps {
  idPrefix: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: Option[];
}

/** The frame of radios or checkboxes: a fieldset with its legend, hint and error, one input per option. */
function Choices({
  idPrefix,
  legend,
  hint,
  error,
  options,
  type,
  inline,
  isChecked,
  onToggle,
}: ChoiceProps & { type: 'radio' | 'checkbox'; inline?: boolean | undefined; isChecked(v: string): boolean; onToggle(v: string, checked: boolean): void }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(idPrefix, hint, error)}>
        <legend className="field__label">{legend}</legend>
        <Hint id={idPrefix} hint={hint} />
        <FieldError id={idPrefix} error={error} />
        <div className={`radios${inline ? ' radios--inline' : ''}`}>
          {options.map((o) => (
            <div className="radio" key={o.value}>
              <input
                className="radio__input"
                type={type}
                id={`${idPrefix}-${o.value}`}
                name={idPrefix}
                value={o.value}
                checked={isChecked(o.value)}
                onChange={(e) => onToggle(o.value, e.target.checked)}
              />
              <label className="radio__label" htmlFor={`${idPrefix}-${o.value}`}>
                {o.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** A fieldset of radios; the error summary links to the first radio (`${idPrefix}-${first value}`). */
export function RadioGroup({
  value,
  onChange,
  inline,
  ...rest
}: ChoiceProps & {
  value: string;
  onChange(v: string): void;
  inline?: boolean;
}) {
  return <Choices {...rest} type="radio" inline={inline} isChecked={(v) => v === value} onToggle={(v) => onChange(v)} />;
}

/** A fieldset of checkboxes for choosing several; the error summary links to the first (`${idPrefix}-${first value}`). */
export function CheckboxGroup({ values, onChange, ...rest }: ChoiceProps & { values: string[]; onChange(v: string[]): void }) {
  return (
    <Choices
      {...rest}
      type="checkbox"
      isChecked={(v) => values.includes(v)}
      onToggle={(v, checked) => onChange(checked ? [...values, v] : values.filter((x) => x !== v))}
    />
  );
}

/**
 * A labelled multi-line text box. With `maxLength`, a polite count of the characters left appears
 * below it once the text nears the limit (the server's limit; the browser does not cut the text).
 */
export function TextArea({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  rows = 5,
  maxLength,
  labelClassName,
  autoFocus,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange(v: string): void;
  rows?: number;
  maxLength?: number;
  labelClassName?: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const left = maxLength === undefined ? null : maxLength - value.length;
  const showCount = left !== null && left < Math.min(500, (maxLength ?? 0) / 5);
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className={`field__label${labelClassName ? ` ${labelClassName}` : ''}`} htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <textarea
        className="textarea"
        id={id}
        name={id}
        rows={rows}
        value={value}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={[describedBy(id, hint, error), showCount ? `${id}-count` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {showCount ? (
        <p className={`field__count${left! < 0 ? ' field__count--over' : ''}`} id={`${id}-count`} aria-live="polite">
          {left! >= 0 ? t('common.charactersLeft', { count: left! }) : t('common.charactersOver', { count: -left! })}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled checkbox with an optional hint (its error, if any, beside it). */
export function Checkbox({
  id,
  label,
  hint,
  error,
  checked,
  onChange,
  disabled,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  checked: boolean;
  onChange(v: boolean): void;
  disabled?: boolean;
}) {
  return (
    <div className={`field checkbox-field${error ? ' field--error' : ''}`}>
      <FieldError id={id} error={error} />
      <div className="radio">
        <input
          className="radio__input"
          type="checkbox"
          id={id}
          name={id}
          checked={checked}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label className="radio__label" htmlFor={id}>
          {label}
        </label>
      </div>
      <Hint id={id} hint={hint} />
    </div>
  );
}

/**
 * A form's point on the map: the label, the hint and the error above the map picker (`map`), what is chosen below it
 * (`status`, announced as it changes) and what can be done with it (`children`, e.g. a button that clears it). `id` is
 * the map's wrapper, where the error summary's link moves the focus; the label, hint and error are `<id>-label`,
 * `<id>-hint` and `<id>-error`.
 */
export function MapField({
  id,
  label,
  hint,
  error,
  map,
  status,
  statusClassName = 'field__hint',
  children,
}: {
  id: string;
  label: ReactNode;
  hint: ReactNode;
  error?: string | undefined;
  map: ReactNode;
  status: ReactNode;
  statusClassName?: string;
  children?: ReactNode;
}) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <p className="field__label" id={`${id}-label`}>
        {label}
      </p>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <div id={id} tabIndex={-1}>
        {map}
      </div>
      <p role="status" className={statusClassName}>
        {status}
      </p>
      {children}
    </div>
  );
}
