import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../core/csv/csv.js';
import { mineFirst, readServiceCsv, readServiceJson, serviceFieldsSchema, serviceProblem, usefulPercent } from './services.js';

const csv = (text: string) => {
  const r = readCsv(text);
  if (!r.ok) throw new Error('not csv');
  return readServiceCsv(r.records);
};

describe('a service', () => {
  it('must say how to get it and name at most one provider', () => {
    const base = { onlineLink: null, inPerson: null, phone: null, providerDepartmentId: null, providerName: null };
    expect(serviceProblem(base)).toEqual({ field: 'onlineLink', code: 'service_no_way_to_get' });
    expect(serviceProblem({ ...base, phone: '+7 812 000-00-00' })).toBeNull();
    expect(serviceProblem({ ...base, inPerson: 'МФЦ', providerDepartmentId: 'admin-nevsky', providerName: 'Фонд' })).toEqual({
      field: 'providerName',
      code: 'service_one_provider',
    });
  });

  it('refuses a key with capitals or spaces, a javascript: link and no roles', () => {
    const ok = { key: 'gu-188351', title: 'Детский сад', description: 'Запись в детский сад.', roles: ['parent'] };
    expect(serviceFieldsSchema.safeParse(ok).success).toBe(true);
    expect(serviceFieldsSchema.safeParse({ ...ok, key: 'Gu 1' }).success).toBe(false);
    expect(serviceFieldsSchema.safeParse({ ...ok, onlineLink: 'javascript:alert(1)' }).success).toBe(false);
    expect(serviceFieldsSchema.safeParse({ ...ok, roles: [] }).success).toBe(false);
  });
});

describe('reading an import', () => {
  it('maps CSV columns in any order, splits lists on semicolons and keeps each record’s line', () => {
    const r = csv('roles,key,title,description,documents\n"parent; svo",gu-1,Сад,Описание услуги.,Паспорт;  ;СНИЛС\n\nmoving,gu-2,Школа,Описание школы.,');
    expect(r.ok && r.items.map((i) => [i.at, i.values.roles, i.values.documents])).toEqual([
      [2, ['parent', 'svo'], ['Паспорт', 'СНИЛС']],
      [4, ['moving'], []],
    ]);
  });

  it('refuses a file with an unknown or a missing column as a whole', () => {
    expect(csv('key,title,description,roles,colour\n')).toMatchObject({ ok: false, code: 'services_import_unknown_column', params: { column: 'colour' } });
    expect(csv('key,title,description\n')).toMatchObject({ ok: false, code: 'services_import_missing_column', params: { column: 'roles' } });
    expect(csv('')).toMatchObject({ ok: false, code: 'services_import_empty' });
  });

  it('numbers JSON items within their list and refuses what is not an object of lists', () => {
    const r = readServiceJson(JSON.stringify({ roles: [{ key: 'a' }], services: [{ key: 'b' }, 'x'] }));
    expect(r.ok && r.items.map((i) => [i.kind, i.at])).toEqual([
      ['role', 1],
      ['service', 1],
      ['service', 2],
    ]);
    expect(readServiceJson('[1]')).toMatchObject({ ok: false, code: 'services_import_not_json' });
    expect(readServiceJson('{"roles": 1}')).toMatchObject({ ok: false, code: 'services_import_not_json' });
    expect(readServiceJson('{"people": []}')).toMatchObject({ ok: false, code: 'services_import_unknown_column' });
  });
});

describe('reading the catalogue', () => {
  it('puts a resident’s roles first, each group in the catalogue’s order', () => {
    const roles = [
      { id: 'a', position: 10, nameRu: 'А' },
      { id: 'b', position: 20, nameRu: 'Б' },
      { id: 'c', position: 30, nameRu: 'В' },
    ];
    expect(mineFirst(roles, new Set(['c', 'b'])).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('gives usefulness in whole per cent, none before anyone marked', () => {
    expect(usefulPercent(0, 0)).toBeNull();
    expect(usefulPercent(2, 1)).toBe(67);
  });
});
