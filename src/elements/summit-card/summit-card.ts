import { summitCardData } from '../../data/slim/summit-card.js';
import type { SummitCardData } from './summit-card.data.js';
import baseStyles from '../../internal/base.styles.js';
import { CstElement, type Renderer } from '../../internal/base.js';
import { strings } from './summit-card.strings.js';
import { common } from '../../internal/strings.js';
import styles from './summit-card.styles.js';
import { litProperties, type Properties } from '../../internal/spec.js';
import { attributes } from './summit-card.spec.js';
import { summitTemplate } from './summit-card.template.js';
import { summitTitle, summitView, type SummitView } from './summit-card.view.js';

// The attributes' properties, typed from the spec.
export interface CstSummitCard extends Properties<typeof attributes> {}

/**
 * A card about one session of the CSTO Collective Security Council: kind, date, place or
 * videoconference, occasion, chair, attendees with their titles, absent members, the documents
 * adopted, the chairmanship handover, the project's summary of the session and its sources. The
 * compact variant has one shape for every session: a short title, the date and place, one line
 * of who and what, the line of notes. A planned session is shown as planned, never as held.
 *
 * @summary One Council session (summit), with who attended, what was adopted and its sources.
 * @tagname cst-summit-card
 *
 * @csspart card - The card around everything.
 * @csspart header - Title, planned badge and the as-of caption.
 * @csspart title - The session's kind and name (in the compact variant, a short title).
 * @csspart status - The "Planned" badge of a session that has not been held.
 * @csspart caption - With `summit="latest"`: the date the card holds for.
 * @csspart facts - Occasion, chair and absent members (a description list).
 * @csspart handover - The sentence on the chairmanship handover.
 * @csspart counts - In the compact variant: the one line of who took part and what was adopted.
 * @csspart attendees - The attendees block (label and list).
 * @csspart documents - The documents-adopted block (count, label and list).
 * @csspart notes - The summary block, in the project's own words.
 * @csspart themes - Under an adopted document: its main themes, labelled as a summary.
 * @csspart label - The visible label of each block.
 * @csspart uncertain - "(sources differ)" after a figure the sources disagree on.
 * @csspart next - With `summit="latest"`: the next planned session.
 *
 * @cssprop --cst-summit-card-min-block-size - Height the full card reserves (default: 14rem).
 * @cssprop --cst-summit-card-compact-min-block-size - Height the compact card reserves
 * (default: 7rem).
 */
export class CstSummitCard extends CstElement<SummitCardData, SummitView> {
  static override readonly attributes = attributes;

  static override properties = litProperties(attributes);

  static override styles = [baseStyles, styles];

  static readonly renderer: Renderer<SummitCardData, SummitView> = {
    data: summitCardData,
    strings: [strings, common],
    view: summitView,
    template: summitTemplate,
    title: summitTitle,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cst-summit-card': CstSummitCard;
  }
}
