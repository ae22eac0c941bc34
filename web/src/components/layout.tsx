import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { canModerate, isCityAdministrator, isOfficial } from '../roles.js';
import { useSite } from '../api/lists.js';
import { setCityTimeZone } from '../city-time.js';
import { currentLanguage } from '../i18n/i18n.js';
import { useSession } from '../session.js';
import { useCityLanguages, useOfferedLanguage } from '../city.js';
import { CityBrand } from './city-brand.js';
import { NotificationBell } from './notification-bell.js';
import { Loading } from './page.js';

/** Header (skip link, brand, language, navigation), the page, and the footer. */
export function Layout() {
  const { t } = useTranslation();
  const { me, chooseLanguage } = useSession();
  const other = currentLanguage() === 'ru' ? 'en' : 'ru';
  // the switcher offers only the city's languages; a first visit follows the browser's among them
  const offered = useCityLanguages();
  useOfferedLanguage();
  const nav = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // on a phone the menu is one sideways-scrolling row: keep the current page's link in view
  useEffect(() => {
    nav.current?.querySelector('a[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [pathname]);
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
            {offered.includes(other) ? (
              <button type="button" className="header__language" onClick={() => void chooseLanguage(other)}>
                <span className="visually-hidden">{t('layout.languageLabel')}: </span>
                <span lang={other}>{t(`language.${other}`, { lng: other })}</span>
              </button>
            ) : null}
          </div>
        </div>
        <nav ref={nav} className="container header__nav" aria-label={t('layout.navLabel')}>
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
              <NavLink to="/budgeting">{t('nav.budgeting')}</NavLink>
            </li>
            <li>
              <NavLink to="/polls">{t('nav.polls')}</NavLink>
            </li>
            <li>
              <NavLink to="/initiatives">{t('nav.initiatives')}</NavLink>
            </li>
            <li>
              <NavLink to="/crowdsourcing">{t('nav.crowdsourcing')}</NavLink>
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
        </nav>
      </header>
      <main id="main" className="container main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <div className="container footer__inner">
          <p>{t('layout.footerAbout')}</p>
          <ul className="footer__links">
            <li>
              <Link to="/audit">{t('nav.audit')}</Link>
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
