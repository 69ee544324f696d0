// In-process ordering for the team store: one request at a time per scope in this replica (its memory is shared by
// all requests here), and a gate that lets a reload or an admin change run alone.

/** A lock per key; waiters are served in arrival order. */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<void>>();

  async lock(key: string): Promise<() => void> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.#tails.set(key, tail);
    await previous;
    return () => {
      release();
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    };
  }

  /** Lock several keys in one (sorted) order, so two holders of overlapping sets cannot deadlock. */
  async lockAll(keys: readonly string[]): Promise<() => void> {
    const releases: Array<() => void> = [];
    for (const key of [...new Set(keys)].sort()) releases.push(await this.lock(key));
    return () => releases.reverse().forEach((release) => release());
  }
}

/** Many shared holders or one exclusive holder; a waiting exclusive holder goes before later shared ones. */
export class Gate {
  #shared = 0;
  #exclusive = false;
  #queue: Array<{ exclusive: boolean; grant: () => void }> = [];

  shared(): Promise<() => void> {
    return this.#acquire(false);
  }

  exclusive(): Promise<() => void> {
    return this.#acquire(true);
  }

  #acquire(exclusive: boolean): Promise<() => void> {
    return new Promise((resolve) => {
      this.#queue.push({ exclusive, grant: () => resolve(this.#releaser(exclusive)) });
      this.#drain();
    });
  }

  #releaser(exclusive: boolean): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      if (exclusive) this.#exclusive = false;
      else this.#shared -= 1;
      this.#drain();
    };
  }

  #drain(): void {
    while (this.#queue.length > 0 && !this.#exclusive) {
      const next = this.#queue[0];
      if (next.exclusive && this.#shared > 0) return;
      this.#queue.shift();
      if (next.exclusive) this.#exclusive = true;
      else this.#shared += 1;
      next.grant();
    }
  }
}
