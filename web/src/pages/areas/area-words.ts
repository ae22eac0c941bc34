import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.js';
import type { District, Schema } from '../../api/types.js';
import type { Formatters } from '../../format.js';

/** What area alerts tell of (the API's topics: a topic the server adds fails to compile here until it is worded). */
export type AreaTopic = NonNullable<Schema<'SavedPlace'>['alert']>['topics'][number];
const topicOrder: Record<AreaTopic, number> = { reports: 0, answers: 1, works: 2, polls: 3, events: 4 };
/** The topics in the order the forms offer them. */
export const areaTopics = (Object.keys(topicOrder) as AreaTopic[]).sort((a, b) => topicOrder[a] - topicOrder[b]);

/** "250 m" or "1.5 km" in the page's language (Intl's units: no catalogue keys to keep in step). */
export function distanceText(f: Pick<Formatters, 'number'>, meters: number): string {
  return meters < 1000
    ? f.number(meters, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 })
    : f.number(meters / 1000, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 });
}

/** The topics as words, joined: «новые сообщения о проблемах, ответы исполнителей». */
export function topicsText(t: TFunction, topics: readonly AreaTopic[]): string {
  return areaTopics
    .filter((x) => topics.includes(x))
    .map((x) => t(`profile.places.topic.${x}`))
    .join(', ');
}

/** A saved place's own name, or its label's word ("Home"). */
export function placeName(t: TFunction, p: Pick<Schema<'SavedPlace'>, 'name' | 'label'>): string {
  return p.name || t(`profile.places.label.${p.label}`);
}

/** A form's own refusal before anything is sent, shown as the server's would be (summary and field). */
export const refuse = (field: string, message: string) => new ApiError(400, 'validation_failed', message, { [field]: message });

/** The districts as a select's options, by name in the page's language. */
export function districtOptions(f: Pick<Formatters, 'collator' | 'name'>, districts: District[] | undefined): { value: string; label: string }[] {
  return [...(districts ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) }));
}
