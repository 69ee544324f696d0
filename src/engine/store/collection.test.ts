import { describe, expect, it } from 'vitest';
import { ChangeBatch } from './change-batch.js';
import { allBy, Collection, countBy, findBy, removeRecords, updateRecord, type CollectionSpec } from './collection.js';

interface Person {
  key: string;
  email: string;
  referred_by: string | null;
}

const spec: CollectionSpec<Person> = { key: (p) => p.key, indexes: { email: (p) => p.email.toLowerCase(), referrer: (p) => p.referred_by } };
const path = ['data', 'v', 't', 'people'];

function people() {
  const batch = new ChangeBatch();
  const list = Collection.over(spec, [
    { key: 'a', email: 'Ann@x.test', referred_by: null },
    { key: 'b', email: 'bob@x.test', referred_by: 'a' },
  ], path, batch);
  return { list, batch };
}

describe('Collection', () => {
  it('is still an array: JSON, iteration, map and filter give plain arrays', () => {
    const { list } = people();
    expect(Array.isArray(list)).toBe(true);
    expect(JSON.parse(JSON.stringify({ list }))).toEqual({ list: [{ key: 'a', email: 'Ann@x.test', referred_by: null }, { key: 'b', email: 'bob@x.test', referred_by: 'a' }] });
    expect(list.filter((p) => p.key === 'a')).not.toBeInstanceOf(Collection);
    expect(structuredClone(list)).toEqual([...list]);
  });

  it('finds by key and index, and counts per parent, following pushes, updates and removals', () => {
    const { list } = people();
    expect(list.get('b')?.email).toBe('bob@x.test');
    expect(list.findBy('email', 'ann@x.test')?.key).toBe('a');
    list.push({ key: 'c', email: 'cy@x.test', referred_by: 'a' });
    expect(list.countBy('referrer', 'a')).toBe(2);
    list.update(list.get('c')!, (p) => {
      p.email = 'Cyd@x.test';
      p.referred_by = 'b';
    });
    expect(list.findBy('email', 'cy@x.test')).toBeUndefined();
    expect(list.findBy('email', 'cyd@x.test')?.key).toBe('c');
    expect(list.countsBy('referrer')).toEqual(new Map([['a', 1], ['b', 1]]));
    list.remove(list.get('b')!);
    expect(list.map((p) => p.key)).toEqual(['a', 'c']);
    expect(list.findBy('email', 'bob@x.test')).toBeUndefined();
    expect(list.countBy('referrer', 'a')).toBe(0);
    expect(() => list.push({ key: 'a', email: 'again@x.test', referred_by: null })).toThrow(/key a already exists/);
    expect(() => list.update(list.get('a')!, (p) => void (p.key = 'z'))).toThrow(/key cannot change/);
  });

  it('reports each change once per batch, as puts and deletes; reordering is reported whole', () => {
    const { list, batch } = people();
    const ann = list.get('a')!;
    list.update(ann, (p) => void (p.email = 'ann@y.test'));
    list.update(ann); // a second change to the same record in the batch is written once, as it is at cut time
    list.push({ key: 'c', email: 'c@x.test', referred_by: null });
    list.remove(list.get('b')!);
    expect(batch.cut()).toEqual([
      ['p', path, ann],
      ['p', path, { key: 'c', email: 'c@x.test', referred_by: null }],
      ['d', path, 'b'],
    ]);
    list.sort((x, y) => y.key.localeCompare(x.key));
    expect(batch.cut()).toEqual([['s', path, list]]);
    expect(list.get('c')).toBe(list[0]); // indexes rebuilt after the sort
  });

  it('replays puts and deletes in place, keeping order and indexes, without reporting them again', () => {
    const { list, batch } = people();
    list.applyPut({ key: 'a', email: 'new@x.test', referred_by: 'b' });
    list.applyPut({ key: 'z', email: 'z@x.test', referred_by: null });
    list.applyDel('b');
    expect(list.map((p) => [p.key, p.email])).toEqual([['a', 'new@x.test'], ['z', 'z@x.test']]);
    expect(list.findBy('email', 'ann@x.test')).toBeUndefined();
    expect(list.countBy('referrer', 'b')).toBe(1);
    expect(batch.size).toBe(0);
  });

  it('the helpers work alike on a collection and on a plain array', () => {
    for (const list of [people().list, [...people().list].map((p) => ({ ...p }))]) {
      expect(findBy(list, spec, 'email', 'bob@x.test')?.key).toBe('b');
      expect(countBy(list, spec, 'referrer', 'a')).toBe(1);
      expect(allBy(list, spec, 'referrer', 'a').map((p) => p.key)).toEqual(['b']);
      updateRecord(list, list[0], (p) => void (p.email = 'x@x.test'));
      expect(findBy(list, spec, 'email', 'x@x.test')?.key).toBe('a');
      expect(removeRecords(list, list[1])).toBe(1);
      expect(list.map((p) => p.key)).toEqual(['a']);
    }
  });
});
