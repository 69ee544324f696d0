import { describe, expect, it } from 'vitest';
import { Collection } from '../../../engine/store/collection.js';
import { variableCollection } from '../collections.js';
import { PureprofileError } from '../errors.js';
import type { Panelist, ProfileVariable } from '../store.js';
import { thrown } from '../../../engine/test-support/thrown.js';
import {
  catalogueOf,
  checkWritable,
  describeValueProblem,
  findVariable,
  isCalendarDate,
  listAnswers,
  normalizeAnswer,
  presentAccountData,
  readAnswer,
  removeAnswer,
  writeAnswer,
} from './variables.js';

const now = new Date('2026-03-01T10:00:00.000Z');
const variable = (name: string, type: ProfileVariable['type'], rest: Partial<ProfileVariable> = {}): ProfileVariable => ({
  panel_id: 'P1', id: 1, name, text: name, uuid: `uuid-${name}`, type, writable: true, options: [], ...rest,
});
const opt = (id: number, exclusive = false) => ({ id, name: `o${id}`, text: `o${id}`, exclusive });

const birth = variable('BIRTH_DATE', 'date', { id: 29 });
const postcode = variable('POSTCODE', 'text', { id: 33 });
const size = variable('HOUSEHOLD_SIZE', 'number', { id: 40 });
const gender = variable('GENDER', 'radio', { id: 12, options: [opt(1), opt(2)] });
const interests = variable('INTERESTS', 'checkbox', { id: 55, options: [opt(1), opt(2), opt(3, true)] });
const locked = variable('LOCKED', 'text', { id: 60, writable: false });
const elsewhere = variable('ELSEWHERE', 'text', { id: 70, panel_id: 'P2' });
const all = [postcode, size, gender, birth, interests, locked, elsewhere];

const panelist = (): Panelist => ({
  id: 'p1', user: 'ann@example.com', panel_id: 'P1', email: 'ann@example.com', locale: 'ENG-AU', dob: '1990-05-04',
  first_name: 'Ann', last_name: 'Lee', points_balance: 0, created_at: '2026-01-01T00:00:00.000Z', activity: [],
  profile: { POSTCODE: '2000', INTERESTS: [1, 2] },
});

const refusal = (run: () => unknown) => thrown(PureprofileError, run);

describe('catalogueOf', () => {
  it('keeps one panel\'s variables, sorted by name', () => {
    expect(catalogueOf(all, 'P1').map((v) => v.name)).toEqual(['BIRTH_DATE', 'GENDER', 'HOUSEHOLD_SIZE', 'INTERESTS', 'LOCKED', 'POSTCODE']);
  });
  it('reads the panel index of a collection without reordering it', () => {
    const variables = Collection.over(variableCollection, all);
    expect(catalogueOf(variables, 'P1').map((v) => v.name)).toEqual(['BIRTH_DATE', 'GENDER', 'HOUSEHOLD_SIZE', 'INTERESTS', 'LOCKED', 'POSTCODE']);
    expect(variables.allBy('panel', 'P1').map((v) => v.name)).toEqual(['POSTCODE', 'HOUSEHOLD_SIZE', 'GENDER', 'BIRTH_DATE', 'INTERESTS', 'LOCKED']);
    expect(catalogueOf(variables, 'P2')).toEqual([elsewhere]);
  });
});

describe('findVariable', () => {
  it.each([['12'], ['012'], ['gender'], ['GENDER'], [' Gender '], ['uuid-GENDER']])('finds GENDER by %j', (ref) => {
    expect(findVariable(all, 'P1', ref)).toBe(gender);
    expect(findVariable(Collection.over(variableCollection, all), 'P1', ref)).toBe(gender);
  });

  it.each([['99'], ['70'], ['ELSEWHERE'], ['uuid-ELSEWHERE'], ['uuid-gender'], ['1.5']])('answers 404 naming the variable for %j', (ref) => {
    expect(refusal(() => findVariable(Collection.over(variableCollection, all), 'P1', ref)).status).toBe(404);
    const error = refusal(() => findVariable(all, 'P1', ref));
    expect(error.status).toBe(404);
    expect(error.errors).toEqual([{ field: 'variable', message: 'Profile variable not found in this panel.' }]);
  });
});

describe('checkWritable', () => {
  it('refuses a variable that is not writable with 403 naming it', () => {
    const error = refusal(() => checkWritable(locked));
    expect(error.status).toBe(403);
    expect(error.message).toBe('The profile variable LOCKED is not writable.');
    expect(() => checkWritable(postcode)).not.toThrow();
  });
});

describe('describeValueProblem', () => {
  it.each([
    [postcode, '2000'],
    [size, 3],
    [size, 2.5],
    [birth, '1990-02-28'],
    [gender, 2],
    [interests, [2, 1]],
    [interests, [3]],
  ] as const)('accepts %o = %j', (v, value) => {
    expect(describeValueProblem(v, value)).toBeUndefined();
  });

  it.each([
    [postcode, 2000, 'value must be a string'],
    [postcode, '   ', 'value must not be blank'],
    [postcode, 'x'.repeat(256), 'value must be at most 255 characters'],
    [size, '3', 'value must be a number'],
    [birth, '1990-02-30', 'value must be a date, YYYY-MM-DD'],
    [birth, '04/05/1990', 'value must be a date, YYYY-MM-DD'],
    [gender, 3, 'value must be one of the option ids 1, 2'],
    [gender, [1], 'value must be one of the option ids 1, 2'],
    [interests, [], 'value must be a non-empty list of the option ids 1, 2, 3'],
    [interests, 1, 'value must be a non-empty list of the option ids 1, 2, 3'],
    [interests, [1, 9], 'every value must be one of the option ids 1, 2, 3'],
    [interests, [1, 1], 'value must not repeat an option'],
    [interests, [1, 3], 'option 3 (o3) is exclusive: it must be chosen alone'],
  ] as const)('refuses %o = %j', (v, value, problem) => {
    expect(describeValueProblem(v, value)).toBe(problem);
  });
});

describe('isCalendarDate', () => {
  it('knows leap years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
  });
});

describe('normalizeAnswer', () => {
  it('trims text and keeps other values as sent', () => {
    expect(normalizeAnswer(postcode, ' 3000 ', now)).toBe('3000');
    expect(normalizeAnswer(interests, [2, 1], now)).toEqual([2, 1]);
  });

  it('refuses a value that does not fit with 422 on the value field', () => {
    const error = refusal(() => normalizeAnswer(gender, 7, now));
    expect(error.status).toBe(422);
    expect(error.errors).toEqual([{ field: 'value', message: 'value must be one of the option ids 1, 2' }]);
  });

  it('refuses a date of birth of today or later', () => {
    expect(refusal(() => normalizeAnswer(birth, '2026-03-01', now)).errors).toEqual([{ field: 'value', message: 'BIRTH_DATE must be in the past' }]);
    expect(normalizeAnswer(birth, '2026-02-28', now)).toBe('2026-02-28');
  });
});

describe('answers', () => {
  it('reads, writes and removes answers; BIRTH_DATE is the date of birth', () => {
    const p = panelist();
    expect(readAnswer(p, birth)).toBe('1990-05-04');
    writeAnswer(p, birth, '1980-01-01');
    writeAnswer(p, gender, 2);
    expect(p.dob).toBe('1980-01-01');
    expect(p.profile).toEqual({ POSTCODE: '2000', INTERESTS: [1, 2], GENDER: 2 });
    removeAnswer(p, postcode);
    removeAnswer(p, size);
    expect(p.profile).toEqual({ INTERESTS: [1, 2], GENDER: 2 });
  });

  it('refuses to remove the date of birth with 422', () => {
    const error = refusal(() => removeAnswer(panelist(), birth));
    expect(error.status).toBe(422);
    expect(error.errors[0].field).toBe('variable');
  });

  it('lists the answered variables of the catalogue in order, BIRTH_DATE included', () => {
    expect(listAnswers(panelist(), catalogueOf(all, 'P1'))).toEqual([
      { id: 29, name: 'BIRTH_DATE', uuid: 'uuid-BIRTH_DATE', type: 'date', writable: true, value: '1990-05-04' },
      { id: 55, name: 'INTERESTS', uuid: 'uuid-INTERESTS', type: 'checkbox', writable: true, value: [1, 2] },
      { id: 33, name: 'POSTCODE', uuid: 'uuid-POSTCODE', type: 'text', writable: true, value: '2000' },
    ]);
  });
});

describe('presentAccountData', () => {
  it('shows the date of birth and every answer keyed by name, sorted', () => {
    const p = panelist();
    const data = presentAccountData(p);
    expect(data).toEqual({ profile: { BIRTH_DATE: '1990-05-04', INTERESTS: [1, 2], POSTCODE: '2000' } });
    expect(Object.keys(data.profile)).toEqual(['BIRTH_DATE', 'INTERESTS', 'POSTCODE']);
    expect(data.profile.INTERESTS).not.toBe(p.profile.INTERESTS);
  });
});
