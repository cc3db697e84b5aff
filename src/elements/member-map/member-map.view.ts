import { resolveState } from '../../data/aliases.js';
import { clampToDataDate } from '../../data/dates.js';
import type { CitedSource } from '../../data/project.js';
import { byId, localize } from '../../data/queries/records.js';
import { standingOn } from '../../data/queries/states.js';
import type { IsoDate, Lang, Localized, SourceId } from '../../data/types.js';
import type { ViewInput, ViewResult } from '../../internal/base.js';
import { fillText, formatDate, formatList, plural } from '../../internal/format.js';
import { Notes } from '../../internal/citations.js';
import { isProblem } from '../../internal/problems.js';
import { read, type Values } from '../../internal/spec.js';
import { unknownState } from '../../internal/unknown-state.js';
import type { MemberMapData } from './member-map.data.js';
import { attributes } from './member-map.spec.js';
import { strings, type MapStatus } from './member-map.strings.js';

export type { MapStatus };
type Chosen = Values<typeof attributes>;
type DataState = MemberMapData['states'][number];

/** The order of the statuses in the legend and the accessible name. */
export const STATUSES: readonly MapStatus[] = [
  'member',
  'party',
  'signatory',
  'frozen',
  'suspended',
  'left',
];

/** One state the map colours. */
export interface MapState {
  id: string;
  name: Localized;
  /** ISO 3166-1 numeric code: the key of its shape. */
  iso: string;
  status: MapStatus;
  /** The day its status began (for a party, the day the Treaty took effect for it). */
  since: IsoDate;
  /** What readers should know about that status (Armenia's freeze: still a member). */
  caveat?: Localized;
  /** The sources of the event its status follows from. */
  sources: readonly SourceId[];
  /** Their numbers in the map's list of notes. */
  refs: number[];
}

/** The map on one date. */
export interface MapStep {
  date: IsoDate;
  /** The date asked for was later than the data's: the map holds for the data's own date. */
  latest: boolean;
  /** What the map counts: members of the Organization, parties to the Treaty, or signatories. */
  kind: 'members' | 'parties' | 'signatories';
  /** How many it counts. */
  count: number;
  /** The states it colours, in legend order (status, then name). */
  states: MapState[];
}

export interface MemberMapView {
  lang: Lang;
  status: Chosen['status'];
  labels: Chosen['labels'];
  /** The dates the slider steps through (`controls="years"`), else the map's own date alone. */
  steps: MapStep[];
  /** The step of the map's own date. */
  shown: number;
  /** The state emphasised (`highlight`): its id and the key of its shape. */
  highlight?: { id: string; iso: string };
  sources: CitedSource[];
}

/** Attributes and data to the map on its date (and, with the slider, on each year's). */
export function memberMapView({
  attrs,
  data,
  lang,
  asOf,
}: ViewInput<MemberMapData>): ViewResult<MemberMapView> {
  const values = read(attributes, attrs);
  if (isProblem(values)) return { problem: values };
  let highlight: MemberMapView['highlight'];
  if (values.highlight !== null) {
    const state = resolveState(data.states, values.highlight);
    if (!state) {
      return { problem: { ...unknownState(attrs.highlight, data.states), attribute: 'highlight' } };
    }
    highlight = { id: state.id, iso: state.isoNumeric };
  }
  const { asOf: date, clamped } = clampToDataDate(values.asOf ?? asOf, data.meta.asOf);
  const dates = values.controls === 'years' ? yearSteps(data.states, date, data.meta.asOf) : [date];
  const collator = new Intl.Collator(lang);
  const steps = dates.map((d) => ({
    ...stepOn(data.states, d, values.status, (a, b) =>
      collator.compare(localize(a, lang), localize(b, lang)),
    ),
    latest: clamped && d === date,
  }));
  // Numbered in reading order: the legend of the map's own date, then what the other years add.
  const shown = dates.indexOf(date);
  const notes = new Notes();
  for (const step of [steps[shown]!, ...steps.filter((_, i) => i !== shown)]) {
    for (const state of step.states) {
      state.refs = notes.cite(state.sources.map((id) => byId(data.sources, id)));
    }
  }
  return {
    view: {
      lang,
      status: values.status,
      labels: values.labels,
      steps,
      shown,
      ...(highlight && { highlight }),
      sources: notes.sources,
    },
  };
}

/** A state's status on `date` as the map colours it, with the day it began; none when uncoloured. */
function statusOf(
  state: DataState,
  date: IsoDate,
): Omit<MapState, 'id' | 'name' | 'iso' | 'refs'> | undefined {
  const { standing, event } = standingOn(state, date);
  if (standing === 'none' || !event) return undefined;
  const since =
    standing === 'party' && event.inForce && event.inForce > event.date
      ? event.inForce
      : event.date;
  return {
    status: standing,
    since,
    ...(event.caveat && { caveat: event.caveat }),
    sources: event.sources ?? [],
  };
}

/** The map on `date`: the states coloured (former parties only with `all`), and what it counts. */
function stepOn(
  states: readonly DataState[],
  date: IsoDate,
  status: Chosen['status'],
  byName: (a: Localized, b: Localized) => number,
): Omit<MapStep, 'latest'> {
  const shown = states
    .map((s) => ({
      id: s.id,
      name: s.name,
      iso: s.isoNumeric,
      refs: [] as number[],
      ...statusOf(s, date),
    }))
    .filter(
      (s): s is MapState => s.status !== undefined && (status === 'all' || s.status !== 'left'),
    )
    .sort(
      (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || byName(a.name, b.name),
    );
  const of = (...kinds: MapStatus[]) => shown.filter((s) => kinds.includes(s.status)).length;
  const members = of('member', 'frozen');
  const parties = of('party');
  const kind = members ? 'members' : parties ? 'parties' : 'signatories';
  return { date, kind, count: members || parties || of('signatory'), states: shown };
}

/** Events that change no state's standing: a dated note, the signing of the 1999 extension. */
const QUIET: readonly string[] = ['note', 'extension-signed'];

/**
 * The dates the slider steps through: the last change of membership in each year that had one,
 * the map's own date, and the data's.
 */
function yearSteps(states: readonly DataState[], date: IsoDate, dataAsOf: IsoDate): IsoDate[] {
  const changes = states.flatMap((s) =>
    s.membership
      .filter((e) => e.verified !== false && !QUIET.includes(e.type))
      .flatMap((e) => (e.inForce ? [e.date, e.inForce] : [e.date])),
  );
  const lastInYear = new Map<string, IsoDate>();
  for (const d of [...changes.filter((d) => d <= dataAsOf), date, dataAsOf].sort()) {
    lastInYear.set(d.slice(0, 4), d);
  }
  // The map's own date stands for its year; a change later in that year keeps a step of its own.
  const steps = [...lastInYear.values()];
  return steps.includes(date) ? steps : [...steps, date].sort();
}

/** The line under the title: how many, on which date. */
export function countLine(step: MapStep, lang: Lang): string {
  const t = strings[lang];
  const date = step.latest
    ? fillText(t.latest, { date: formatDate(step.date, lang) })
    : formatDate(step.date, lang);
  if (!step.count) return fillText(t.empty, { date });
  return fillText(plural(step.count, lang, t.count[step.kind]), { date });
}

/**
 * What the map shows, said in one sentence (its accessible name, and what the live region says
 * when the slider moves): the count and date, then each other status with its states.
 */
export function pointOf(step: MapStep, lang: Lang): string {
  const t = strings[lang];
  const others = (['frozen', 'suspended', 'left'] as const)
    .map((status) => {
      const names = step.states
        .filter((s) => s.status === status)
        .map((s) => localize(s.name, lang));
      return names.length ? fillText(t.point[status], { states: formatList(names, lang) }) : '';
    })
    .filter(Boolean);
  return [countLine(step, lang), ...others].join('; ');
}

/** A state's status line, as the map shows it when the state is pointed at or focused. */
export function statusLine(state: MapState, lang: Lang): string {
  return fillText(strings[lang].line[state.status], {
    name: localize(state.name, lang),
    date: formatDate(state.since, lang),
  });
}

/** The map's title, for an iframe: what it counts, and when. */
export function memberMapTitle(view: MemberMapView): string {
  return countLine(view.steps[view.shown]!, view.lang);
}
