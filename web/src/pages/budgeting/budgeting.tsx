import { useTranslation } from 'react-i18next';
import { PageHeading, useTitle } from '../../components/page.js';

/** /budgeting (helper C builds this page). */
export function BudgetingPage() {
  const { t } = useTranslation();
  useTitle(t('nav.budgeting'));
  return <PageHeading>{t('nav.budgeting')}</PageHeading>;
}
