import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Shares a page: the phone's own share sheet (Web Share API) where there is one, otherwise the link
 * is copied to the clipboard and a visible status says so. If the browser allows neither, the link
 * is shown in a box to copy by hand.
 */
export function ShareButton({ title, path }: { title: string; path: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const url = new URL(path, window.location.origin).href;

  async function share() {
    setStatus('idle');
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (err) {
        // the person closed the share sheet: nothing to do
        if (err instanceof DOMException && err.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  }

  return (
    <div className="entity-action">
      <button type="button" className="button button--secondary button--small" onClick={() => void share()}>
        {t('share.button')}
      </button>
      <span className="entity-action__note" role="status">
        {status === 'copied' ? t('share.copied') : ''}
      </span>
      {status === 'manual' ? (
        <span className="share__manual">
          <label htmlFor="share-url">{t('share.copyByHand')}</label>
          <input id="share-url" className="input" readOnly value={url} onFocus={(e) => e.target.select()} />
        </span>
      ) : null}
    </div>
  );
}
