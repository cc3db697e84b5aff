import type { PropertyValues } from 'lit';
import { memberMapData } from '../../data/slim/member-map.js';
import baseStyles from '../../internal/base.styles.js';
import { CstElement, type Renderer } from '../../internal/base.js';
import { litProperties, type Properties } from '../../internal/spec.js';
import type { MemberMapData } from './member-map.data.js';
import { attributes } from './member-map.spec.js';
import { strings } from './member-map.strings.js';
import styles from './member-map.styles.js';
import { memberMapTemplate, type MemberMapOptions } from './member-map.template.js';
import { memberMapTitle, memberMapView, pointOf, type MemberMapView } from './member-map.view.js';

// The attributes' properties, typed from the spec.
export interface CstMemberMap extends Properties<typeof attributes> {}

/**
 * A locator map of the CSTO: the region from the Baltic to western China, from the Arctic coast to
 * the Persian Gulf, with each state of the data coloured by its status on a date (member,
 * participation frozen, membership suspended; with `status="all"`, former parties too; before
 * 2002, parties to the Treaty; before it took effect, its signatories), every status told apart by
 * a pattern or an outline as well as by colour. The map is one image named by a sentence that
 * states its point; its legend names every state with its status and date, and is its text
 * alternative. Pointing at a state, or focusing the map and pressing the arrow keys, shows its
 * status line. `controls="years"` adds a slider over the years in which membership changed.
 *
 * The shapes are Natural Earth's, projected and simplified at build time; borders are the
 * internationally recognised ones.
 *
 * @summary A dated, sourced locator map of the CSTO's member states on any date.
 * @tagname cst-member-map
 *
 * @csspart figure - The whole map: title, map, legend and notes.
 * @csspart title - The title.
 * @csspart caption - The line under the title: how many states, on which date.
 * @csspart map - The map (an `<svg>` with `role="img"`).
 * @csspart status - The line that gives the status of the state pointed at.
 * @csspart years - The slider over the years (`controls="years"`).
 * @csspart legend - The legend: each status, its sample and the states with it.
 * @csspart swatch - A status's sample in the legend.
 * @csspart caveat - What readers should know about a state's status.
 * @csspart note - How borders are drawn.
 *
 * @cssprop --cst-member-map-member - Fill of member states and parties (and the ink of the frozen's
 * stripes); by default the accent colour (`--cst-color-accent`) when the page sets one, else a mid
 * blue.
 * @cssprop --cst-member-map-suspended - Ink of the dots of a suspended membership.
 * @cssprop --cst-member-map-former - Ink of the lines of a former party.
 * @cssprop --cst-member-map-land - Fill of the land around.
 */
export class CstMemberMap extends CstElement<MemberMapData, MemberMapView, MemberMapOptions> {
  static override readonly attributes = attributes;

  static override properties = {
    ...litProperties(attributes),
    step: { state: true },
    pointed: { state: true },
    announced: { state: true },
  };

  static override styles = [baseStyles, styles];

  static readonly renderer: Renderer<MemberMapData, MemberMapView, MemberMapOptions> = {
    data: memberMapData,
    strings: [strings],
    view: memberMapView,
    template: memberMapTemplate,
    title: memberMapTitle,
  };

  /** The slider's position, once the reader has moved it. */
  private step?: number;
  /** The state pointed at or stepped to with the keyboard. */
  private pointed?: string;
  /** What the live region says. */
  private announced = '';
  private view?: MemberMapView;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // New attributes draw the map on its own date again.
    if (
      [...changed.keys()].some((key) => !['step', 'pointed', 'announced'].includes(String(key)))
    ) {
      this.step = undefined;
    }
    super.willUpdate(changed);
  }

  protected override renderView(view: MemberMapView) {
    this.view = view;
    return super.renderView(view);
  }

  protected override templateOptions(): MemberMapOptions {
    return {
      step: this.step,
      pointed: this.pointed,
      announced: this.announced,
      onStep: (step) => this.moveTo(step),
      onPoint: (id) => (this.pointed = id),
      onKey: (event) => this.key(event),
    };
  }

  /** The slider moved: the map redraws, and the live region says its point, once per change. */
  private moveTo(step: number): void {
    const view = this.view;
    if (!view || step === (this.step ?? view.shown)) return;
    this.step = step;
    this.announced = pointOf(view.steps[step]!, view.lang);
  }

  /** Arrow keys step through the states coloured, Home and End go to the first and last, Escape lets go. */
  private key(event: KeyboardEvent): void {
    const view = this.view;
    if (!view) return;
    const states = view.steps[this.step ?? view.shown]!.states;
    const at = states.findIndex((s) => s.id === this.pointed);
    const next: Record<string, number | undefined> = {
      ArrowRight: at + 1,
      ArrowDown: at + 1,
      ArrowLeft: at < 0 ? states.length - 1 : at - 1,
      ArrowUp: at < 0 ? states.length - 1 : at - 1,
      Home: 0,
      End: states.length - 1,
      Escape: -1,
    };
    const to = next[event.key];
    if (to === undefined || !states.length) return;
    event.preventDefault();
    this.pointed = states[(to + states.length) % states.length]?.id;
    if (event.key === 'Escape') this.pointed = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cst-member-map': CstMemberMap;
  }
}
