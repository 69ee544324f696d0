/** The error of a given class that `run` throws; anything else thrown, or nothing, fails the test. */
// Any class, private constructors included (the vendors build their errors through named constructors).
export function thrown<E extends Error>(type: Function & { prototype: E }, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    if (error instanceof type) return error as E;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}
