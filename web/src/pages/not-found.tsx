import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading, useTitle } from '../components/page.js';

/** Any address the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useTitle(t('notFound.title'));
  return (
    <div className="narrow">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}

/** Signed in, but the page needs a role the person does not have. */
export function ForbiddenPage({ moderators, officials }: { moderators?: boolean; officials?: boolean }) {
  const { t } = useTranslation();
  useTitle(t('forbidden.title'));
  return (
    <div className="narrow">
      <PageHeading>{t('forbidden.title')}</PageHeading>
      <p>{officials ? t('forbidden.officialsText') : moderators ? t('forbidden.moderatorsText') : t('forbidden.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
