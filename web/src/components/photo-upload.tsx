import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { uploadPhoto } from '../api/upload.js';

/** A photo already on the server (kept in drafts by id, so it survives a reload). */
export interface AttachedPhoto {
  id: string;
  thumbUrl: string;
}

interface Pending {
  key: number;
  name: string;
  progress: number;
  error: string | null;
}

let nextKey = 1;

/**
 * Adds photos one by one (one request each, with a progress bar), shows them as thumbnails with
 * "Remove", and says why a file was refused (not an image, too large) beside the field.
 * `id` is the file input's id (the error summary links to it).
 */
export function PhotoUpload({
  id,
  label,
  hint,
  error,
  photos,
  onChange,
  max = 5,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  photos: AttachedPhoto[];
  onChange(update: (prev: AttachedPhoto[]) => AttachedPhoto[]): void;
  max?: number;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending[]>([]);
  const [announce, setAnnounce] = useState('');
  const room = max - photos.length - pending.filter((p) => !p.error).length;

  async function add(files: FileList | null) {
    if (!files) return;
    const chosen = [...files].slice(0, Math.max(0, room));
    if (files.length > chosen.length) setAnnounce(t('photos.tooMany', { max }));
    for (const file of chosen) {
      const key = nextKey++;
      setPending((p) => [...p, { key, name: file.name, progress: 0, error: null }]);
      try {
        const up = await uploadPhoto(file, (share) => setPending((p) => p.map((x) => (x.key === key ? { ...x, progress: share } : x))));
        setPending((p) => p.filter((x) => x.key !== key));
        onChange((prev) => [...prev, { id: up.id, thumbUrl: up.thumbUrl }]);
        setAnnounce(t('photos.added', { name: file.name }));
      } catch (err) {
        const message = err instanceof ApiError ? err.message : t('errors.unexpected');
        setPending((p) => p.map((x) => (x.key === key ? { ...x, error: message } : x)));
      }
    }
    if (input.current) input.current.value = '';
  }

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field photo-upload${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('errors.fieldPrefix')} </span>
          {error}
        </p>
      ) : null}
      {photos.length || pending.length ? (
        <ul className="photo-upload__list" aria-label={t('photos.attached', { count: photos.length })}>
          {photos.map((p, i) => (
            <li key={p.id} className="photo-upload__item">
              <img src={p.thumbUrl} alt={t('photos.thumbAlt', { n: i + 1, total: photos.length })} width={120} height={90} />
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onChange((prev) => prev.filter((x) => x.id !== p.id))}
                aria-label={t('photos.removeLabel', { n: i + 1 })}
              >
                {t('photos.remove')}
              </button>
            </li>
          ))}
          {pending.map((p) => (
            <li key={p.key} className={`photo-upload__item photo-upload__item--pending${p.error ? ' photo-upload__item--failed' : ''}`}>
              <span className="photo-upload__name break">{p.name}</span>
              {p.error ? (
                <>
                  <span className="photo-upload__error" role="alert">
                    {p.error}
                  </span>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setPending((list) => list.filter((x) => x.key !== p.key))}
                  >
                    {t('photos.dismiss')}
                  </button>
                </>
              ) : (
                <progress className="photo-upload__progress" max={1} value={p.progress} aria-label={t('photos.uploading', { name: p.name })}>
                  {Math.round(p.progress * 100)}%
                </progress>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {room > 0 ? (
        <input
          ref={input}
          className="file-input"
          type="file"
          id={id}
          name={id}
          accept="image/jpeg,image/png,image/webp,image/heic,image/heif,image/avif"
          multiple
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => void add(e.target.files)}
        />
      ) : (
        <p className="muted" id={id} tabIndex={-1}>
          {t('photos.full', { count: max })}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {announce}
      </p>
    </div>
  );
}
