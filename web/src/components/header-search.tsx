import { lazy, Suspense, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { withTexts } from '../i18n/i18n.js';
import './header-search.css';

// the suggestions' code and words come when the box is first focused: the first load carries only the form
const Typeahead = lazy(() => withTexts(['search'], import('./search-typeahead.js')).then((m) => ({ default: m.SearchTypeahead })));

/** The search box in the header of every page: a form that opens /search, with type-ahead suggestions once focused. */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [focused, setFocused] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    const q = input.current?.value.trim() ?? '';
    navigate(q ? `/search?q=${encodeURIComponent(q)}` : '/search');
  }

  return (
    <form className="header-search" role="search" action="/search" onSubmit={submit}>
      <label className="visually-hidden" htmlFor="header-search-q">
        {t('search.box.label')}
      </label>
      <input
        ref={input}
        id="header-search-q"
        className="header-search__input"
        type="search"
        name="q"
        maxLength={200}
        autoComplete="off"
        placeholder={t('search.box.placeholder')}
        role="combobox"
        aria-expanded="false"
        aria-autocomplete="list"
        aria-controls="header-search-list"
        onFocus={() => setFocused(true)}
      />
      <button type="submit" className="header-search__button">
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.5" />
          <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">{t('search.box.submit')}</span>
      </button>
      {focused ? (
        <Suspense fallback={null}>
          <Typeahead input={input} />
        </Suspense>
      ) : null}
    </form>
  );
}
