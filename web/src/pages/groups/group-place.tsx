import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.js';
import type { MapFocus, MapPoint } from '../../components/city-map.js';
import { fieldMessage } from '../../components/errors.js';
import { MapField } from '../../components/fields.js';
import { LazyCityMap } from '../../components/lazy-city-map.js';
import { PlaceSearch, type Place } from '../../components/place-search.js';
import { useFormat } from '../../format.js';

/** The server's refusals about a building's point, shown beside the map. */
export const groupPointCodes = { group_point_outside_city: 'lat', group_point_incomplete: 'lat', group_point_other_district: 'lat' };

/**
 * A building group's point: an address found by the map search (it fills an empty address too) or a tap on the map,
 * as an event's or a saved place's form takes it. The server checks it lies in the city and in the chosen district.
 */
export function GroupPointField({
  point,
  onPoint,
  address,
  onAddress,
  error,
}: {
  point: MapPoint | null;
  onPoint(p: MapPoint | null): void;
  address: string;
  onAddress(a: string): void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [focus, setFocus] = useState<MapFocus | null>(null);

  function found(p: Place) {
    setFocus({ lat: p.lat, lon: p.lon, bbox: p.bbox });
    if (p.kind !== 'address') return;
    onPoint({ lat: p.lat, lon: p.lon });
    if (!address.trim()) onAddress(p.label);
  }

  const pointError = fieldMessage(error, 'lat', groupPointCodes) ?? fieldMessage(error, 'lon');
  return (
    <>
      <PlaceSearch onChoose={found} />
      <MapField
        id="f-map"
        label={t('groups.form.point')}
        hint={t('groups.form.pointHint')}
        error={pointError}
        map={
          <LazyCityMap
            label={t('groups.form.point')}
            size="medium"
            point={point}
            focus={focus}
            center={point ?? undefined}
            zoom={point ? 16 : undefined}
            onPick={onPoint}
          />
        }
        status={
          point
            ? t('groups.form.pointChosen', { lat: f.number(point.lat, { maximumFractionDigits: 5 }), lon: f.number(point.lon, { maximumFractionDigits: 5 }) })
            : t('groups.form.noPoint')
        }
      >
        {point ? (
          <button type="button" className="button button--secondary button--small" onClick={() => onPoint(null)}>
            {t('groups.form.clearPoint')}
          </button>
        ) : null}
      </MapField>
    </>
  );
}

/** A building group's small map of its point on its page (the address is among the group's facts), when it has one. */
export function GroupPlaceMap({ group }: { group: { name: string; lat: number | null; lon: number | null } }) {
  const { t } = useTranslation();
  if (group.lat === null || group.lon === null) return null;
  const at = { lat: group.lat, lon: group.lon };
  return (
    <div className="group__place">
      <LazyCityMap label={t('groups.placeMapLabel', { name: group.name })} size="small" point={at} center={at} zoom={16} quiet />
    </div>
  );
}
