import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import type { Schema } from '../api/types.js';
import { ErrorSummary, fieldMessage } from './errors.js';
import { TextField } from './fields.js';
import { Notice, Tag } from './notice.js';
import { useDistrictName } from './person.js';
import { useSubmit } from '../use-submit.js';

export type DeskPerson = Schema<'DeskPerson'>;
type DeskSearch = Schema<'DeskSearch'>;

/**
 * Staff find the person before them (the verification desk, a points grant): by the code the person shows —
 * typed, or scanned by a USB or phone scanner that types it (or the desk link of its QR code) into the field and
 * presses Enter — by their whole e-mail or by a part of their name. A code with a wrong character finds no one;
 * the people whose codes are one character away are offered as "did you mean". `initial`: a code to look up
 * straight away (the desk page opened from a person's QR code with `?code=`).
 */
export function PersonFinder({
  id,
  onPick,
  picked,
  initial,
}: {
  id: string;
  onPick(person: DeskPerson | null): void;
  picked: DeskPerson | null;
  initial?: string | undefined;
}) {
  const { t } = useTranslation();
  const s = useSubmit();
  const [q, setQ] = useState(initial ?? '');
  const [found, setFound] = useState<DeskSearch | null>(null);
  const find = (text: string) =>
    s.run(
      () => api.GET('/api/desk/people', { params: { query: { q: text } } }),
      (r) => {
        setFound(r);
        onPick(r.items.length === 1 && r.kind !== 'name' ? r.items[0]! : null);
      },
    );
  // the code from the address is looked up once (React may run effects twice in development)
  const looked = useRef<string | null>(null);
  useEffect(() => {
    if (!initial || looked.current === initial) return;
    looked.current = initial;
    setQ(initial);
    void find(initial);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new code from the address starts a search
  }, [initial]);

  const problem = found?.problem ? t(`desk.find.problem.${found.problem}`) : undefined;
  return (
    <div className="person-finder">
      <form
        role="search"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void find(q);
        }}
      >
        <ErrorSummary id={`${id}-errors`} error={s.error} targets={{ q: id }} />
        <TextField
          id={id}
          label={t('desk.find.label')}
          hint={t('desk.find.hint')}
          value={q}
          onChange={(v) => {
            setQ(v);
            setFound(null);
            onPick(null);
          }}
          autoComplete="off"
          spellCheck={false}
          maxLength={254}
          error={fieldMessage(s.error, 'q') ?? problem}
        />
        <button type="submit" className="button button--secondary" disabled={s.busy}>
          {t('desk.find.submit')}
        </button>
      </form>
      <div aria-live="polite">{found ? <Results found={found} picked={picked} onPick={onPick} /> : null}</div>
    </div>
  );
}

function Results({ found, picked, onPick }: { found: DeskSearch; picked: DeskPerson | null; onPick(person: DeskPerson): void }) {
  const { t } = useTranslation();
  if (found.problem === 'person_code_check_failed') {
    return found.suggestions.length ? (
      <section aria-labelledby="finder-suggest-title">
        <h3 id="finder-suggest-title">{t('desk.find.didYouMean')}</h3>
        <p>{t('desk.find.suggestText')}</p>
        <People people={found.suggestions} picked={picked} onPick={onPick} />
      </section>
    ) : (
      <Notice kind="warning" title={t('desk.find.noSuggestion')} />
    );
  }
  if (found.problem) return null;
  if (!found.items.length) return <Notice kind="info" title={t(`desk.find.none.${found.kind}`)} />;
  return <People people={found.items} picked={picked} onPick={onPick} />;
}

function People({ people, picked, onPick }: { people: DeskPerson[]; picked: DeskPerson | null; onPick(person: DeskPerson): void }) {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  return (
    <ul className="person-finder__list">
      {people.map((p) => (
        <li key={p.id} className={`card person-finder__person${picked?.id === p.id ? ' person-finder__person--picked' : ''}`}>
          <p className="person-finder__name">
            <strong>{p.displayName}</strong> {p.code ? <code className="person-code">{p.code}</code> : null}
          </p>
          <p className="muted">
            {p.maskedEmail}
            {p.districtId ? ` · ${districtName(p.districtId)}` : ''}
          </p>
          <p>
            {p.verified ? <Tag kind="success">{t('verification.page.verified')}</Tag> : <Tag kind="warning">{t('verification.page.notVerified')}</Tag>}{' '}
            {p.blocked ? <Tag kind="error">{t('desk.find.blocked')}</Tag> : null}
          </p>
          {picked?.id === p.id ? (
            <p>
              <Tag kind="accent">{t('desk.find.chosen')}</Tag>
            </p>
          ) : (
            <button type="button" className="button button--small" onClick={() => onPick(p)} aria-label={t('desk.find.chooseLabel', { name: p.displayName })}>
              {t('desk.find.choose')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
