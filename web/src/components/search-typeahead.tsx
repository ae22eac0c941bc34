import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api } from '../api/client.js';
import type { Schema } from '../api/types.js';
import { currentLanguage } from '../i18n/i18n.js';

type Suggestion = Schema<'SearchSuggestion'>;

/** Words typed this long or longer are looked up as one types. */
const minLength = 2;
/** A pause in typing before asking (the route is rate-limited per address). */
const debounceMs = 180;

/**
 * Type-ahead for the header's search box (an ARIA combobox): titles of public things as one types, arrows to move,
 * Enter to open, Escape to close; the last option opens all the results. Loaded when the box is first focused.
 */
export function SearchTypeahead({ input }: { input: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [q, setQ] = useState(() => input.current?.value.trim() ?? '');
  const [items, setItems] = useState<Suggestion[]>([]);
  // it mounts when the box takes the focus: open from the start
  const [open, setOpen] = useState(true);
  const [active, setActive] = useState(-1);
  // the options: each suggestion, then "all results"
  const count = items.length > 0 ? items.length + 1 : 0;
  const shown = open && count > 0;

  // a new page closes the list (not the one it opened on)
  const where = `${pathname}${search}`;
  const openedOn = useRef(where);
  useEffect(() => {
    if (where !== openedOn.current) setOpen(false);
    openedOn.current = where;
  }, [where]);

  useEffect(() => {
    if (q.length < minLength) {
      setItems([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      api.GET('/api/search/suggest', { params: { query: { q, limit: 6 } } }).then(
        (r) => {
          if (!current) return;
          setItems(r.items);
          setActive(-1);
        },
        () => current && setItems([]),
      );
    }, debounceMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q]);

  const go = (index: number) => {
    setOpen(false);
    const item = items[index];
    navigate(item ? item.path : `/search?q=${encodeURIComponent(q)}`);
  };

  useEffect(() => {
    const box = input.current;
    if (!box) return;
    const onInput = () => {
      setQ(box.value.trim());
      setActive(-1);
      setOpen(true);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        return;
      }
      if (!shown) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const step = e.key === 'ArrowDown' ? 1 : -1;
        // past either end: back in the box (-1)
        setActive((a) => (a + step < -1 ? count - 1 : a + step >= count ? -1 : a + step));
      } else if (e.key === 'Enter' && active >= 0 && active < count) {
        e.preventDefault();
        go(active);
      }
    };
    // a click on an option lands before the box loses the focus (mousedown is prevented there)
    const onBlur = () => setOpen(false);
    const onFocus = () => setOpen(true);
    box.addEventListener('input', onInput);
    box.addEventListener('keydown', onKey);
    box.addEventListener('blur', onBlur);
    box.addEventListener('focus', onFocus);
    return () => {
      box.removeEventListener('input', onInput);
      box.removeEventListener('keydown', onKey);
      box.removeEventListener('blur', onBlur);
      box.removeEventListener('focus', onFocus);
    };
  });

  useEffect(() => {
    const box = input.current;
    if (!box) return;
    box.setAttribute('aria-expanded', String(shown));
    if (shown && active >= 0 && active < count) box.setAttribute('aria-activedescendant', `header-search-option-${active}`);
    else box.removeAttribute('aria-activedescendant');
  }, [input, shown, active, count]);

  if (!shown) return <ul id="header-search-list" role="listbox" aria-label={t('search.suggestions')} hidden />;
  const en = currentLanguage() === 'en';
  return (
    <ul id="header-search-list" role="listbox" className="search-suggest" aria-label={t('search.suggestions')}>
      {items.map((item, i) => (
        <li
          key={`${item.kind}:${item.id}`}
          id={`header-search-option-${i}`}
          role="option"
          aria-selected={i === active}
          className="search-suggest__item"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => go(i)}
        >
          {en && item.titleEn ? item.titleEn : item.title}
          <span className="search-suggest__kind">{t(`search.kinds.${item.kind}`, { defaultValue: item.kind })}</span>
        </li>
      ))}
      <li
        id={`header-search-option-${items.length}`}
        role="option"
        aria-selected={active === items.length}
        className="search-suggest__item search-suggest__all"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => go(items.length)}
      >
        {t('search.suggestAll', { q })}
      </li>
    </ul>
  );
}
