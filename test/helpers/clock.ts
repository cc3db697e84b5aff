import { expect } from '@open-wc/testing';

/**
 * Sets the reader's clock to noon UTC on `date`: `new Date()` and `Date.now()` give that moment,
 * every other use of `Date` is untouched. Returns what puts the real clock back.
 */
export function pinClock(date: string): () => void {
  const RealDate = globalThis.Date;
  const fixed = RealDate.parse(`${date}T12:00:00Z`);
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) =>
      Reflect.construct(target, args.length ? args : [fixed], newTarget) as object,
    get: (target, prop, receiver) =>
      prop === 'now' ? () => fixed : (Reflect.get(target, prop, receiver) as unknown),
  });
  const restore = () => {
    globalThis.Date = RealDate;
  };
  try {
    expect(new Date().toISOString().slice(0, 10)).to.equal(date);
  } catch (error) {
    restore();
    throw error;
  }
  return restore;
}

/** Runs `run` with the reader's clock at noon UTC on `date`; the real clock is back afterwards. */
export async function atClock<T>(date: string, run: () => Promise<T>): Promise<T> {
  const restore = pinClock(date);
  try {
    return await run();
  } finally {
    restore();
  }
}
