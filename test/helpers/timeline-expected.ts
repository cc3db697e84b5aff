// What <cst-timeline> should show, worked out here from the bundled data files (data/*.json)
// alone, so the tests compare the element with the data rather than with its own output.
import { documents } from '../../src/data/bundled/documents.js';
import { events } from '../../src/data/bundled/events.js';
import { meta } from '../../src/data/bundled/meta.js';
import { sessions } from '../../src/data/bundled/sessions.js';
import { sources } from '../../src/data/bundled/sources.js';
import { states } from '../../src/data/bundled/states.js';
import type { EventKind, MembershipEvent, SourceRecord } from '../../src/data/types.js';

export const ALL_KINDS: readonly EventKind[] = [
  'treaty',
  'membership',
  'sessions',
  'documents',
  'operations',
];

/** One item of the timeline, as the data says it should be. */
export interface ExpectedItem {
  /** Unique per item: `state:az:left:1999-04-20`, `session:csc-…`, `document:treaty:signed`, … */
  id: string;
  date: string;
  kind: EventKind;
  /** For a state's step: its type (`left`, `frozen`, …). */
  step?: MembershipEvent['type'];
  /** The states involved (for a signing: its signatories), in the data's order of states. */
  states: string[];
  /** Source ids, each once, in order of citation. */
  sources: string[];
  /** A session announced, not known to have been held. */
  planned?: boolean;
  /** The date the announcement holds for. */
  plannedAsOf?: string;
  /** Entries of events.json, and a state's titled steps: their title. */
  title?: { en: string; ru: string };
  /**
   * A turning point the timeline emphasises: a state's signing, accession, departure, founding
   * membership, return, suspension or freeze; the Treaty's or the Charter's signing; an entry of
   * events.json marked `key`.
   */
  key: boolean;
}

export interface Filter {
  from?: string;
  to?: string;
  kinds?: readonly EventKind[];
  /** A state id. */
  state?: string;
  asOf?: string;
}

/** Events on one day come in this order of kind, then by id (src/data/queries/timeline.ts). */
const DAY_ORDER: readonly EventKind[] = [
  'treaty',
  'sessions',
  'documents',
  'operations',
  'membership',
];

const unique = <T>(list: readonly (T | undefined)[]): T[] => [
  ...new Set(list.filter((x): x is T => x !== undefined)),
];

/** The states whose membership has a step of `type` on `date`, in the data's order. */
const tookStep = (type: MembershipEvent['type'], date: string) =>
  states
    .filter((s) => s.membership.some((m) => m.type === type && m.date === date))
    .map((s) => s.id);

interface Raw extends ExpectedItem {
  /** A document's or amendment's signing: the states' own signing events fold into it. */
  signing?: true;
}

/** Every dated record of the data, before filters. */
function everything(): Raw[] {
  const out: Raw[] = [];
  for (const state of states) {
    for (const m of state.membership) {
      out.push({
        id: `state:${state.id}:${m.type}:${m.date}`,
        date: m.date,
        kind: 'membership',
        step: m.type,
        states: [state.id],
        sources: unique(m.sources),
        key: m.type !== 'extension-signed' && m.type !== 'note',
        ...(m.title && { title: m.title as { en: string; ru: string } }),
      });
    }
  }
  for (const s of sessions) {
    out.push({
      id: `session:${s.id}`,
      date: s.date,
      kind: 'sessions',
      // A session involves its host, its chair (when confirmed), the states absent and the
      // handover's states; not every attendee.
      states: unique([
        s.place?.state,
        s.chair?.verified === false ? undefined : s.chair?.state,
        ...s.absent,
        s.handover?.from,
        s.handover?.to,
      ]),
      sources: unique(s.sources),
      key: false,
      ...(s.status === 'planned' && { planned: true, plannedAsOf: s.statusAsOf ?? meta.asOf }),
    });
  }
  for (const d of documents) {
    const kind: EventKind = d.kind === 'treaty' || d.kind === 'charter' ? 'treaty' : 'documents';
    const signers = d.signatories?.length
      ? unique(d.signatories.map((s) => s.state))
      : d.kind === 'treaty'
        ? tookStep('signed', d.date)
        : d.kind === 'charter'
          ? tookStep('founding-member', d.date)
          : [];
    out.push({
      id: `document:${d.id}:signed`,
      date: d.date,
      kind,
      states: signers,
      sources: unique(d.dateSources ?? d.sources),
      signing: true,
      key: kind === 'treaty',
    });
    if (d.inForce) {
      out.push({
        id: `document:${d.id}:in-force`,
        date: d.inForce,
        kind,
        states: [],
        sources: unique(d.inForceSources ?? d.sources),
        key: false,
      });
    }
    for (const a of d.amendments ?? []) {
      out.push({
        id: `amendment:${d.id}:${a.id}:signed`,
        date: a.signed,
        kind,
        states: d.kind === 'treaty' ? tookStep('extension-signed', a.signed) : [],
        sources: unique(a.sources),
        signing: true,
        key: false,
      });
      if (a.inForce) {
        out.push({
          id: `amendment:${d.id}:${a.id}:in-force`,
          date: a.inForce,
          kind,
          states: [],
          sources: unique(a.sources),
          key: false,
        });
      }
    }
  }
  for (const e of events) {
    out.push({
      id: `event:${e.id}`,
      date: e.date,
      kind: e.kind,
      states: unique([...e.states, e.chair]),
      sources: unique(e.sources),
      title: e.title as { en: string; ru: string } | undefined,
      key: e.key === true,
    });
  }
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      DAY_ORDER.indexOf(a.kind) - DAY_ORDER.indexOf(b.kind) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** A `from` or `to` attribute as the first or last day it names. */
function day(value: string | undefined, side: 'start' | 'end'): string | undefined {
  if (value === undefined) return undefined;
  return /^\d{4}$/.test(value) ? `${value}-${side === 'start' ? '01-01' : '12-31'}` : value;
}

/**
 * The items the timeline should show for a filter, oldest first: a state's notes without a
 * reader title are left out; a state's signing of a document the timeline shows is part of that document's
 * item; states that took the same step on the same day share one item.
 */
export function expectedTimeline(filter: Filter = {}): ExpectedItem[] {
  // The data knows nothing after its own date.
  const asOf = filter.asOf !== undefined && filter.asOf < meta.asOf ? filter.asOf : meta.asOf;
  const kinds = new Set(filter.kinds ?? ALL_KINDS);
  const from = day(filter.from, 'start');
  const to = day(filter.to, 'end');
  const known = everything().filter(
    (e) =>
      (e.step !== 'note' || e.title !== undefined) &&
      kinds.has(e.kind) &&
      (!from || e.date >= from) &&
      (!to || e.date <= to) &&
      (e.date <= asOf || (e.planned === true && e.plannedAsOf! <= asOf)),
  );
  const signings = known.filter((e) => e.signing);
  const shown = known.filter(
    (e) =>
      !(
        e.kind === 'membership' &&
        signings.some((s) => s.date === e.date && s.states.includes(e.states[0]!))
      ) &&
      (!filter.state || e.states.includes(filter.state)),
  );
  const items: ExpectedItem[] = [];
  for (const { signing: _signing, ...e } of shown) {
    const same = items.find(
      (i) => i.kind === 'membership' && i.step === e.step && e.step !== 'note' && i.date === e.date,
    );
    if (e.kind === 'membership' && same) {
      same.states.push(...e.states);
      same.sources = unique([...same.sources, ...e.sources]);
      continue;
    }
    items.push({ ...e, states: [...e.states] });
  }
  return items;
}

/** A state's record by id. */
export function stateById(id: string) {
  const state = states.find((s) => s.id === id);
  if (!state) throw new Error(`no state ${id} in data/states.json`);
  return state;
}

/** A source's record by id. */
export function sourceById(id: string): SourceRecord {
  const source = sources.find((s) => s.id === id);
  if (!source) throw new Error(`no source ${id} in data/sources.json`);
  return source;
}

/**
 * What a collapsed timeline shows of a long one (more than 12 items): a handful of ten at most,
 * its latest three and as many key events as fit, the Treaty's and the Organization's own first
 * (not a state's step), then those involving the most states, then the latest. Short ones show
 * everything.
 */
export function expectedCollapsed(items: readonly ExpectedItem[]): ExpectedItem[] {
  if (items.length <= 12) return [...items];
  const kept = new Set(items.slice(-3));
  const keys = items
    .filter((i) => i.key && !kept.has(i))
    .sort(
      (a, b) =>
        Number(a.kind === 'membership') - Number(b.kind === 'membership') ||
        b.states.length - a.states.length ||
        b.date.localeCompare(a.date),
    );
  for (const item of keys.slice(0, 10 - kept.size)) kept.add(item);
  return items.filter((i) => kept.has(i));
}

/** Every source the items cite, each once, in order of first citation. */
export function citedBy(items: readonly ExpectedItem[]): string[] {
  return unique(items.flatMap((i) => i.sources));
}
