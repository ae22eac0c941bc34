import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCity, useCityName } from '../city.js';

/** The header's brand: the city's logo (or Gorod's drawn mark), «Город» and the city's name, linking home. */
export function CityBrand() {
  const { t } = useTranslation();
  const city = useCity();
  const name = useCityName();
  return (
    <Link className="header__brand" to="/">
      {city?.logoUrl ? (
        <img className="header__logo header__logo--image" src={city.logoUrl} alt="" />
      ) : (
        <svg className="header__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <path d="M7 25V13l5-4 5 4v12zM19 25V7h6v18z" fill="currentColor" />
        </svg>
      )}
      <span>{t('app.name')}</span>
      {/* before setup the city has no name of its own: «Город» alone */}
      {name && !city?.setupNeeded ? <span className="header__city">{t('app.city', { city: name })}</span> : null}
    </Link>
  );
}
