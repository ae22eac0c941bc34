import { useTranslation } from 'react-i18next';
import { PageHeading, useTitle } from '../../components/page.js';

/** /budgeting/cycles/:cycleId (helper C builds this page). */
export function CyclePage() {
  const { t } = useTranslation();
  useTitle(t('nav.budgeting'));
  return <PageHeading>{t('nav.budgeting')}</PageHeading>;
}
