import { date } from '../../internal/kinds/date.js';
import { duration } from '../../internal/kinds/numbers.js';
import { choice, text, type Spec } from '../../internal/spec.js';

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
  /**
   * How long to wait for `src` before keeping the bundled data: milliseconds (`10000`), or with a
   * unit (`2500ms`, `10s`); at most 10 minutes. Unset, 10 seconds.
   */
  timeout: duration(10_000, 600_000),
} satisfies Spec;
