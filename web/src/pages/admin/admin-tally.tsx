import { useTranslation } from 'react-i18next';
import { PageHeading, useTitle } from '../../components/page.js';

/** /admin/budgeting/cycles/:cycleId/tally (helper B builds this page). */
export function AdminTallyPage() {
  const { t } = useTranslation();
  useTitle(t('nav.budgeting'));
  return <PageHeading>{t('nav.budgeting')}</PageHeading>;
}
