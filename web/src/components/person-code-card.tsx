import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/query.js';
import { QueryView } from './query-view.js';

/**
 * The signed-in person's code for city desks, as text and as a QR code (an SVG image the server draws; it
 * encodes the desk page's link with the code, nothing personal), to show at the verification desk or to staff
 * who grant points.
 */
export function PersonCodeCard() {
  const { t } = useTranslation();
  const code = useApiQuery('/api/me/person-code');
  return (
    <section aria-labelledby="person-code-title" className="card person-code-card">
      <h2 id="person-code-title">{t('desk.code.title')}</h2>
      <p>{t('desk.code.text')}</p>
      <QueryView query={code}>
        {({ code }) => (
          <div className="person-code-card__body">
            <img className="person-code-card__qr" src="/api/me/person-code/qr" width={168} height={168} alt={t('desk.code.qrAlt', { code })} />
            <p className="person-code person-code--large">{code}</p>
          </div>
        )}
      </QueryView>
    </section>
  );
}
