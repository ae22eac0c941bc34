import { useTranslation } from 'react-i18next';
import { PageHeading, useTitle } from '../components/page.js';

/** /profile/verification (helper V builds this page). */
export function VerificationPage() {
  const { t } = useTranslation();
  useTitle(t('nav.budgeting'));
  return <PageHeading>{t('nav.budgeting')}</PageHeading>;
}
