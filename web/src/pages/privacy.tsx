import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading, useTitle } from '../components/page.js';

/** The sections of the privacy page, each a heading and its points (keys under `privacy.`). */
const sections = [
  {
    title: 'privacy.keptTitle',
    points: ['privacy.kept.account', 'privacy.kept.verification', 'privacy.kept.content', 'privacy.kept.votes', 'privacy.kept.places', 'privacy.kept.sessions'],
  },
  { title: 'privacy.howLongTitle', points: ['privacy.howLong.account', 'privacy.howLong.sessions', 'privacy.howLong.identity', 'privacy.howLong.backups'] },
  { title: 'privacy.whoTitle', points: ['privacy.who.public', 'privacy.who.staff', 'privacy.who.log'] },
  { title: 'privacy.rightsTitle', points: ['privacy.rights.download', 'privacy.rights.delete', 'privacy.rights.stays'] },
] as const;

/** What the platform keeps about a person and why, for how long, who sees it, and how to download or delete it (152-FZ, GDPR). */
export function PrivacyPage() {
  const { t } = useTranslation();
  useTitle(t('privacy.title'));
  return (
    <div className="narrow">
      <PageHeading>{t('privacy.title')}</PageHeading>
      <p className="lead">{t('privacy.lead')}</p>
      {sections.map((s) => (
        <section key={s.title} aria-labelledby={s.title.replace('.', '-')} className="section">
          <h2 id={s.title.replace('.', '-')}>{t(s.title)}</h2>
          <ul>
            {s.points.map((p) => (
              <li key={p}>{t(p)}</li>
            ))}
          </ul>
        </section>
      ))}
      <p>
        <Link to="/profile#my-data">{t('privacy.profileLink')}</Link>
      </p>
    </div>
  );
}
