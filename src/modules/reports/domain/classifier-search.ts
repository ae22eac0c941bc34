// What residents type and what the classifier says differ: «яма» is «повреждение дорожного
// покрытия», «парадная» is «подъезд». Each entry adds classifier words (a to_tsquery fragment of
// plain words and operators, stemmed by the database) to a typed word it matches by its start.
const synonyms: { match: RegExp; add: string }[] = [
  { match: /^(ям|ямк|выбоин|колдобин|дыр)/, add: 'выбоина | дорожное <-> покрытие | асфальтовое <-> покрытие' },
  { match: /^асфальт/, add: 'покрытие' },
  { match: /^(подъезд|парадн)/, add: 'подъезд | парадная | лестничная <-> площадка' },
  { match: /^лестниц/, add: 'лестничная <-> площадка | подъезд' },
  { match: /^(свалк|отход|хлам)/, add: 'мусор' },
  { match: /^(сосульк|налед)/, add: 'наледь' },
  { match: /^(фонар|светильник|темн)/, add: 'освещение' },
  { match: /^(граффит|надпис)/, add: 'надписи' },
  { match: /^(батаре|радиатор)/, add: 'радиатор | отопление' },
  { match: /^(холодн|мерзн|мерз)/, add: 'низкая <-> температура' },
  { match: /^(грязн|грязь|нагаж)/, add: 'санитарное | уборка | мусор' },
  { match: /^(машин|автомобил|брошенн)/, add: 'транспортное <-> средство' },
  { match: /^(крыс|мыш|грызун)/, add: 'дератизация' },
  { match: /^(таракан|клоп|насеком)/, add: 'дезинсекция' },
  { match: /^(сугроб|гололед)/, add: 'снег' },
  { match: /^(протечк|теч|потоп|залив)/, add: 'протечка' },
  { match: /^(газон|трав)/, add: 'газонов' },
];

/** Words of a search query: letters and digits only (so nothing reaches the query parser as syntax), lower-case, ё → е. */
export function searchWords(q: string): string[] {
  return (
    q
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .filter((w) => w.length <= 40)
    .slice(0, 8);
}

/**
 * PostgreSQL `to_tsquery('russian', …)` texts for a resident's query. Each word becomes a group:
 * its own stem or a synonym, and for the last word also its prefix while it is being typed (no
 * trailing space). `all` needs every group, `any` one of them (the fallback when no reason has
 * every word); `exact` is the words as typed, for ranking. Null when there is nothing to search for.
 */
export function classifierTsQuery(q: string): { all: string; any: string; exact: string } | null {
  const words = searchWords(q);
  if (!words.length) return null;
  const typing = !/\s$/.test(q);
  const groups = words.map((word, i) => {
    const options = [i === words.length - 1 && typing ? `${word}:*` : word];
    for (const s of synonyms) if (s.match.test(word)) options.push(s.add);
    return options.length > 1 ? `(${options.join(' | ')})` : options[0]!;
  });
  return { all: groups.join(' & '), any: groups.join(' | '), exact: words.join(' & ') };
}
