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

/** City committees of the demo city (departments that are not a district administration). */
export const spbCommittees = [
  { id: 'committee-improvement', nameRu: 'Комитет по благоустройству', nameEn: 'Committee for Urban Improvement' },
  { id: 'committee-roads', nameRu: 'Комитет по развитию транспортной инфраструктуры', nameEn: 'Committee for Transport Infrastructure' },
  { id: 'housing-committee', nameRu: 'Жилищный комитет', nameEn: 'Housing Committee' },
  { id: 'committee-energy', nameRu: 'Комитет по энергетике и инженерному обеспечению', nameEn: 'Committee for Energy and Utilities' },
  { id: 'state-housing-inspection', nameRu: 'Государственная жилищная инспекция', nameEn: 'State Housing Inspection' },
];
