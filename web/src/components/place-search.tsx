import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { useApiQuery } from '../api/query.js';
import type { Schema } from '../api/types.js';
import { asApiError } from './errors.js';

export type Place = Schema<'GeocodeResult'>;
type Answer = Schema<'GeocodeAnswer'>;

/** How long typing pauses before the suggestions are asked for. */
const pause = 250;

/**
 * Finds a place in the city for a map (the WAI-ARIA combobox pattern): suggestions from the city's own districts,
 * streets and addresses as one types (arrows move, Enter chooses, Escape closes); "Find" (or Enter with no suggestion
 * chosen) asks the external geocoder too, when the city has one. Choosing a place calls `onChoose`; a geocoder that is
 * down only says so, the local places still come. Not a form of its own: it sits inside the report form too.
 */
export function PlaceSearch({ onChoose }: { onChoose(place: Place): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // the answer of "Find" (with the external geocoder), kept until the text changes
  const [found, setFound] = useState<{ q: string; answer: Answer } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setTyped(text.trim()), pause);
    return () => clearTimeout(timer);
  }, [text]);
  const suggestions = useApiQuery('/api/geocode', typed.length >= 2 ? { query: { q: typed } } : null);
  const answer = found && found.q === text.trim() ? found.answer : typed === text.trim() ? suggestions.data : undefined;
  const items = answer?.items ?? [];
  const shown = open && items.length > 0;

  function choose(place: Place) {
    setText(place.label);
    setOpen(false);
    setActive(-1);
    onChoose(place);
  }

  async function find() {
    const q = text.trim();
    if (q.length < 2) return setProblem(t('placeSearch.tooShort'));
    setBusy(true);
    setProblem(null);
    try {
      const res = await api.GET('/api/geocode', { params: { query: { q, external: 'true' } } });
      setFound({ q, answer: res });
      setOpen(true);
      setActive(-1);
      // one place found: go there at once
      if (res.items.length === 1) choose(res.items[0]!);
    } catch (err) {
      setProblem(asApiError(err, t('errors.unexpected')).message);
    }
    setBusy(false);
  }

  function onKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!items.length) return;
      setOpen(true);
      const n = items.length;
      setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Enter') {
      // inside the report form: Enter searches, it never sends the form
      e.preventDefault();
      if (shown && active >= 0 && items[active]) choose(items[active]);
      else void find();
    } else if (e.key === 'Escape') {
      if (shown) e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const status = !answer
    ? ''
    : answer.external === 'unavailable'
      ? t('placeSearch.externalUnavailable', { count: items.length })
      : items.length
        ? t('placeSearch.count', { count: items.length })
        : t('placeSearch.none');

  return (
    <div className="place-search" role="search">
      <label className="field__label" htmlFor={`${id}-q`}>
        {t('placeSearch.label')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('placeSearch.hint')}
      </p>
      <div className="place-search__row">
        <input
          id={`${id}-q`}
          className="input place-search__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={`${id}-list`}
          aria-activedescendant={shown && active >= 0 ? `${id}-o${active}` : undefined}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
            setProblem(null);
          }}
          onKeyDown={onKey}
        />
        <button type="button" className="button button--secondary place-search__find" disabled={busy} onClick={() => void find()}>
          {t('placeSearch.find')}
        </button>
      </div>
      <ul className="place-search__list" id={`${id}-list`} role="listbox" aria-label={t('placeSearch.listLabel')} hidden={!shown}>
        {items.map((p, i) => (
          <li
            key={`${p.kind}|${p.label}|${i}`}
            id={`${id}-o${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'place-search__option place-search__option--active' : 'place-search__option'}
            // keep the focus in the field: the list closes on the click, not on the field's blur
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(p)}
          >
            <span className="place-search__label">{p.label}</span> <span className="place-search__kind">{t(`placeSearch.kind.${p.kind}`)}</span>
          </li>
        ))}
      </ul>
      <p className="place-search__status muted" role="status">
        {problem ?? (open || found ? status : '')}
      </p>
    </div>
  );
}
