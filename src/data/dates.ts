import type { IsoDate } from './types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (so `2023-02-30` is rejected). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A `Date` at UTC midnight of an ISO date. Formatting it with `timeZone: 'UTC'` shows the same
 * calendar day in every reader's time zone.
 */
export function utcDate(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** True when `date` lies in `[from, to)`; a missing bound is open. ISO dates compare as strings. */
export function inPeriod(date: IsoDate, from?: IsoDate, to?: IsoDate): boolean {
  return (from === undefined || from <= date) && (to === undefined || date < to);
}

/** Whole days between two dates, either way round. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.abs(utcDate(a).getTime() - utcDate(b).getTime()) / 86_400_000;
}

/**
 * The date a time-sensitive view holds for. The data knows nothing after its own date
 * (`data.meta.asOf`): a later date asked for is answered for the data's date, and `clamped` says
 * so, for the view to tell the reader ("…, the latest date in this data").
 */
export function clampToDataDate(
  asked: IsoDate,
  dataAsOf: IsoDate,
): { asOf: IsoDate; clamped: boolean } {
  const clamped = asked > dataAsOf;
  return { asOf: clamped ? dataAsOf : asked, clamped };
}
