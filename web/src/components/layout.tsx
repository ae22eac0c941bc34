import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { ScrollRestoration } from './scroll-restoration.js';
import { canModerate, isCityAdministrator, isOfficial } from '../roles.js';
import { useSite } from '../api/lists.js';
import { setCityTimeZone } from '../city-time.js';
import { currentLanguage } from '../i18n/i18n.js';
import { routeTitleKey } from '../route-titles.js';
import { useSession } from '../session.js';
import { useCityLanguages, useOfferedLanguage, useSiteName } from '../city.js';
import { CityBrand } from './city-brand.js';
import { HeaderSearch } from './header-search.js';
import { NotificationBell } from './notification-bell.js';
import { SetupBanner } from './setup-banner.js';
import { layoutTitle, Loading } from './page.js';

// the messages count (and the live stream it listens to) only for a signed-in person: a visitor's first load goes without
const LazyMessagesCount = lazy(() => import('./messages-count.js').then((m) => ({ default: m.MessagesCount })));
function MessagesCount({ silent = false }: { silent?: boolean }) {
  const { me } = useSession();
  return me ? (
    <Suspense fallback={null}>
      <LazyMessagesCount silent={silent} />
    </Suspense>
  ) : null;
}

/** Header (skip link, brand, language, navigation), the page, and the footer. */
export function Layout() {
  const { t } = useTranslation();
  const { chooseLanguage } = useSession();
  const other = currentLanguage() === 'ru' ? 'en' : 'ru';
  // the switcher offers only the city's languages; a first visit follows the browser's among them
  const offered = useCityLanguages();
  useOfferedLanguage();
  const { pathname } = useLocation();
  // on a phone the navigation is a sheet opened by the menu button
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeMenu = useCallback((returnFocus: boolean) => {
    setMenuOpen(false);
    if (returnFocus) menuButton.current?.focus();
  }, []);
  // following a link closes it (the new page's heading takes the focus)
  useEffect(() => setMenuOpen(false), [pathname]);
  // the page's title from its address at once, before its code and data arrive; the page's own
  // useTitle (a passive effect, so after this one) then names what it shows; set again when the city's name or the
  // language arrives, it keeps the name the page gave itself (layoutTitle)
  const language = currentLanguage();
  const site = useSiteName();
  useLayoutEffect(() => {
    document.title = layoutTitle(t, pathname, t(routeTitleKey(pathname)), site);
  }, [pathname, language, t, site]);
  // dates are shown in the city's time zone once the site says which it is
  const zone = useSite().data?.cityTimezone;
  useEffect(() => {
    if (zone) setCityTimeZone(zone);
  }, [zone]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipLink')}
      </a>
      <header className="header">
        <div className="container header__top">
          <CityBrand />
          <div className="header__tools">
            <NotificationBell />
            <button
              ref={menuButton}
              type="button"
              className="header__menu-button"
              aria-expanded={menuOpen}
              aria-controls="menu-sheet"
              onClick={() => setMenuOpen(true)}
            >
              <svg className="header__menu-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
              </svg>
              {t('layout.menu')}
              <MessagesCount silent />
            </button>
            {offered.includes(other) ? (
              <button type="button" className="header__language" onClick={() => void chooseLanguage(other)}>
                <span className="visually-hidden">{t('layout.languageLabel')}: </span>
                <span lang={other} className="header__language-name">
                  {t(`language.${other}`, { lng: other })}
                </span>
                {/* a phone's header has room for the code only; the name above is still what is read out */}
                <span className="header__language-code" aria-hidden="true">
                  {other.toUpperCase()}
                </span>
              </button>
            ) : null}
          </div>
        </div>
        <div className="container">
          <HeaderSearch />
        </div>
        <nav className="container header__nav" aria-label={t('layout.navLabel')}>
          <NavLinks />
        </nav>
      </header>
      {menuOpen ? <MenuSheet onClose={closeMenu} /> : null}
      <main id="main" className="container main" tabIndex={-1}>
        <SetupBanner />
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <div className="container footer__inner">
          <p>{t('layout.footerAbout')}</p>
          <ul className="footer__links">
            <li>
              <Link to="/open-data">{t('openData.title')}</Link>
            </li>
            <li>
              <Link to="/audit">{t('nav.audit')}</Link>
            </li>
            <li>
              <Link to="/privacy">{t('layout.privacyLink')}</Link>
            </li>
            <li>
              <Link to="/statistics">{t('nav.statistics')}</Link>
            </li>
            <li>
              <Link to="/monitor">{t('monitor.title')}</Link>
            </li>
            <li>
              <a href="/api/docs">{t('layout.api')}</a>
            </li>
          </ul>
          <p className="footer__small">{t('layout.license')}</p>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}

/** The site's links: the header's row on wider screens, the menu sheet's list on a phone. */
function NavLinks() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <ul>
      <li>
        <NavLink to="/" end>
          {t('nav.home')}
        </NavLink>
      </li>
      <li>
        <NavLink to="/reports" end>
          {t('nav.reports')}
        </NavLink>
      </li>
      <li>
        <NavLink to="/discussions">{t('nav.discussions')}</NavLink>
      </li>
      <li>
        <NavLink to="/groups">{t('nav.groups')}</NavLink>
      </li>
      <li>
        <NavLink to="/budgeting">{t('nav.budgeting')}</NavLink>
      </li>
      <li>
        <NavLink to="/polls">{t('nav.polls')}</NavLink>
      </li>
      <li>
        <NavLink to="/initiatives">{t('nav.initiatives')}</NavLink>
      </li>
      <li>
        <NavLink to="/commitments">{t('nav.commitments')}</NavLink>
      </li>
      <li>
        <NavLink to="/crowdsourcing">{t('nav.crowdsourcing')}</NavLink>
      </li>
      <li>
        <NavLink to="/services">{t('nav.services')}</NavLink>
      </li>
      <li>
        <NavLink to="/charity">{t('nav.charity')}</NavLink>
      </li>
      <li>
        <NavLink to="/places">{t('nav.places')}</NavLink>
      </li>
      <li>
        <NavLink to="/events">{t('nav.events')}</NavLink>
      </li>
      <li>
        <NavLink to="/volunteering">{t('nav.volunteering')}</NavLink>
      </li>
      <li>
        <NavLink to="/city-budget">{t('nav.cityBudget')}</NavLink>
      </li>
      <li>
        <NavLink to="/audit">{t('nav.audit')}</NavLink>
      </li>
      {me ? (
        <li>
          <NavLink to="/me/reports">{t('nav.myReports')}</NavLink>
        </li>
      ) : null}
      {me ? (
        <li>
          <NavLink to="/me/events">{t('nav.myEvents')}</NavLink>
        </li>
      ) : null}
      {me ? (
        <li>
          <NavLink to="/messages">
            {t('nav.messages')}
            <MessagesCount />
          </NavLink>
        </li>
      ) : null}
      {me ? (
        <li>
          <NavLink to="/points">{t('nav.points')}</NavLink>
        </li>
      ) : null}
      {isOfficial(me) ? (
        <li>
          <NavLink to="/inbox">{t('nav.inbox')}</NavLink>
        </li>
      ) : null}
      {canModerate(me) ? (
        <li>
          <NavLink to="/moderation">{t('nav.moderation')}</NavLink>
        </li>
      ) : null}
      {isCityAdministrator(me) ? (
        <li>
          <NavLink to="/admin/users">{t('nav.admin')}</NavLink>
        </li>
      ) : null}
      {me ? (
        <li>
          <NavLink to="/profile">{t('nav.profile')}</NavLink>
        </li>
      ) : me === null ? (
        <>
          <li>
            <NavLink to="/login">{t('nav.signIn')}</NavLink>
          </li>
          <li>
            <NavLink to="/register">{t('nav.register')}</NavLink>
          </li>
        </>
      ) : null}
    </ul>
  );
}

/**
 * The navigation on a phone: a sheet over the page, opened by the header's menu button. It keeps
 * the focus inside while open (Tab wraps), Escape or its close button shuts it and gives the focus
 * back to the menu button; following a link shuts it too.
 */
function MenuSheet({ onClose }: { onClose: (returnFocus: boolean) => void }) {
  const { t } = useTranslation();
  const sheet = useRef<HTMLDivElement>(null);
  useEffect(() => {
    sheet.current?.querySelector<HTMLElement>('a[aria-current="page"], a')?.focus();
    // the page under the sheet does not scroll
    document.documentElement.classList.add('menu-open');
    return () => document.documentElement.classList.remove('menu-open');
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose(true);
      return;
    }
    if (e.key !== 'Tab') return;
    const stops = [...(sheet.current?.querySelectorAll<HTMLElement>('a[href], button') ?? [])];
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };
  return (
    <div className="menu-sheet" onKeyDown={onKeyDown}>
      <div className="menu-sheet__backdrop" onClick={() => onClose(true)} />
      <div ref={sheet} id="menu-sheet" className="menu-sheet__panel" role="dialog" aria-modal="true" aria-labelledby="menu-sheet-title">
        <div className="menu-sheet__top">
          <h2 id="menu-sheet-title" className="menu-sheet__title">
            {t('layout.menu')}
          </h2>
          <button type="button" className="menu-sheet__close" onClick={() => onClose(true)}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{t('layout.closeMenu')}</span>
          </button>
        </div>
        <nav className="menu-sheet__nav" aria-label={t('layout.navLabel')}>
          <NavLinks />
        </nav>
      </div>
    </div>
  );
}
