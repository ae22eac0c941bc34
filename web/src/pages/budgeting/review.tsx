import { useTranslation } from 'react-i18next';
import { PageHeading, useTitle } from '../../components/page.js';

/** /budgeting/review (helper C builds this page). */
export function ReviewPage() {
  const { t } = useTranslation();
  useTitle(t('nav.budgeting'));
  return <PageHeading>{t('nav.budgeting')}</PageHeading>;
}
