import { date } from '../../internal/kinds/date.js';
import { tokens } from '../../internal/kinds/tokens.js';
import { choice, type Spec } from '../../internal/spec.js';

export const tag = 'cst-member-list';

export const attributes = {
  /** Which states: `current` members (default), `former` members, or `all` that have been parties. */
  status: choice(['current', 'former', 'all'], 'current'),
  /** Date (`YYYY-MM-DD`) the list holds for; defaults to the provider's `as-of`, else the dataset's. */
  'as-of': date(),
  /** `list` (default), `grid` (cards) or `table`. */
  layout: choice(['list', 'grid', 'table'], 'list'),
  /** Space-separated details to show besides the name: any of `flag joined status capital` (default all). */
  fields: tokens(['flag', 'joined', 'status', 'capital']),
  /** Order: by localized `name` (default) or by `joined` date. */
  sort: choice(['name', 'joined'], 'name'),
} satisfies Spec;
