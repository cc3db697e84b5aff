import { timelineData } from '../../data/slim/timeline.js';
import type { TimelineData } from './timeline.data.js';
import baseStyles from '../../internal/base.styles.js';
import { CstElement, type Renderer } from '../../internal/base.js';
import { common } from '../../internal/strings.js';
import { strings } from './timeline.strings.js';
import styles from './timeline.styles.js';
import { litProperties, type Properties } from '../../internal/spec.js';
import { attributes } from './timeline.spec.js';
import { timelineTemplate, type TimelineOptions } from './timeline.template.js';
import { timelineTitle, timelineView, type TimelineView } from './timeline.view.js';

// The attributes' properties, typed from the spec.
export interface CstTimeline extends Properties<typeof attributes> {}

/**
 * The history of the Collective Security Treaty and its Organization as a dated, sourced graphic:
 * the Treaty's signing, accessions and departures, the documents and their entry into force,
 * every Council session, the operations. Grouped by year down one rail, each event is one line
 * (its day and a short title; key events bold) that opens to a sentence or two, the states
 * involved and markers to its sources, which the line of notes at the foot lists once each. A
 * long timeline shows its key and latest events, marks where the others are, and ends with a
 * control to show them all. A planned session is shown as planned, with the date the
 * announcement holds for.
 *
 * @summary A dated, sourced timeline of the CSTO's history, or of one state's part in it.
 * @tagname cst-timeline
 *
 * @csspart base - The box around everything (a labelled region).
 * @csspart header - The title and the lede.
 * @csspart title - The timeline's title.
 * @csspart lede - The number of events, the years they span and the date the timeline holds for.
 * @csspart toggle - The control at the end that shows every event, or the key and latest again.
 * @csspart list - The ordered list of years.
 * @csspart year-group - A year: its heading and its events.
 * @csspart year - A year's heading.
 * @csspart event - One event.
 * @csspart event-line - The line of an event that opens to more (list layout).
 * @csspart event-title - An event's title.
 * @csspart planned - What opens under a planned session: the date it was announced for.
 * @csspart gap - Where a collapsed timeline leaves events out: how many, and their years.
 * @csspart status - The "Planned" label of a session announced but not known to have been held.
 * @csspart unconfirmed - Said quietly beside an event the sources do not confirm.
 * @csspart empty - Said when no event matches the attributes.
 */
export class CstTimeline extends CstElement<TimelineData, TimelineView, TimelineOptions> {
  static override readonly attributes = attributes;

  static override properties = { ...litProperties(attributes), expanded: { state: true } };

  static override styles = [baseStyles, styles];

  static readonly renderer: Renderer<TimelineData, TimelineView, TimelineOptions> = {
    data: timelineData,
    strings: [strings, common],
    view: timelineView,
    template: timelineTemplate,
    title: timelineTitle,
  };

  /** The reader asked to see every event of a long timeline. */
  private expanded = false;

  protected override templateOptions(): TimelineOptions {
    return { expanded: this.expanded, onToggle: () => void this.toggle() };
  }

  /**
   * Shows every event, or only the key and latest ones again. The control is at the end of the
   * list and keeps the focus; collapsing a long list brings it back into view, where the reader
   * now is, rather than leaving them far below the shortened timeline.
   */
  private async toggle(): Promise<void> {
    this.expanded = !this.expanded;
    await this.updateComplete;
    const control = this.renderRoot.querySelector<HTMLButtonElement>('[part~="toggle"]');
    control?.focus({ preventScroll: true });
    if (!this.expanded) control?.scrollIntoView({ block: 'nearest' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cst-timeline': CstTimeline;
  }
}
