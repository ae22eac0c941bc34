import { describe, expect, it } from 'vitest';
import { generaliseResponses, publishedGroupOf } from './generalise-responses.js';

const row = (district_id: string | null, age_band: string | null) => ({ district_id, age_band });

describe('generaliseResponses', () => {
  // 12 in Nevsky (11 aged 30–44, 1 aged 60+), 1 in Admiralteysky aged 30–44, 1 with no district
  const rows = [...Array.from({ length: 11 }, () => row('nevsky', '30-44')), row('nevsky', '60+'), row('admiralteysky', '30-44'), row(null, null)];

  it('keeps a district and age band of ten or more, generalises one shared by fewer', () => {
    const out = generaliseResponses(rows);
    expect(out[0]).toEqual(row('nevsky', '30-44'));
    expect(out[11]).toEqual(row('nevsky', null));
    // the lone Admiralteysky respondent becomes "the city", where their age band is alone too
    expect(out[12]).toEqual(row(null, null));
  });

  it('gives one response as the whole file does, from the counts by group alone', () => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(JSON.stringify(r), (counts.get(JSON.stringify(r)) ?? 0) + 1);
    const published = publishedGroupOf([...counts].map(([key, respondents]) => ({ ...(JSON.parse(key) as ReturnType<typeof row>), respondents })));
    expect(rows.map(published)).toEqual(generaliseResponses(rows));
  });
});
