// The changes made since the last flush, in the order they were made. Records and values are serialised when the
// batch is cut (at flush time), so a record changed three times in one batch is written once, as it is then.
import type { ChangeSink } from './collection.js';

/** One change as the log stores it: put a record, delete a record by key, or set the value at a path. */
export type Change = ['p', string[], unknown] | ['d', string[], string | number] | ['s', string[], unknown] | ['x', string[]];

type Pending =
  | { kind: 'p'; path: readonly string[]; key: string | number; record: object }
  | { kind: 'd'; path: readonly string[]; key: string | number }
  | { kind: 's'; path: readonly string[]; value: unknown }
  | { kind: 'x'; path: readonly string[] };

export class ChangeBatch implements ChangeSink {
  #ops: Pending[] = [];
  /** Last op per record, so repeated puts of one record in a batch are written once. */
  #last = new Map<string, 'p' | 'd'>();

  get size(): number {
    return this.#ops.length;
  }

  put(path: readonly string[], key: string | number, record: object): void {
    const id = recordId(path, key);
    if (this.#last.get(id) === 'p') return; // serialised at cut time, as it is then
    this.#last.set(id, 'p');
    this.#ops.push({ kind: 'p', path, key, record });
  }

  del(path: readonly string[], key: string | number): void {
    this.#last.set(recordId(path, key), 'd');
    this.#ops.push({ kind: 'd', path, key });
  }

  whole(path: readonly string[], collection: readonly object[]): void {
    this.set(path, collection);
  }

  /** Replace the value at a path (a field, a whole tenant state, the tenant list). */
  set(path: readonly string[], value: unknown): void {
    // A set replaces every record under the path: later puts to them must be written again.
    const prefix = `${path.join('\u0000')}\u0000`;
    for (const id of this.#last.keys()) if (id.startsWith(prefix)) this.#last.delete(id);
    this.#ops.push({ kind: 's', path, value });
  }

  /** Remove the value at a path (a field deleted from a tenant state). */
  unset(path: readonly string[]): void {
    this.set(path, undefined);
    this.#ops[this.#ops.length - 1] = { kind: 'x', path };
  }

  /** Forget the pending changes at or under `path` (the team store: another replica replaced that value). */
  dropUnder(path: readonly string[]): void {
    const prefix = `${path.join('\u0000')}\u0000`;
    const under = (at: readonly string[]) => `${at.join('\u0000')}\u0000`.startsWith(prefix);
    this.#ops = this.#ops.filter((op) => !under(op.path));
    for (const id of this.#last.keys()) if (id.startsWith(prefix)) this.#last.delete(id);
  }

  /** The batch as log changes (values as they are now, copied through JSON), leaving the batch empty. */
  cut(): Change[] {
    const ops = this.#ops;
    this.#ops = [];
    this.#last.clear();
    return ops.map((op): Change => {
      if (op.kind === 'p') return ['p', [...op.path], op.record];
      if (op.kind === 'd') return ['d', [...op.path], op.key];
      if (op.kind === 'x') return ['x', [...op.path]];
      return ['s', [...op.path], op.value];
    });
  }
}

function recordId(path: readonly string[], key: string | number): string {
  return `${path.join('\u0000')}\u0000${typeof key}:${key}`;
}
