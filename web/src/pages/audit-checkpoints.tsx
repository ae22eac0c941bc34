import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/query.js';
import { FollowButton } from '../components/follow-button.js';
import { QueryView } from '../components/query-view.js';
import { useFormat } from '../format.js';

/** How many of the newest checkpoints the page shows; the download has every one. */
const shown = 5;
/** Why a checkpoint was published, with its words here; another reason reads as its code. */
const knownReasons = ['start', 'daily', 'poll.closed', 'pb_heading.tallied'] as const;
const isKnownReason = (r: string): r is (typeof knownReasons)[number] => (knownReasons as readonly string[]).includes(r);

/**
 * The log's signed checkpoints: the installation's public key, the newest checkpoints, the download anyone can mirror,
 * and a subscription to every new one by e-mail (following the log's checkpoints).
 */
export function AuditCheckpoints() {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useApiQuery('/api/audit/checkpoints', { query: { limit: shown } });
  return (
    <section aria-labelledby="checkpoints" className="section">
      <h2 id="checkpoints">{t('audit.checkpoints.title')}</h2>
      <p>{t('audit.checkpoints.text')}</p>
      <FollowButton entityType="audit_log" entityId="checkpoints" />
      <QueryView query={query}>
        {({ items, key }) => (
          <>
            <p className="audit-key">
              {t('audit.checkpoints.key')}{' '}
              <code className="hash" data-testid="audit-public-key">
                {key.publicKey}
              </code>{' '}
              <span className="audit-entry__meta">{t('audit.checkpoints.keyId', { keyId: key.keyId })}</span>
            </p>
            <p>
              <a href="/api/audit/checkpoints.jsonl" download>
                {t('audit.checkpoints.download')}
              </a>
              {' · '}
              <a href="/api/audit/public-key">{t('audit.checkpoints.keyLink')}</a>
            </p>
            {items.length === 0 ? (
              <p>{t('audit.checkpoints.empty')}</p>
            ) : (
              <ol className="audit-list" aria-label={t('audit.checkpoints.caption')}>
                {items.map((c) => (
                  <li key={c.id} className="audit-entry">
                    <p className="audit-entry__sentence">
                      {t('audit.checkpoints.entry', {
                        count: c.entries,
                        n: f.number(c.entries),
                        reason: isKnownReason(c.reason) ? t(`audit.checkpoints.reason.${c.reason}`) : c.reason,
                      })}
                    </p>
                    <p className="audit-entry__meta">
                      <time dateTime={c.at}>{f.dateTime(c.at)}</time>
                      {' · '}
                      <span>
                        {t('audit.colHash')}{' '}
                        <code className="hash" title={c.hash}>
                          {c.hash.slice(0, 12)}…
                        </code>
                      </span>
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}
