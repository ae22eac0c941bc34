import { useTranslation } from 'react-i18next';
import { PageHeading, useTitle } from '../../components/page.js';

/** /budgeting/works (helper W builds this page). */
export function WorksPage() {
  const { t } = useTranslation();
  useTitle(t('nav.budgeting'));
  return <PageHeading>{t('nav.budgeting')}</PageHeading>;
}
