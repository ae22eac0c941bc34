import fs from 'node:fs';
import { convert } from 'html-to-text';
import { describe, expect, it } from 'vitest';
import { locationKindOf, parseClassifierSource, parseSeasonWindow, retiredName, type ImportedClassifier } from './classifier-import.js';

const toPlainText = (html: string) => convert(html, { wordwrap: false });
const source = JSON.parse(fs.readFileSync(new URL('../../../../data/spb_our_spb_classifier_api_v4.json', import.meta.url), 'utf8')) as unknown;

// Three real entries, copied from the «Наш СПб» file, trimmed to the fields that matter.
const sample = [
  {
    id: 1,
    name: 'Дом',
    items: [
      {
        id: 10,
        name: 'Содержание МКД',
        items: [
          {
            id: 189,
            name: 'Неудовлетворительное состояние парадной',
            season_message: '',
            is_season: null,
            help_text: 'Обязательно приложите фотографию, подтверждающую проблему',
            wizard_widget: 1,
            additional_fields: [{ required: true, type: 'text', name: 'stairs' }],
            image_required: true,
            is_public: true,
            comment: '<p>Если Вы обнаружили, что парадная находится в&nbsp;неудовлетворительном состоянии, &laquo;сообщите&raquo;.<br>Приложите фото.</p>',
            is_esia_required: false,
          },
        ],
      },
    ],
  },
  {
    id: 2,
    name: 'Двор',
    items: [
      {
        id: 2,
        name: ' Благоустройство',
        items: [
          {
            id: 51,
            name: 'Неубранный снег (искл.)',
            season_message: 'Подача сообщения возможна в период c 16 октября 2016 г. по 15 апреля 2017 г.',
            is_season: false,
            help_text: 'Обязательно приложите фотографию, подтверждающую проблему',
            wizard_widget: 5,
            additional_fields: [],
            image_required: true,
            is_public: false,
            comment: '<p>КАТЕГОРИЯ ЗАКРЫТА</p>',
            is_esia_required: false,
          },
        ],
      },
    ],
  },
  {
    id: 14,
    name: 'Территория Санкт-Петербурга',
    items: [
      {
        id: 27,
        name: 'Нарушение земельного законодательства',
        items: [
          {
            id: 202,
            name: 'Самовольное занятие земельного участка,  незаконное размещение',
            season_message: '',
            is_season: null,
            help_text: '',
            wizard_widget: 2,
            additional_fields: [
              { required: true, type: 'text', name: 'phone' },
              { required: false, type: 'text', name: 'apartment' },
              { required: false, type: 'text', name: 'spaceship' },
            ],
            image_required: true,
            is_public: true,
            comment: null,
            is_esia_required: true,
          },
        ],
      },
    ],
  },
];

const parse = (json: unknown): ImportedClassifier => {
  const res = parseClassifierSource(json, toPlainText);
  if (!res.ok) throw new Error(JSON.stringify(res.problem));
  return res.value;
};

describe('importing the «Наш СПб» classifier', () => {
  it('maps a reason’s fields', () => {
    const { objects, categories, reasons } = parse(sample);
    expect(objects).toEqual([
      { id: 1, nameRu: 'Дом', position: 0 },
      { id: 2, nameRu: 'Двор', position: 1 },
      { id: 14, nameRu: 'Территория Санкт-Петербурга', position: 2 },
    ]);
    expect(categories[1]).toEqual({ id: 2, objectId: 2, nameRu: 'Благоустройство', position: 0 });
    expect(reasons[0]).toEqual({
      id: 189,
      categoryId: 10,
      nameRu: 'Неудовлетворительное состояние парадной',
      helpText: 'Обязательно приложите фотографию, подтверждающую проблему',
      description: 'Если Вы обнаружили, что парадная находится в неудовлетворительном состоянии, «сообщите».\nПриложите фото.',
      photoRequired: true,
      extraFields: [{ name: 'stairs', required: true }],
      locationKind: 'building',
      seasonFrom: null,
      seasonTo: null,
      seasonMessage: null,
      verifiedRequired: false,
      isPublic: true,
      archived: false,
      departmentKind: 'district_administration',
    });
  });

  it('archives retired reasons, dropping «(искл.)» from the name and keeping the season message', () => {
    const snow = parse(sample).reasons[1]!;
    expect(snow).toMatchObject({
      id: 51,
      nameRu: 'Неубранный снег',
      archived: true,
      locationKind: 'near_building',
      isPublic: false,
      description: 'КАТЕГОРИЯ ЗАКРЫТА',
    });
    // the window is tied to a year: it is not taken as a recurring season
    expect(snow).toMatchObject({
      seasonFrom: null,
      seasonTo: null,
      seasonMessage: 'Подача сообщения возможна в период c 16 октября 2016 г. по 15 апреля 2017 г.',
    });
  });

  it('verified login, street points, known extra fields only, collapsed spaces', () => {
    expect(parse(sample).reasons[2]).toMatchObject({
      nameRu: 'Самовольное занятие земельного участка, незаконное размещение',
      verifiedRequired: true,
      locationKind: 'street',
      description: '',
      helpText: '',
      extraFields: [
        { name: 'phone', required: true },
        { name: 'apartment', required: false },
      ],
    });
  });

  it('the whole file: 20 objects, 64 categories, 277 reasons of which 78 retired, ids unique and kept', () => {
    const { objects, categories, reasons } = parse(source);
    expect([objects.length, categories.length, reasons.length, reasons.filter((r) => r.archived).length]).toEqual([20, 64, 277, 78]);
    expect(reasons.some((r) => /искл/.test(r.nameRu))).toBe(false);
    expect(reasons.every((r) => !/[<>]/.test(r.description))).toBe(true);
    expect(reasons.find((r) => r.id === 9)).toMatchObject({ nameRu: 'Повреждения дорожного покрытия проезжей части', departmentKind: 'roads_committee' });
    expect(new Set(reasons.map((r) => r.locationKind))).toEqual(new Set(['building', 'street', 'near_building']));
  });

  it('refuses what is not the classifier, saying where', () => {
    const bad = (json: unknown) => {
      const res = parseClassifierSource(json, toPlainText);
      return res.ok ? null : res.problem;
    };
    expect(bad({})).toMatchObject({ problem: 'invalid_shape', at: '(root)' });
    expect(bad([])).toMatchObject({ problem: 'invalid_shape' });
    expect(bad([{ id: 1, name: 'Дом', items: [{ id: 2, name: 'x', items: [{ id: 'three', name: 'y' }] }] }])).toMatchObject({
      problem: 'invalid_shape',
      at: '0.items.0.items.0.id',
    });
    expect(
      bad([
        { id: 1, name: 'Дом', items: [] },
        { id: 1, name: 'Двор', items: [] },
      ]),
    ).toMatchObject({ problem: 'duplicate_id', at: '1.id' });
  });
});

describe('import helpers', () => {
  it.each([
    ['Неубранный снег (искл.)', 'Неубранный снег', true],
    ['Неубранный снег  (искл)', 'Неубранный снег', true],
    ['Неубранный снег', 'Неубранный снег', false],
    ['(искл.) в начале', '(искл.) в начале', false],
  ])('%j → %j, retired %s', (name, clean, retired) => {
    expect(retiredName(name)).toEqual({ name: clean, retired });
  });

  it.each([
    [1, 'building'],
    [2, 'street'],
    [4, 'near_building'],
    [5, 'near_building'],
    [null, 'street'],
    [7, 'street'],
  ])('wizard_widget %s → %s', (widget, kind) => {
    expect(locationKindOf(widget)).toBe(kind);
  });

  it.each([
    ['Подача сообщения возможна в период с 15 мая по 15 октября', { from: '05-15', to: '10-15' }],
    ['Подача сообщения возможна в период c 16 октября по 15 апреля', { from: '10-16', to: '04-15' }],
    ['с 1 марта по 31 мая', { from: '03-01', to: '05-31' }],
    ['с 01.11 по 31.03', { from: '11-01', to: '03-31' }],
    ['Подача сообщения возможна в период c 15 мая 2022 г. по 15 октября 2022 г.', null],
    ['Подача сообщения возможна с 01.08.2017', null],
    ['с 31 февраля по 15 марта', null],
    ['http://gorod.gov.spb.ru/content/news/89/', null],
    ['', null],
    [null, null],
  ])('season window in %j → %j', (message, expected) => {
    expect(parseSeasonWindow(message)).toEqual(expected);
  });
});
