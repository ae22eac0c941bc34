import { describe, expect, it } from 'vitest';
import { readDepartmentCsv } from './department-csv.js';
import { departmentCreateSchema, departmentCsvRowSchema } from './department-fields.js';
import { deleteRefusal, departmentIdFrom, freeDepartmentId, mergeRefusal, restoreRefusal, retireRefusal, type DepartmentUsage } from './department-rules.js';

const unused: DepartmentUsage = { reports: 0, openReports: 0, routingRules: 0, roles: 0, other: 0 };
const working = { retiredAt: null, mergedIntoId: null };
const retired = { retiredAt: new Date('2026-01-01'), mergedIntoId: null };

describe('department ids', () => {
  it.each([
    ['Roads Committee', 'roads-committee'],
    ['Администрация Невского района', 'administratsiya-nevskogo-rayona'],
    ['  «ЖКС № 2» Adm.  ', 'zhks-no-2-adm'],
    ['Café Über', 'cafe-uber'],
    ['!!!', 'department'],
  ])('%s → %s', (name, id) => expect(departmentIdFrom(name)).toBe(id));

  it('a taken id gets the first free number', () => {
    expect(freeDepartmentId('roads', new Set())).toBe('roads');
    expect(freeDepartmentId('roads', new Set(['roads', 'roads-2']))).toBe('roads-3');
  });

  it('an id given by hand is lower-case Latin, digits and dashes', () => {
    const base = { nameRu: 'Водоканал', nameEn: 'Water utility', kind: 'utility' };
    expect(departmentCreateSchema.safeParse({ ...base, id: 'vodokanal-spb' }).success).toBe(true);
    for (const id of ['Vodokanal', 'водоканал', '-x', 'x-', 'a b', 'x'.repeat(65)])
      expect(departmentCreateSchema.safeParse({ ...base, id }).success).toBe(false);
    expect(departmentCreateSchema.safeParse({ ...base, kind: 'ministry' }).success).toBe(false);
  });
});

describe('when a department may be retired, restored, deleted or merged', () => {
  it.each([
    ['nothing points at it', working, unused, null],
    ['routing rules point at it', working, { ...unused, routingRules: 3 }, { code: 'department_retire_in_use', params: { rules: 3, reports: 0 } }],
    ['open reports are with it', working, { ...unused, openReports: 2 }, { code: 'department_retire_in_use', params: { rules: 0, reports: 2 } }],
    ['it is retired already', retired, unused, { code: 'department_already_retired', params: {} }],
  ])('retiring when %s', (_when, d, usage, expected) => expect(retireRefusal(d, usage)).toEqual(expected));

  it('a retired department comes back unless it was merged', () => {
    expect(restoreRefusal(retired)).toBeNull();
    expect(restoreRefusal(working)).toEqual({ code: 'department_not_retired', params: {} });
    expect(restoreRefusal({ ...retired, mergedIntoId: 'b' })).toEqual({ code: 'department_merged_cannot_restore', params: { into: 'b' } });
  });

  it.each([
    ['nothing refers to it', unused, null],
    ['it has open reports: merge instead', { ...unused, reports: 5, openReports: 2 }, { code: 'department_has_open_reports', params: { count: 2 } }],
    ['it had reports, all closed', { ...unused, reports: 5 }, { code: 'department_in_use', params: { reports: 5, rules: 0, roles: 0, other: 0 } }],
    ['a routing rule names it', { ...unused, routingRules: 1 }, { code: 'department_in_use', params: { reports: 0, rules: 1, roles: 0, other: 0 } }],
    ['an official works there', { ...unused, roles: 1 }, { code: 'department_in_use', params: { reports: 0, rules: 0, roles: 1, other: 0 } }],
    ['a template or a work names it', { ...unused, other: 2 }, { code: 'department_in_use', params: { reports: 0, rules: 0, roles: 0, other: 2 } }],
  ])('deleting when %s', (_when, usage, expected) => expect(deleteRefusal(usage)).toEqual(expected));

  it.each([
    ['into another working department', { id: 'a', mergedIntoId: null }, { id: 'b', retiredAt: null }, null],
    ['into itself', { id: 'a', mergedIntoId: null }, { id: 'a', retiredAt: null }, { code: 'department_merge_into_itself', params: {} }],
    ['a department merged already', { id: 'a', mergedIntoId: 'c' }, { id: 'b', retiredAt: null }, { code: 'department_already_merged', params: { into: 'c' } }],
    [
      'into a retired one',
      { id: 'a', mergedIntoId: null },
      { id: 'b', retiredAt: new Date() },
      { code: 'department_merge_into_retired', params: { into: 'b' } },
    ],
  ])('merging %s', (_what, from, into, expected) => expect(mergeRefusal(from, into)).toEqual(expected));
});

describe('the departments CSV', () => {
  const rec = (line: number, ...fields: string[]) => ({ line, fields });

  it('reads columns in any order, empty cells as null, absent columns as null', () => {
    const read = readDepartmentCsv([rec(1, 'kind', 'id', 'name_en', 'name_ru', 'phone'), rec(2, 'utility', 'vodokanal', 'Water', 'Водоканал', '')]);
    expect(read).toMatchObject({ ok: true, problems: [] });
    if (!read.ok) return;
    expect(read.rows).toEqual([
      {
        line: 2,
        values: {
          id: 'vodokanal',
          nameRu: 'Водоканал',
          nameEn: 'Water',
          kind: 'utility',
          districtId: null,
          phone: null,
          email: null,
          address: null,
          website: null,
        },
      },
    ]);
    expect(departmentCsvRowSchema.safeParse(read.rows[0]!.values).success).toBe(true);
  });

  it.each([
    [[], { line: 1, code: 'departments_csv_empty', params: {} }],
    [[rec(1, 'id', 'name_ru', 'name_en', 'kind', 'fax')], { line: 1, code: 'departments_csv_unknown_column', params: { column: 'fax' } }],
    [[rec(1, 'id', 'name_ru')], { line: 1, code: 'departments_csv_missing_columns', params: { columns: 'name_en, kind' } }],
  ])('a file without a usable header is refused as a whole (%#)', (records, problem) => expect(readDepartmentCsv(records)).toEqual({ ok: false, problem }));

  it('a line with too few cells and a repeated id are problems of their lines', () => {
    const read = readDepartmentCsv([
      rec(1, 'id', 'name_ru', 'name_en', 'kind'),
      rec(2, 'a', 'А', 'A', 'other'),
      rec(3, 'b', 'Б'),
      rec(5, 'a', 'А2', 'A2', 'other'),
    ]);
    expect(read.ok && read.problems).toEqual([
      { line: 3, code: 'departments_csv_field_count', params: { expected: 4, found: 2 } },
      { line: 5, code: 'departments_csv_duplicate_id', params: { id: 'a', first: 2 } },
    ]);
  });
});
