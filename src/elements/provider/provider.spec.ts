import { choice, date, number, text, type Spec } from '../../internal/spec.js';

export const tag = 'cst-provider';

/** The provider shows nothing of its own: it passes data to the elements inside it. */
export const provider = true;

export const attributes = {
  /** URL of a publisher dataset (JSON, see `cst-elements/schema.json`). Fetched once per value. */
  src: text(),
  /** `merge` (default): records replace bundled ones with the same id. `replace`: whole collections. */
  mode: choice(['merge', 'replace'], 'merge'),
  /** Date (`YYYY-MM-DD`) that time-sensitive views hold for, instead of the dataset's `asOf`. */
  'as-of': date(),
  /** Milliseconds to wait for `src` before keeping the bundled data. */
  timeout: number(10_000, 1),
} satisfies Spec;
