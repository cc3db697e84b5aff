// A date attribute (see spec.ts).
import { isIsoDate } from '../../data/dates.js';
import type { IsoDate } from '../../data/types.js';
import { invalidDate } from '../problems.js';
import { absent, type Attribute } from '../spec.js';

/**
 * A `YYYY-MM-DD` date; `undefined` when absent. With `years`, a year alone stands for its first
 * day (`edge: 'start'`) or its last (`'end'`).
 */
export function date(
  options: { years?: 'start' | 'end' } = {},
): Attribute<string | null, IsoDate | undefined> {
  return {
    kind: 'date',
    initial: null,
    read(value, name) {
      if (absent(value)) return undefined;
      const given = String(value).trim();
      if (options.years && /^\d{4}$/.test(given)) {
        return `${given}-${options.years === 'start' ? '01-01' : '12-31'}`;
      }
      if (isIsoDate(given)) return given;
      const problem = invalidDate(name, String(value));
      return options.years ? { ...problem, years: true } : problem;
    },
  };
}
