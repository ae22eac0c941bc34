import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format.js';
import { Tag } from './notice.js';

/** What PersonLink shows of an author, as every module's author schema gives it. */
export interface PersonRef {
  id: string;
  displayName: string;
  official?: { nameRu: string; nameEn: string } | null;
}

/**
 * Who wrote something: their name, a link to their public profile, and — when they wrote in an
 * official's role — the department as a badge ("Official — Admiralteysky district administration").
 */
export function PersonLink({ person }: { person: PersonRef | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!person) return <span className="muted">{t('person.unknown')}</span>;
  // a deleted account keeps no name (its content stays anonymised) and has no page
  if (!person.displayName) return <span className="muted">{t('person.deletedAccount')}</span>;
  return (
    <span className="person">
      <Link className="person__name" to={`/people/${person.id}`}>
        {person.displayName}
      </Link>
      {person.official ? (
        <>
          {' '}
          <Tag kind="accent">{t('person.official', { department: f.name(person.official) })}</Tag>
        </>
      ) : null}
    </span>
  );
}

/** The localized name of a district by its id (kept here for the pages that import it from here). */
export { useDistrictName } from '../api/lists.js';
