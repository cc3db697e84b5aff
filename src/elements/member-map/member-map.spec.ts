import { date } from '../../internal/kinds/date.js';
import { choice, text, type Spec } from '../../internal/spec.js';

export const tag = 'cst-member-map';

export const attributes = {
  /** Date (`YYYY-MM-DD`) the map holds for; defaults to the provider's `as-of`, else the dataset's. */
  'as-of': date(),
  /**
   * Which states are coloured: `current` (default) those in the Treaty or the Organization on the
   * date, suspended and frozen included; `all` adds the former parties.
   */
  status: choice(['current', 'all'], 'current'),
  /** A state to emphasise, by id (`am`), ISO code or any name or alias. */
  highlight: text(),
  /** Names on the map: `members` (default) of the states coloured, `all` neighbours too, or `none`. */
  labels: choice(['members', 'all', 'none'], 'members'),
  /**
   * `years` adds a slider over the years in which membership changed, to redraw the map as it was
   * at the end of each; `none` (default) leaves it out.
   */
  controls: choice(['none', 'years'], 'none'),
} satisfies Spec;
