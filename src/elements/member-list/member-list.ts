import { memberListData, type MemberListData } from '../../data/slim/member-list.js';
import baseStyles from '../../internal/base.styles.js';
import { CstElement, type Renderer } from '../../internal/base.js';
import { strings } from './member-list.strings.js';
import { common } from '../../internal/strings.js';
import styles from './member-list.styles.js';
import { memberListTemplate } from './member-list.template.js';
import { memberListTitle, memberListView, type MemberListView } from './member-list.view.js';

/**
 * The member states of the CSTO on a date, or its former members, or every state that has been a
 * party, with flag, joining date, status and capital. Status is derived from the dataset's verified
 * membership events on that date (the dataset's `asOf` unless `as-of` or a provider says otherwise),
 * and the caption names the date the list holds for.
 *
 * @summary CSTO member states on a date, as a list, cards or a table.
 * @tagname cst-member-list
 *
 * @csspart caption - The caption naming the count and the date (a `<caption>` in the table layout).
 * @csspart list - The `<ul>` of the list and grid layouts.
 * @csspart table - The `<table>` of the table layout.
 * @csspart item - One state: a list item, a card or a table row.
 * @csspart name - The state's name (with its flag).
 * @csspart flag - The flag (decorative, hidden from assistive technology).
 * @csspart joined - The joining date.
 * @csspart badge - The status badge, one style for every status, its date beside it (each badge
 * also has one of the parts below).
 * @csspart badge-member - Badge of a member state (or one whose membership was restored).
 * @csspart badge-party - Badge of a party to the Treaty before the Organization existed.
 * @csspart badge-frozen - Badge of a member that froze its participation.
 * @csspart badge-suspended - Badge of a state whose membership is suspended.
 * @csspart badge-left - Badge of a state that left.
 * @csspart capital - The capital.
 * @csspart empty - The notice shown when no state matches on the date.
 *
 * @cssprop --cst-member-list-card-min-width - Narrowest card in the grid layout (default: 13rem).
 * @cssprop --cst-member-list-min-block-size - Height reserved before the list renders (default: 8rem).
 */
export class CstMemberList extends CstElement<MemberListData, MemberListView> {
  static override properties = {
    status: {},
    asOf: { attribute: 'as-of' },
    layout: {},
    fields: {},
    sort: {},
  };

  static override styles = [baseStyles, styles];

  static readonly renderer: Renderer<MemberListData, MemberListView> = {
    data: memberListData,
    strings: [strings, common],
    view: memberListView,
    template: memberListTemplate,
    title: memberListTitle,
  };

  /** Which states: `current` members (default), `former` members, or `all` that have been parties. */
  status: 'current' | 'former' | 'all' = 'current';

  /** Date (`YYYY-MM-DD`) the list holds for; defaults to the provider's `as-of`, else the dataset's. */
  asOf: string | null = null;

  /** `list` (default), `grid` (cards) or `table`. */
  layout: 'list' | 'grid' | 'table' = 'list';

  /** Space-separated details to show besides the name: any of `flag joined status capital` (default all). */
  fields: string | null = null;

  /** Order: by localized `name` (default) or by `joined` date. */
  sort: 'name' | 'joined' = 'name';
}

declare global {
  interface HTMLElementTagNameMap {
    'cst-member-list': CstMemberList;
  }
}
