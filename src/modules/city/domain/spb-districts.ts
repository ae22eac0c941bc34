/**
 * The demo city's district ids and English names, keyed by OSM relation id (the OSM extract has
 * English names for only four of the eighteen).
 */
export const spbDistrictNames: Record<number, { id: string; nameEn: string }> = {
  1114193: { id: 'admiralteysky', nameEn: 'Admiralteysky District' },
  1114252: { id: 'vasileostrovsky', nameEn: 'Vasileostrovsky District' },
  1114354: { id: 'vyborgsky', nameEn: 'Vyborgsky District' },
  1114806: { id: 'kalininsky', nameEn: 'Kalininsky District' },
  1114809: { id: 'kirovsky', nameEn: 'Kirovsky District' },
  337424: { id: 'kolpinsky', nameEn: 'Kolpinsky District' },
  1114895: { id: 'krasnogvardeysky', nameEn: 'Krasnogvardeysky District' },
  363103: { id: 'krasnoselsky', nameEn: 'Krasnoselsky District' },
  1115082: { id: 'kronshtadtsky', nameEn: 'Kronshtadtsky District' },
  1115366: { id: 'kurortny', nameEn: 'Kurortny District' },
  338636: { id: 'moskovsky', nameEn: 'Moskovsky District' },
  368287: { id: 'nevsky', nameEn: 'Nevsky District' },
  1114905: { id: 'petrogradsky', nameEn: 'Petrogradsky District' },
  367375: { id: 'petrodvortsovy', nameEn: 'Petrodvortsovy District' },
  1115367: { id: 'primorsky', nameEn: 'Primorsky District' },
  338635: { id: 'pushkinsky', nameEn: 'Pushkinsky District' },
  369514: { id: 'frunzensky', nameEn: 'Frunzensky District' },
  1114902: { id: 'tsentralny', nameEn: 'Tsentralny District' },
};

/**
 * Public contacts of the demo city's district administrations: the real address of each administration's building
 * and the city portal's page of district administrations; the reception hours, phone and e-mail are a plausible
 * sample, and the address line says so (a department has no separate hours or "sample" field).
 */
export const spbAdministrationContacts: Record<string, { address: string; phone: string; email: string }> = {
  admiralteysky: { address: 'Измайловский пр., 10', phone: '+7 (812) 000-01-01', email: 'admiralteysky@gorod.demo' },
  vasileostrovsky: { address: 'Большой пр. В.О., 55', phone: '+7 (812) 000-02-01', email: 'vasileostrovsky@gorod.demo' },
  vyborgsky: { address: 'Большой Сампсониевский пр., 86', phone: '+7 (812) 000-03-01', email: 'vyborgsky@gorod.demo' },
  kalininsky: { address: 'Арсенальная наб., 13/1', phone: '+7 (812) 000-04-01', email: 'kalininsky@gorod.demo' },
  kirovsky: { address: 'пр. Стачек, 18', phone: '+7 (812) 000-05-01', email: 'kirovsky@gorod.demo' },
  kolpinsky: { address: 'Колпино, ул. Урицкого, 1', phone: '+7 (812) 000-06-01', email: 'kolpinsky@gorod.demo' },
  krasnogvardeysky: { address: 'Среднеохтинский пр., 50', phone: '+7 (812) 000-07-01', email: 'krasnogvardeysky@gorod.demo' },
  krasnoselsky: { address: 'ул. Партизана Германа, 3', phone: '+7 (812) 000-08-01', email: 'krasnoselsky@gorod.demo' },
  kronshtadtsky: { address: 'Кронштадт, пр. Ленина, 49', phone: '+7 (812) 000-09-01', email: 'kronshtadtsky@gorod.demo' },
  kurortny: { address: 'Сестрорецк, пл. Свободы, 1', phone: '+7 (812) 000-10-01', email: 'kurortny@gorod.demo' },
  moskovsky: { address: 'Московский пр., 129', phone: '+7 (812) 000-11-01', email: 'moskovsky@gorod.demo' },
  nevsky: { address: 'пр. Обуховской Обороны, 163', phone: '+7 (812) 000-12-01', email: 'nevsky@gorod.demo' },
  petrogradsky: { address: 'Большая Монетная ул., 17–19', phone: '+7 (812) 000-13-01', email: 'petrogradsky@gorod.demo' },
  petrodvortsovy: { address: 'Петергоф, Калининская ул., 7', phone: '+7 (812) 000-14-01', email: 'petrodvortsovy@gorod.demo' },
  primorsky: { address: 'ул. Савушкина, 83', phone: '+7 (812) 000-15-01', email: 'primorsky@gorod.demo' },
  pushkinsky: { address: 'Пушкин, Садовая ул., 40', phone: '+7 (812) 000-16-01', email: 'pushkinsky@gorod.demo' },
  frunzensky: { address: 'Пражская ул., 46', phone: '+7 (812) 000-17-01', email: 'frunzensky@gorod.demo' },
  tsentralny: { address: 'Невский пр., 176', phone: '+7 (812) 000-18-01', email: 'tsentralny@gorod.demo' },
};

/** What the demo's contacts say after the address: the reception hours, and which of them are a made-up sample. */
export const sampleContactsNote = (sample: string) => `приём: пн–чт 9:00–18:00, пт 9:00–17:00 · ${sample} — образец`;

/** City committees of the demo city (departments that are not a district administration), with sample contacts. */
export const spbCommittees = [
  { id: 'committee-improvement', nameRu: 'Комитет по благоустройству', nameEn: 'Committee for Urban Improvement', phone: '+7 (812) 000-20-01' },
  {
    id: 'committee-roads',
    nameRu: 'Комитет по развитию транспортной инфраструктуры',
    nameEn: 'Committee for Transport Infrastructure',
    phone: '+7 (812) 000-20-02',
  },
  { id: 'housing-committee', nameRu: 'Жилищный комитет', nameEn: 'Housing Committee', phone: '+7 (812) 000-20-03' },
  {
    id: 'committee-energy',
    nameRu: 'Комитет по энергетике и инженерному обеспечению',
    nameEn: 'Committee for Energy and Utilities',
    phone: '+7 (812) 000-20-04',
  },
  { id: 'state-housing-inspection', nameRu: 'Государственная жилищная инспекция', nameEn: 'State Housing Inspection', phone: '+7 (812) 000-20-05' },
];
