import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { causeLimits } from '@server/modules/charity/domain/charity.js';
import { api } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { cityDayOf } from '../../city-time.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PhotoUpload, type AttachedPhoto } from '../../components/photo-upload.js';
import { useSubmit } from '../../use-submit.js';

type CauseView = Schema<'CauseView'>;

/**
 * The organisation's dated report with photos; the collected amount moves with it. Its group's admins post it on the
 * cause's page, administrators on the admin page (on its behalf); `hint` says which.
 */
export function CauseReportForm({ c, hint }: { c: CauseView; hint: string }) {
  const { t } = useTranslation();
  const [reportedOn, setReportedOn] = useState(() => cityDayOf(new Date().toISOString()));
  const [text, setText] = useState('');
  const [collected, setCollected] = useState('');
  const [photos, setPhotos] = useState<AttachedPhoto[]>([]);
  const [added, setAdded] = useState(false);
  const s = useSubmit();
  if (c.state === 'closed') return null;
  const send = s.submit(
    () =>
      api.POST('/api/charity/causes/{id}/reports', {
        params: { path: { id: c.id } },
        body: { reportedOn, text, collectedRubles: collected.trim() === '' ? null : Number(collected), photoFileIds: photos.map((p) => p.id) },
      }),
    () => {
      setText('');
      setCollected('');
      setPhotos([]);
      setAdded(true);
      void invalidate('/api/charity/causes/{id}', '/api/admin/charity/causes', '/api/charity/causes');
    },
  );
  return (
    <form className="card section cause-form" onSubmit={send} noValidate aria-labelledby="cause-report-title">
      <h2 id="cause-report-title">{t('charity.admin.reportTitle')}</h2>
      <p className="muted">{hint}</p>
      <ErrorSummary
        error={s.error}
        targets={{ reportedOn: 'report-on', text: 'report-text', collectedRubles: 'report-collected', photoFileIds: 'report-photos' }}
        id="report-errors"
      />
      {added ? <Notice kind="success" title={t('charity.admin.reportAdded')} /> : null}
      <TextField
        id="report-on"
        label={t('charity.admin.reportOn')}
        type="date"
        width="short"
        value={reportedOn}
        onChange={setReportedOn}
        error={fieldMessage(s.error, 'reportedOn')}
      />
      <TextArea
        id="report-text"
        label={t('charity.admin.reportText')}
        value={text}
        onChange={(v) => {
          setAdded(false);
          setText(v);
        }}
        error={fieldMessage(s.error, 'text')}
        rows={4}
        maxLength={causeLimits.report.max}
      />
      <TextField
        id="report-collected"
        label={t('charity.admin.reportCollected')}
        type="number"
        width="short"
        value={collected}
        onChange={setCollected}
        error={fieldMessage(s.error, 'collectedRubles')}
      />
      <PhotoUpload
        id="report-photos"
        label={t('charity.admin.reportPhotos', { max: causeLimits.reportPhotos.max })}
        photos={photos}
        max={causeLimits.reportPhotos.max}
        onChange={(update) => {
          setAdded(false);
          setPhotos(update);
        }}
        error={fieldMessage(s.error, 'photoFileIds')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={s.busy}>
          {t('charity.admin.addReport')}
        </button>
      </div>
    </form>
  );
}
