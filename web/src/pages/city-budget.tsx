import { useTranslation } from 'react-i18next';
import { PageHeading, useTitle } from '../components/page.js';

/** /city-budget (helper W builds this page). */
export function CityBudgetPage() {
  const { t } = useTranslation();
  useTitle(t('nav.budgeting'));
  return <PageHeading>{t('nav.budgeting')}</PageHeading>;
}
