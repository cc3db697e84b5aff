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
 * The history of the Collective Security Treaty and its Organization as a dated, sourced list:
 * the Treaty's signing, accessions and departures, the documents and their entry into force,
 * every Council session, the operations, each with its date, a short title, a sentence or two,
 * the states involved and its sources. Grouped by year; a long timeline shows its latest events
 * and a control to show them all. A planned session is shown as planned, with the date the
 * announcement holds for.
 *
 * @summary A dated, sourced timeline of the CSTO's history, or of one state's part in it.
 * @tagname cst-timeline
 *
 * @csspart base - The box around everything (a labelled region).
 * @csspart header - The title and the lede.
 * @csspart title - The timeline's title.
 * @csspart lede - The number of events, the years they span and the date the timeline holds for.
 * @csspart toggle - The control that shows every event, or only the latest.
 * @csspart list - The ordered list of years.
 * @csspart year - A year's heading.
 * @csspart event - One event.
 * @csspart event-title - An event's title.
 * @csspart status - The "Planned" label of a session announced but not known to have been held.
 * @csspart unverified - The "Unverified" label of an event the sources do not confirm.
 * @csspart sources - An event's sources (in the compact layout, all of them, once).
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
    return { expanded: this.expanded, onToggle: () => (this.expanded = !this.expanded) };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cst-timeline': CstTimeline;
  }
}
