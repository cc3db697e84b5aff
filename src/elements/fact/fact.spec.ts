import { date } from '../../internal/kinds/date.js';
import { required } from '../../internal/kinds/required.js';
import { text, type Spec } from '../../internal/spec.js';

export const tag = 'cst-fact';

export const attributes = {
  /**
   * Which fact: `member-count`, `members`, `status` (of the `state` named), `secretary-general`,
   * `chair` (the state chairing the Organization), `founded`, `treaty-signed`, `latest-session` or
   * `next-session`.
   */
  fact: required([
    'member-count',
    'members',
    'status',
    'secretary-general',
    'chair',
    'founded',
    'treaty-signed',
    'latest-session',
    'next-session',
  ]),
  /** With `fact="status"`: the state, by id (`am`), ISO code or any name or alias. */
  state: text(),
  /** Date (`YYYY-MM-DD`) the fact holds for; defaults to the provider's `as-of`, else the dataset's. */
  'as-of': date(),
} satisfies Spec;
