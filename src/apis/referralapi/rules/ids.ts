// Integer ids per object type, as the vendor's objects show (1, 2, 3 ...).

/**
 * The next id after both the counter and every stored record, so records added by a seed document
 * (which may not touch the counter) are never handed out twice.
 */
export function nextId(counter: number, records: ReadonlyArray<{ id: number }>): number {
  let highest = Number.isFinite(counter) ? counter : 0;
  for (const record of records) if (typeof record.id === 'number' && record.id > highest) highest = record.id;
  return highest + 1;
}
