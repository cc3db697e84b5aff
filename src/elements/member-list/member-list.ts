import { memberListData } from '../../data/slim/member-list.js';
import type { MemberListData } from './member-list.data.js';
import baseStyles from '../../internal/base.styles.js';
import { CstElement, type Renderer } from '../../internal/base.js';
import { strings } from './member-list.strings.js';
import { common } from '../../internal/strings.js';
import styles from './member-list.styles.js';
import { memberListTemplate } from './member-list.template.js';
import { litProperties, type Properties } from '../../internal/spec.js';
import { attributes } from './member-list.spec.js';
import { memberListTitle, memberListView, type MemberListView } from './member-list.view.js';

// The attributes' properties, typed from the spec.
export interface CstMemberList extends Properties<typeof attributes> {}

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
 * @csspart badge-left - Badge of a state that is no longer a party.
 * @csspart steps - A state's dated steps since it joined (Armenia's of 2024–2025), each with its
 *   short title.
 * @csspart capital - The capital.
 * @csspart empty - The notice shown when no state matches on the date.
 *
 * @cssprop --cst-member-list-card-min-width - Narrowest card in the grid layout (default: 13rem).
 * @cssprop --cst-member-list-min-block-size - Height reserved before the list renders (default: 8rem).
 */
export class CstMemberList extends CstElement<MemberListData, MemberListView> {
  static override readonly attributes = attributes;

  static override properties = litProperties(attributes);

  static override styles = [baseStyles, styles];

  static readonly renderer: Renderer<MemberListData, MemberListView> = {
    data: memberListData,
    strings: [strings, common],
    view: memberListView,
    template: memberListTemplate,
    title: memberListTitle,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cst-member-list': CstMemberList;
  }
}
