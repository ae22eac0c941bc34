import { apiErrorOf, apiLanguage, currentCsrfToken, networkError } from './client.js';
import type { ApiResponse } from './types.js';

/** A stored photo (POST /api/uploads/photos). */
export type UploadedPhoto = ApiResponse<'/api/uploads/photos', 'post'>;

/**
 * Uploads one photo (multipart, field `file`) with upload progress (0..1) — fetch cannot report
 * it, XMLHttpRequest can. Resolves with the stored photo or rejects with an ApiError, with the same
 * language and CSRF headers as the client.
 */
export function uploadPhoto(file: File, onProgress: (share: number) => void, signal?: AbortSignal): Promise<UploadedPhoto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/uploads/photos');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', apiLanguage());
    const csrfToken = currentCsrfToken();
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && json) resolve(json as UploadedPhoto);
      else reject(apiErrorOf(xhr.status, json));
    };
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
