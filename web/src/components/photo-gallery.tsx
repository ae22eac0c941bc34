import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A photo as the gallery shows it: a thumbnail and the full image. */
export interface GalleryPhoto {
  id: string;
  url: string;
  thumbUrl: string;
}

/**
 * Photos as thumbnails; each opens the full image in a dialog (Esc or the button closes it). The
 * full-size file is only downloaded when opened.
 */
export function PhotoGallery({ photos, label }: { photos: readonly GalleryPhoto[]; label: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  if (!photos.length) return null;
  const shown = open === null ? null : photos[open];
  return (
    <>
      <ul className="photos" aria-label={label}>
        {photos.map((p, i) => (
          <li key={p.id}>
            <a
              className="photos__link"
              href={p.url}
              aria-label={t('photos.open', { n: i + 1, total: photos.length })}
              onClick={(e) => {
                e.preventDefault();
                setOpen(i);
              }}
            >
              <img src={p.thumbUrl} alt={t('photos.thumbAlt', { n: i + 1, total: photos.length })} width={160} height={120} loading="lazy" />
            </a>
          </li>
        ))}
      </ul>
      {shown ? (
        <PhotoViewer
          photo={shown}
          n={open! + 1}
          count={photos.length}
          onClose={() => setOpen(null)}
          onStep={(d) => setOpen((o) => (o === null ? null : (o + d + photos.length) % photos.length))}
        />
      ) : null}
    </>
  );
}

function PhotoViewer({ photo, n, count, onClose, onStep }: { photo: GalleryPhoto; n: number; count: number; onClose(): void; onStep(d: number): void }) {
  const { t } = useTranslation();
  return (
    <dialog
      className="dialog photo-viewer"
      aria-label={t('photos.viewerLabel', { n, total: count })}
      ref={(el) => {
        if (el && !el.open) el.showModal();
      }}
      onClose={onClose}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') onStep(1);
        if (e.key === 'ArrowLeft') onStep(-1);
      }}
    >
      <img className="photo-viewer__img" src={photo.url} alt={t('photos.fullAlt', { n, total: count })} />
      <div className="dialog__actions">
        {count > 1 ? (
          <>
            <button type="button" className="button button--secondary" onClick={() => onStep(-1)}>
              {t('photos.previous')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => onStep(1)}>
              {t('photos.next')}
            </button>
          </>
        ) : null}
        <a className="button button--secondary" href={photo.url} target="_blank" rel="noopener">
          {t('photos.openOriginal')}
        </a>
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('photos.close')}
        </button>
      </div>
    </dialog>
  );
}
