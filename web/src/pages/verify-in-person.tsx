import { useTranslation } from 'react-i18next';
import { PageHeading, useTitle } from '../components/page.js';

/** /verify (helper V builds this page). */
export function VerifyInPersonPage() {
  const { t } = useTranslation();
  useTitle(t('nav.budgeting'));
  return <PageHeading>{t('nav.budgeting')}</PageHeading>;
}
