import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api } from '../../api/client.js';
import { useConfirm } from '../../components/confirm-dialog.js';
import { Notice } from '../../components/notice.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { at, SupportProgress, type Act, type InitiativeView } from './initiative-bits.js';

/** Support: the progress, the days left, and the button or why the person cannot support. */
export function Support({ i, busy, act }: { i: InitiativeView; busy: boolean; act: Act }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const f = useFormat();
  const { ask, dialog } = useConfirm();
  if (i.supportThreshold === null) return null;
  // a support cannot be taken back: asked first, with what it makes of the count
  const support = async () => {
    const yes = await ask({
      title: t('initiatives.support.confirmTitle', { title: i.title }),
      body: <p>{t('initiatives.support.confirmText', { next: f.number(i.supportCount + 1), threshold: f.number(i.supportThreshold ?? 0) })}</p>,
      confirm: t('initiatives.support.confirmYes'),
    });
    if (yes) act(() => api.POST('/api/initiatives/{number}/supports', at(i)), t('initiatives.done.supported'));
  };
  return (
    <section aria-labelledby="support-title" className="in-section in-support">
      <h2 id="support-title">{t('initiatives.support.title')}</h2>
      <SupportProgress i={i} id="in-progress" />
      {i.status === 'collecting' ? (
        i.me.supported ? (
          <p className="in-supported" data-testid="initiative-supported">
            <span aria-hidden="true">✓ </span>
            {t('initiatives.support.youSupported')}
          </p>
        ) : i.me.can.support ? (
          <>
            <p>{t('initiatives.support.explain')}</p>
            <button type="button" className="button" disabled={busy} onClick={() => void support()}>
              {t('initiatives.support.button')}
            </button>
            {dialog}
          </>
        ) : me === null ? (
          <p>
            <Link className="button button--secondary" to={`/login?next=${encodeURIComponent(location.pathname)}`}>
              {t('initiatives.support.signIn')}
            </Link>
          </p>
        ) : i.me.supportRefusal ? (
          <div data-testid="initiative-support-refusal">
            <Notice kind="warning" title={t('initiatives.support.cannot')}>
              <p>{i.me.supportRefusal}</p>
              {me && me.verification !== 'verified' ? (
                <p>
                  <Link to="/profile/verification">{t('initiatives.verifyLink')}</Link>
                </p>
              ) : null}
            </Notice>
          </div>
        ) : null
      ) : i.me.supported ? (
        <p className="in-supported" data-testid="initiative-supported">
          <span aria-hidden="true">✓ </span>
          {t('initiatives.support.youSupported')}
        </p>
      ) : null}
    </section>
  );
}
