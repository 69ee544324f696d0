// Replaying logged changes onto a database: at start-up (snapshot + log), after a failed write (back to what the
// disk holds) and in verification mode (the shadow copy). Every change sets state rather than adjusting it, so
// replaying a change the snapshot already holds is harmless.
import { isPrototypeName } from '../safe-keys.js';
import type { Change } from './change-batch.js';
import { Collection, type CollectionSpec } from './collection.js';

/** Which collection spec, if any, governs the array at a path of the database. */
export type SpecAt = (path: readonly string[]) => CollectionSpec<object> | undefined;

export function applyChanges(db: object, changes: readonly Change[], specAt: SpecAt): void {
  for (const change of changes) applyChange(db, change as [string, string[], unknown?], specAt);
}

function applyChange(db: object, [kind, path, value]: [string, string[], unknown?], specAt: SpecAt): void {
  if (!Array.isArray(path) || path.length === 0 || !path.every((segment) => typeof segment === 'string' && !isPrototypeName(segment))) {
    throw new Error(`bad change path ${JSON.stringify(path)}`);
  }
  const parent = walk(db, path.slice(0, -1));
  const last = path[path.length - 1];
  if (kind === 's') {
    parent[last] = hydrate(value, path, specAt);
    return;
  }
  if (kind === 'x') {
    delete parent[last];
    return;
  }
  if (kind !== 'p' && kind !== 'd') throw new Error(`unknown change kind ${JSON.stringify(kind)}`);
  let target = parent[last];
  if (!(target instanceof Collection)) {
    const spec = specAt(path);
    if (!spec) throw new Error(`no collection at ${path.join('.')}`);
    target = Collection.over(spec, Array.isArray(target) ? (target as object[]) : [], path);
    parent[last] = target;
  }
  if (kind === 'p') (target as Collection<object>).applyPut(value as object);
  else (target as Collection<object>).applyDel(value as string | number);
}

/** Wrap the arrays a spec governs in collections, anywhere under `value` (a whole tenant state, the database). */
export function hydrate(value: unknown, path: readonly string[], specAt: SpecAt): unknown {
  if (Array.isArray(value)) {
    const spec = specAt(path);
    if (!spec) return value;
    if (value instanceof Collection) {
      return value;
    }
    return Collection.over(spec, value as object[], path);
  }
  if (typeof value === 'object' && value !== null && path.length < 4) {
    // collections live at most four levels down: data.<vendor>.<tenant>.<collection>
    for (const key of Object.keys(value)) (value as Record<string, unknown>)[key] = hydrate((value as Record<string, unknown>)[key], [...path, key], specAt);
  }
  return value;
}

function walk(db: object, path: readonly string[]): Record<string, unknown> {
  let node = db as Record<string, unknown>;
  for (const segment of path) {
    let next = Object.hasOwn(node, segment) ? node[segment] : undefined;
    if (typeof next !== 'object' || next === null) {
      next = {};
      node[segment] = next;
    }
    node = next as Record<string, unknown>;
  }
  return node;
}
