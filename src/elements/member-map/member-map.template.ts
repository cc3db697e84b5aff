import { nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { html, svg } from '../../internal/template.js';
import { geometry } from '../../data/slim/member-map.geometry.js';
import { localize } from '../../data/queries/records.js';
import type { Lang } from '../../data/types.js';
import type { TemplateOptions } from '../../internal/base.js';
import { notes, refs } from '../../internal/citations.js';
import { formatDate, plural } from '../../internal/format.js';
import { fill, joined, localized, time } from '../../internal/markup.js';
import { strings, type MemberMapStrings } from './member-map.strings.js';
import {
  pointOf,
  statusLine,
  STATUSES,
  type MapStatus,
  type MapStep,
  type MemberMapView,
} from './member-map.view.js';

export interface MemberMapOptions extends TemplateOptions {
  /** The slider's position (`controls="years"`): which of the view's steps is drawn. */
  step?: number;
  /** The state pointed at or focused, by id: its status line shows and its outline stands out. */
  pointed?: string;
  /** What the live region says: the map's new point, once the slider has moved. */
  announced?: string;
  /** The slider moved to a step. */
  onStep?: (step: number) => void;
  /** A state was pointed at (`undefined`: none). */
  onPoint?: (id: string | undefined) => void;
  /** A key pressed on the map (arrow keys step through the states). */
  onKey?: (event: KeyboardEvent) => void;
}

/**
 * The colours HTML without styles draws with (fallback markup, e-mail, RSS); the element's styles
 * set its own, per theme. Each status has a second channel besides its colour: solid, an outline,
 * stripes, dots or lines.
 */
const INK = {
  land: '#e2e2e2',
  line: '#ffffff',
  member: '#2f6cb3',
  tint: '#c9daef',
  suspended: '#c46a12',
  suspendedTint: '#f3dcc4',
  left: '#7a6f66',
  text: '#1b1b1f',
} as const;

/**
 * The map: a title and the line that says what it counts on which date, the region drawn with the
 * states of the data coloured by status (one image, named by the sentence that states its point),
 * a line that gives a state's status when it is pointed at, the slider over the years, and the
 * legend, which names each state with its status and date (the map's text alternative), each entry
 * with markers to the notes that cite it, the borders' note and the line of notes. Without script
 * (`static`) the slider, the status line and the live region are left out.
 */
export function memberMapTemplate(view: MemberMapView, options: MemberMapOptions): TemplateResult {
  const t = strings[view.lang];
  const index = options.static
    ? view.shown
    : Math.min(options.step ?? view.shown, view.steps.length - 1);
  const step = view.steps[index]!;
  const pointed = step.states.find((s) => s.id === (options.pointed ?? view.highlight?.id));
  return html`<figure part="figure" class="frame figure">
    <figcaption class="head">
      <span part="title" class="title" id="title">${t.title[step.kind]}</span>
      <span part="caption" class="lede" id="lede">${dated(step, view.lang, t)}</span>
    </figcaption>
    <div class="area">
      ${map(view, step, options)}
      ${
        options.static
          ? nothing
          : html`<p part="status" class="status" aria-hidden="true">
              ${pointed ? statusLine(pointed, view.lang) : t.hint}
            </p>`
      }
      ${!options.static && view.steps.length > 1 ? slider(view, index, options, t) : nothing}
    </div>
    <div class="side">
      ${legend(step, view.lang, t, options)}
      <p part="note" class="footer note">${t.borders}</p>
      ${unmapped(step, view.lang, t)}
      ${notes(view.sources, view.lang, { ...options, numbered: true })}
    </div>
    ${
      options.static
        ? nothing
        : html`<p class="visually-hidden" aria-live="polite">${options.announced ?? ''}</p>`
    }
  </figure>`;
}

/** The count and the date, with the date as `<time>`. */
function dated(step: MapStep, lang: Lang, t: MemberMapStrings) {
  const date = time(step.date, lang);
  const when = step.latest ? fill(t.latest, { date }) : date;
  if (!step.count) return fill(t.empty, { date: when });
  return fill(plural(step.count, lang, t.count[step.kind]), { date: when });
}

/** Presentation attributes of a shape of `status`, for HTML without the element's styles. */
function inkOf(status: MapStatus | undefined): { fill: string; stroke: string } {
  switch (status) {
    case 'member':
    case 'party':
      return { fill: INK.member, stroke: INK.line };
    case 'signatory':
      return { fill: INK.tint, stroke: INK.member };
    // After the pattern, the colour used where it cannot be found (fallback HTML keeps no ids).
    case 'frozen':
      return { fill: `url(#cst-map-frozen) ${INK.tint}`, stroke: INK.member };
    case 'suspended':
      return { fill: `url(#cst-map-suspended) ${INK.suspendedTint}`, stroke: INK.suspended };
    case 'left':
      return { fill: `url(#cst-map-left) ${INK.land}`, stroke: INK.left };
    default:
      return { fill: INK.land, stroke: INK.line };
  }
}

/** The patterns of the statuses drawn with one (stripes, dots, lines). */
const patterns = svg`<defs>
  <pattern id="cst-map-frozen" class="frozen" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect class="ground" width="6" height="6" fill=${INK.tint} /><rect class="ink" width="3.2" height="6" fill=${INK.member} />
  </pattern>
  <pattern id="cst-map-suspended" class="suspended" width="5" height="5" patternUnits="userSpaceOnUse">
    <rect class="ground" width="5" height="5" fill=${INK.suspendedTint} /><circle class="ink" cx="2.5" cy="2.5" r="1.6" fill=${INK.suspended} />
  </pattern>
  <pattern id="cst-map-left" class="left" width="6" height="6" patternUnits="userSpaceOnUse">
    <rect class="ground" width="6" height="6" fill=${INK.land} /><rect class="ink" width="6" height="1.6" fill=${INK.left} />
  </pattern>
</defs>`;

/** The map itself: one image whose accessible name states its point. */
function map(view: MemberMapView, step: MapStep, options: MemberMapOptions): SVGTemplateResult {
  const { lang } = view;
  const byIso = new Map(step.states.map((s) => [s.iso, s]));
  const shapes = geometry.states as Readonly<Record<string, string>>;
  const pointed = options.static ? undefined : step.states.find((s) => s.id === options.pointed);
  // The state emphasised, and the one pointed at, outlined above the others.
  const outlined = [...new Set([view.highlight?.iso, pointed?.iso])].filter(
    (iso): iso is string => iso !== undefined && iso in shapes,
  );
  return svg`<svg
    part="map"
    class="map"
    viewBox="0 0 ${geometry.width} ${geometry.height}"
    role="img"
    aria-label=${pointOf(step, lang)}
    tabindex=${options.static ? nothing : '0'}
    @keydown=${options.onKey}
    @pointermove=${(event: PointerEvent) => options.onPoint?.(stateAt(event))}
    @pointerdown=${(event: PointerEvent) => options.onPoint?.(stateAt(event))}
    @pointerleave=${() => options.onPoint?.(undefined)}
    @blur=${() => options.onPoint?.(undefined)}
  >
    ${patterns}
    <path class="land" d=${geometry.land} fill=${INK.land} />
    ${Object.entries(shapes).map(([iso, d]) => {
      const state = byIso.get(iso);
      const ink = inkOf(state?.status);
      return svg`<path
        class="shape ${state?.status ?? 'none'}"
        data-state=${state?.id ?? nothing}
        d=${d}
        fill=${ink.fill}
        stroke=${ink.stroke}
        stroke-width="0.75"
      />`;
    })}
    <path class="borders" d=${geometry.borders} fill="none" stroke=${INK.line} stroke-width="0.75" />
    <path class="disputed" d=${geometry.lines} fill="none" stroke=${INK.left} stroke-width="0.75" stroke-dasharray="2 1.5" />
    ${outlined.map(
      (iso) =>
        svg`<path class="emphasis" d=${shapes[iso]} fill="none" stroke=${INK.text} stroke-width="2" />`,
    )}
    ${view.labels === 'none' ? nothing : labels(view, step)}
  </svg>`;
}

/** The state under the pointer, if it is one the map colours. */
function stateAt(event: PointerEvent): string | undefined {
  const target = event.target as Element | null;
  return target?.closest?.('[data-state]')?.getAttribute('data-state') ?? undefined;
}

/** The names on the map: each state coloured (small ones with a leader line), and neighbours. */
function labels(view: MemberMapView, step: MapStep): SVGTemplateResult {
  const { lang } = view;
  const places = geometry.places as Record<
    string,
    { at: readonly number[]; to?: readonly number[]; anchor?: 'start' }
  >;
  const named = step.states.filter((s) => places[s.iso]);
  const regions =
    view.labels === 'all' ? new Intl.DisplayNames(lang, { type: 'region' }) : undefined;
  return svg`<g class="labels" font-size="13" fill=${INK.text}>
    ${named.map((state) => {
      const { at, to, anchor: given } = places[state.iso]!;
      const [x, y] = at as [number, number];
      // A name led to its state sits on the far side of the leader's end.
      const anchor = given ?? (!to || x === to[0] ? 'middle' : x < to[0]! ? 'end' : 'start');
      const gap = !to ? 0 : anchor === 'end' ? -3 : anchor === 'start' ? 3 : 0;
      return svg`${to ? svg`<path class="leader" d="M${to[0]} ${to[1]}L${x} ${y}" stroke=${INK.text} stroke-width="0.75" />` : nothing}<text
          class="state-name${state.id === view.highlight?.id ? ' emphasised' : ''}"
          x=${x + gap}
          y=${y}
          dy="0.35em"
          text-anchor=${anchor}
        >${localize(state.name, lang)}</text>`;
    })}
    ${
      regions
        ? geometry.context.map(
            ({ iso2, at }) =>
              svg`<text class="neighbour" x=${at[0]} y=${at[1]} dy="0.35em" text-anchor="middle" font-size="11" fill=${INK.left}>${regions.of(iso2)}</text>`,
          )
        : nothing
    }
  </g>`;
}

/**
 * The legend, which is also the map's text alternative: for each status its swatch and label,
 * then the states with it, with the date that status began (once, when they share it), and the
 * markers of the notes that cite their status.
 */
function legend(step: MapStep, lang: Lang, t: MemberMapStrings, options: MemberMapOptions) {
  const groups = STATUSES.map((status) => ({
    status,
    states: step.states.filter((s) => s.status === status),
  })).filter((g) => g.states.length);
  if (!groups.length) return nothing;
  return html`<ul part="legend" class="legend">
    ${groups.map(({ status, states }) => {
      const shared = states.every((s) => s.since === states[0]!.since);
      const names = states.map(
        (s) =>
          html`<span
            class="name"
            data-state=${s.id}
            @pointerenter=${() => options.onPoint?.(s.id)}
            @pointerleave=${() => options.onPoint?.(undefined)}
            >${localized(s.name, lang)}${shared ? nothing : html` (${time(s.since, lang, 'short')})`}</span
          >`,
      );
      // What readers should know about a status (Armenia's: still a member), under the names.
      const noted = states.filter((s) => s.caveat);
      const cited = [...new Set(states.flatMap((s) => s.refs))].sort((a, b) => a - b);

      return html`<li class="entry" data-status=${status}>
        ${swatch(status)}
        <span
          ><span class="what"
            >${t.status[status]}${
              shared
                ? html` ${fill(t.since, { date: time(states[0]!.since, lang, 'short') })}`
                : nothing
            }</span
          >:
          ${joined(names, lang)}${refs(cited, lang, options)}${noted.map(
            (s) =>
              html` <span part="caveat" class="caveat"
                >${states.length > 1 ? html`${localized(s.name, lang)}: ` : nothing}${localized(
                  s.caveat,
                  lang,
                )}</span
              >`,
          )}</span
        >
      </li>`;
    })}
  </ul>`;
}

/** A legend's sample of a status, drawn as the map draws it. */
function swatch(status: MapStatus): TemplateResult {
  const ink = inkOf(status);
  return html`<svg part="swatch" class="swatch" viewBox="0 0 16 16" aria-hidden="true">
    ${svg`<rect class="shape ${status}" x="1" y="1" width="14" height="14" fill=${ink.fill} stroke=${
      status === 'signatory' ? INK.member : INK.left
    } stroke-width="1" />`}
  </svg>`;
}

/** The states the map colours but has no shape of (a publisher's). */
function unmapped(step: MapStep, lang: Lang, t: MemberMapStrings) {
  const missing = step.states.filter((s) => !(s.iso in geometry.states));
  if (!missing.length) return nothing;
  return html`<p class="footer">
    ${fill(t.unmapped, {
      states: joined(
        missing.map((s) => localized(s.name, lang)),
        lang,
      ),
    })}
  </p>`;
}

/** The slider over the years in which membership changed. */
function slider(
  view: MemberMapView,
  index: number,
  options: MemberMapOptions,
  t: MemberMapStrings,
) {
  const { lang, steps } = view;
  const year = (i: number) => steps[i]!.date.slice(0, 4);
  return html`<div part="years" class="years">
    <label for="year" class="year-label"
      >${t.year} <output for="year" class="year-value">${year(index)}</output></label
    >
    <input
      id="year"
      type="range"
      min="0"
      max=${steps.length - 1}
      step="1"
      .value=${String(index)}
      aria-valuetext=${formatDate(steps[index]!.date, lang)}
      @input=${(event: Event) => options.onStep?.(Number((event.target as HTMLInputElement).value))}
    />
    <span class="ticks" aria-hidden="true"
      >${steps.map((_, i) => html`<span class=${i === index ? 'tick on' : 'tick'}>${year(i)}</span>`)}</span
    >
  </div>`;
}
