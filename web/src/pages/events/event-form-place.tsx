import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventLimits } from '@server/modules/events/domain/events.js';
import { api, ApiError } from '../../api/client.js';
import type { District } from '../../api/types.js';
import type { MapFocus, MapPoint } from '../../components/city-map.js';
import { fieldMessage } from '../../components/errors.js';
import { MapField, TextField } from '../../components/fields.js';
import { LazyCityMap } from '../../components/lazy-city-map.js';
import { PlaceSearch, type Place } from '../../components/place-search.js';
import { useFormat } from '../../format.js';
import type { EventDraft } from './event-form-draft.js';

/** The refusals about the place that are not a field's (shown beside the map). */
export const placeCodeFields = { event_place_outside_city: 'lat', event_place_required: 'lat', event_place_incomplete: 'lat' };

/**
 * Where the event happens: a point on the map (tapped, or found by the search) with the address people read, its
 * district named as the server will derive it; and, for an online event (or a hybrid one), the meeting's link.
 */
export function EventPlaceFields({
  draft,
  setDraft,
  error,
}: {
  draft: EventDraft;
  setDraft(update: (d: EventDraft) => EventDraft): void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [focus, setFocus] = useState<MapFocus | null>(null);
  const [district, setDistrict] = useState<{ at: MapPoint; district: District | null } | null>(null);
  const online = draft.kind === 'online';

  async function pick(p: MapPoint) {
    setDraft((d) => ({ ...d, lat: p.lat, lon: p.lon }));
    try {
      setDistrict({ at: p, district: await api.GET('/api/districts/at', { params: { query: { lat: p.lat, lon: p.lon } } }) });
    } catch (err) {
      // outside every district: the server refuses it with the reason beside the map
      if (err instanceof ApiError && err.status === 404) setDistrict({ at: p, district: null });
    }
  }

  function found(p: Place) {
    setFocus({ lat: p.lat, lon: p.lon, bbox: p.bbox });
    if (p.kind !== 'address') return;
    if (!draft.address.trim()) setDraft((d) => ({ ...d, address: p.label }));
    void pick({ lat: p.lat, lon: p.lon });
  }

  const pointError = fieldMessage(error, 'lat', placeCodeFields) ?? fieldMessage(error, 'lon');
  const here = draft.lat !== null && draft.lon !== null ? { lat: draft.lat, lon: draft.lon } : null;
  const known = here && district && district.at.lat === here.lat && district.at.lon === here.lon ? district : null;
  return (
    <>
      {online ? null : (
        <>
          <PlaceSearch onChoose={found} />
          <MapField
            id="f-map"
            label={t('eventsOrganise.mapLabel')}
            hint={t('eventsOrganise.mapHint')}
            error={pointError}
            map={
              <LazyCityMap
                focus={focus}
                label={t('eventsOrganise.mapLabel')}
                size="medium"
                point={here}
                center={here ?? undefined}
                zoom={here ? 15 : undefined}
                onPick={(p) => void pick(p)}
              />
            }
            status={
              here
                ? known?.district
                  ? t('eventsOrganise.placeChosen', { district: f.name(known.district) })
                  : known
                    ? t('eventsOrganise.placeOutside')
                    : t('eventsOrganise.placeChosenNoDistrict')
                : t('eventsOrganise.noPlace')
            }
            statusClassName="ev-form__place"
          >
            {here ? (
              <button type="button" className="button button--secondary button--small" onClick={() => setDraft((d) => ({ ...d, lat: null, lon: null }))}>
                {t('eventsOrganise.clearPlace')}
              </button>
            ) : null}
          </MapField>
          <TextField
            id="f-address"
            label={t('eventsOrganise.address')}
            hint={t('eventsOrganise.addressHint')}
            value={draft.address}
            onChange={(v) => setDraft((d) => ({ ...d, address: v }))}
            maxLength={eventLimits.address.max}
            error={fieldMessage(error, 'address')}
            autoComplete="street-address"
          />
        </>
      )}
      <TextField
        id="f-onlineUrl"
        type="url"
        label={online ? t('eventsOrganise.onlineUrl') : t('eventsOrganise.onlineUrlOptional')}
        hint={t('eventsOrganise.onlineUrlHint')}
        value={draft.onlineUrl}
        onChange={(v) => setDraft((d) => ({ ...d, onlineUrl: v }))}
        error={fieldMessage(error, 'onlineUrl', { event_online_link_required: 'onlineUrl' })}
      />
    </>
  );
}
