import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { Schema } from '../../api/types.js';
import type { MapFocus, MapPoint } from '../../components/city-map.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { MapField, RadioGroup, TextField } from '../../components/fields.js';
import { LazyCityMap } from '../../components/lazy-city-map.js';
import { useErrorTitle } from '../../components/page.js';
import { PlaceSearch, type Place } from '../../components/place-search.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { refuse } from './area-words.js';

type SavedPlace = Schema<'SavedPlace'>;
type Label = SavedPlace['label'];

const labels: Label[] = ['home', 'work', 'parents', 'other'];

/**
 * Adding or changing a saved place: what it is (home, work, parents, other) and an own name, its point — an address
 * found by the map search (which also fills the address) or a tap on the map — and the address as the person writes it.
 * The server refuses a point outside the city and an eleventh place; its words are shown in the summary and beside the field.
 */
export function PlaceForm({ place, onCancel, onSaved }: { place: SavedPlace | null; onCancel(): void; onSaved(p: SavedPlace): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [label, setLabel] = useState<Label>(place?.label ?? 'home');
  const [name, setName] = useState(place?.name ?? '');
  const [address, setAddress] = useState(place?.address ?? '');
  const [point, setPoint] = useState<MapPoint | null>(place ? { lat: place.lat, lon: place.lon } : null);
  const [focus, setFocus] = useState<MapFocus | null>(place ? { lat: place.lat, lon: place.lon } : null);
  const { busy, error, setError, run } = useSubmit();
  useErrorTitle(!!error);
  const id = place ? `place-${place.id}` : 'place-new';
  const targets = { label: `${id}-label-${labels[0]}`, name: `${id}-name`, address: `${id}-address`, lat: `${id}-map`, lon: `${id}-map` };
  const codeFields = { area_outside_city: 'lat' };
  // a new place's form sits under the section's heading; a change, under the place's own
  const Heading = place ? 'h4' : 'h3';

  function found(p: Place) {
    setFocus({ lat: p.lat, lon: p.lon, bbox: p.bbox });
    if (p.kind !== 'address') return;
    setPoint({ lat: p.lat, lon: p.lon });
    if (!address.trim()) setAddress(p.label);
  }

  function save(e: FormEvent) {
    e.preventDefault();
    if (!point) return setError(refuse('lat', t('profile.places.pointRequired')));
    if (!address.trim()) return setError(refuse('address', t('profile.places.addressRequired')));
    const body = { label, name: name.trim(), address: address.trim(), lat: point.lat, lon: point.lon };
    void run(() => (place ? api.PATCH('/api/me/places/{id}', { params: { path: { id: place.id } }, body }) : api.POST('/api/me/places', { body })), onSaved);
  }

  const pointError = fieldMessage(error, 'lat', codeFields) ?? fieldMessage(error, 'lon');
  return (
    <form className="form saved-place__form" onSubmit={save} noValidate aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{place ? t('profile.places.editTitle') : t('profile.places.newTitle')}</Heading>
      <ErrorSummary id={`${id}-errors`} error={error} targets={targets} codeFields={codeFields} />
      <RadioGroup
        idPrefix={`${id}-label`}
        legend={t('profile.places.label')}
        value={label}
        onChange={(v) => setLabel(labels.find((l) => l === v) ?? 'other')}
        error={fieldMessage(error, 'label')}
        options={labels.map((l) => ({ value: l, label: t(`profile.places.label.${l}`) }))}
        inline
      />
      <TextField
        id={`${id}-name`}
        label={t('profile.places.name')}
        hint={t('profile.places.nameHint')}
        value={name}
        onChange={setName}
        maxLength={60}
        width="medium"
        error={fieldMessage(error, 'name')}
      />
      <PlaceSearch onChoose={found} />
      <MapField
        id={`${id}-map`}
        label={t('profile.places.point')}
        hint={t('profile.places.pointHint')}
        error={pointError}
        map={<LazyCityMap label={t('profile.places.mapLabel')} size="medium" point={point} focus={focus} onPick={setPoint} />}
        status={
          point
            ? t('profile.places.pointChosen', {
                lat: f.number(point.lat, { maximumFractionDigits: 5 }),
                lon: f.number(point.lon, { maximumFractionDigits: 5 }),
              })
            : t('profile.places.noPoint')
        }
      />
      <TextField
        id={`${id}-address`}
        label={t('profile.places.address')}
        hint={t('profile.places.addressHint')}
        value={address}
        onChange={setAddress}
        maxLength={200}
        autoComplete="street-address"
        error={fieldMessage(error, 'address')}
      />
      <div className="card__actions">
        <button type="submit" className="button" disabled={busy}>
          {t('profile.places.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('profile.places.cancel')}
        </button>
      </div>
    </form>
  );
}
