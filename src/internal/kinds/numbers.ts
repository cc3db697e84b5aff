// Attributes that are numbers: a count, a wait (see spec.ts).
import { invalidValue } from '../problems.js';
import { absent, type Attribute } from '../spec.js';

/** A whole number, at least `min`; `fallback` when absent. */
export function number(fallback: number, min = 0): Attribute<number, number> {
  return {
    kind: 'number',
    initial: fallback,
    read(value, name) {
      if (absent(value)) return fallback;
      const given = typeof value === 'number' ? value : Number(String(value).trim() || NaN);
      return Number.isInteger(given) && given >= min
        ? given
        : invalidValue(name, value, [`a whole number from ${min}`]);
    },
  };
}

/**
 * A wait: milliseconds (`10000`), or with a unit (`2500ms`, `10s`), from 1 ms to `max`; `fallback`
 * ms when absent.
 */
export function duration(fallback: number, max: number): Attribute<number | string | null, number> {
  return {
    kind: 'duration',
    initial: null,
    read(value, name) {
      if (absent(value)) return fallback;
      const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$/i.exec(String(value));
      const ms = m ? Math.round(Number(m[1]) * (m[2]?.toLowerCase() === 's' ? 1000 : 1)) : NaN;
      return ms >= 1 && ms <= max
        ? ms
        : { ...invalidValue(name, value, [String(fallback), `${fallback / 1000}s`]) };
    },
  };
}
