// Group commit: concurrent writers share one flush; a flush never starts before the previous one ended.

export type GroupCommit = (() => Promise<void>) & { pending(): Promise<void>; exclusive<T>(task: () => Promise<T>): Promise<T> };

/**
 * Group commit: callers that arrive while a flush is running share the next flush, so N concurrent writes cost
 * at most two log appends instead of N. Each promise resolves only after a flush that began after its caller's
 * mutation has reached the disk. `exclusive` runs a task between flushes (a compaction trimming the log).
 */
export function createGroupCommit(flush: () => Promise<void>): GroupCommit {
  let inFlight: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.catch(() => undefined).then(task);
    tail = run;
    return run;
  };
  const commit = () => {
    if (next) return next;
    const waitFor = inFlight ? inFlight.catch(() => undefined) : Promise.resolve();
    const scheduled: Promise<void> = waitFor.then(() =>
      serial(() => {
        next = null; // callers from here on need a later flush; this one cuts the changes as they are now
        const current = flush();
        inFlight = current;
        return current.finally(() => {
          if (inFlight === current) inFlight = null;
        });
      }),
    );
    next = scheduled;
    return scheduled;
  };
  // The latest write scheduled or running: waiting for it covers every mutation made before the call.
  return Object.assign(commit, { pending: () => next ?? inFlight ?? Promise.resolve(), exclusive: serial });
}
