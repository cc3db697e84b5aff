import { clampToDataDate } from '../../data/dates.js';
import { byId, localize } from '../../data/queries/records.js';
import {
  formerOn,
  memberSince,
  membersOn,
  standingOn,
  treatyPartySince,
  type Standing,
} from '../../data/queries/states.js';
import type { MemberListData } from '../../data/slim/member-list.js';
import type { CitedSource, ListedState } from '../../data/slim/types.js';
import type { IsoDate, Lang, Localized } from '../../data/types.js';
import { choice, date as dateAttr } from '../../internal/attributes.js';
import type { ViewInput, ViewResult } from '../../internal/base.js';
import { Notes } from '../../internal/citations.js';
import { webUrl } from '../../internal/markup.js';
import { invalidValue, isProblem, type Problem } from '../../internal/problems.js';
import { strings } from './member-list.strings.js';

export const STATUSES = ['current', 'former', 'all'] as const;
export const LAYOUTS = ['list', 'grid', 'table'] as const;
export const FIELDS = ['flag', 'joined', 'status', 'capital'] as const;
export const SORTS = ['name', 'joined'] as const;

export type MemberListStatus = (typeof STATUSES)[number];
export type MemberListLayout = (typeof LAYOUTS)[number];
export type MemberListField = (typeof FIELDS)[number];

/** A state's status as the list labels it. */
export type RowStatus = Exclude<Standing, 'none'> | 'restored';

/** One state as the list shows it on the date. */
export interface Row {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 code, for the flag. */
  iso2: string;
  capital: string;
  /** The day it became a party to the Treaty. */
  joined?: IsoDate;
  status: RowStatus;
  /** The date of the event the status follows from, when the label says it. */
  since?: IsoDate;
  /** What the reader should know about this state's dates or status. */
  caveat?: Localized;
  /** The notes that source a dated status (a freeze, a suspension, a departure). */
  refs: number[];
}

export interface MemberListView {
  lang: Lang;
  status: MemberListStatus;
  /** Before the Organization existed, the list is of the Treaty's parties. */
  parties: boolean;
  /** The date the list holds for. */
  date: IsoDate;
  /** The date asked for was later than the data's: the list holds for the data's own date. */
  latest: boolean;
  /** When every state listed is a founding member: the day the Organization was founded. */
  founded?: IsoDate;
  layout: MemberListLayout;
  fields: ReadonlySet<MemberListField>;
  rows: Row[];
  /** Every source of what the list shows, each once: the statuses' first, as their markers count. */
  sources: CitedSource[];
}

/** Attributes and data to the states on the date. */
export function memberListView({
  attrs,
  data,
  lang,
  asOf,
}: ViewInput<MemberListData>): ViewResult<MemberListView> {
  const status = choice(attrs, 'status', STATUSES, 'current');
  if (isProblem(status)) return { problem: status };
  const layout = choice(attrs, 'layout', LAYOUTS, 'list');
  if (isProblem(layout)) return { problem: layout };
  const sort = choice(attrs, 'sort', SORTS, 'name');
  if (isProblem(sort)) return { problem: sort };
  const fields = parseFields(attrs.fields);
  if (isProblem(fields)) return { problem: fields };
  const asked = dateAttr(attrs, 'as-of') ?? asOf;
  if (isProblem(asked)) return { problem: asked };
  const { asOf: date, clamped: latest } = clampToDataDate(asked, data.meta.asOf);

  const all = data.states;
  const chosen =
    status === 'current'
      ? membersOn(all, date)
      : status === 'former'
        ? formerOn(all, date)
        : all.filter((s) => standingOn(s, date).standing !== 'none');
  const rows = chosen.map((s) => toRow(s, date, lang));
  const collator = new Intl.Collator(lang);
  const byName = (a: Row, b: Row) => collator.compare(a.name, b.name);
  rows.sort(
    sort === 'joined' ? (a, b) => compareDates(a.joined, b.joined) || byName(a, b) : byName,
  );
  const founding = chosen.map((s) => memberSince(s));
  const founded =
    status === 'current' && founding.length && founding.every((e) => e?.type === 'founding-member')
      ? founding[0]!.date
      : undefined;
  // Numbered in reading order: the markers of the rows as listed, then the rest of the sources.
  const notes = new Notes();
  for (const row of rows) {
    const state = chosen.find((s) => s.id === row.id)!;
    const event = row.since ? standingOn(state, date).event : undefined;
    row.refs = notes.cite((event?.sources ?? []).map((id) => byId(data.sources, id)));
  }
  notes.cite(citedSources(chosen, date, data.sources));
  return {
    view: {
      lang,
      status,
      parties: status === 'current' && rows.length > 0 && rows.every((r) => r.status === 'party'),
      date,
      latest,
      ...(founded && founding.every((e) => e!.date === founded) && { founded }),
      layout,
      fields,
      rows,
      sources: notes.sources,
    },
  };
}

/** "CSTO member states" (or former members, or all parties). */
export function memberListTitle(view: MemberListView): string {
  return strings[view.lang].title[view.parties ? 'parties' : view.status];
}

/** Reads `fields`: space-separated names, each one of FIELDS; absent means all of them. */
function parseFields(value: unknown): ReadonlySet<MemberListField> | Problem {
  if (value === null || value === undefined) return new Set(FIELDS);
  const tokens = String(value).trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return invalidValue('fields', value, FIELDS);
  const unknown = tokens.find((token) => !(FIELDS as readonly string[]).includes(token));
  if (unknown !== undefined) return invalidValue('fields', unknown, FIELDS);
  return new Set(tokens as MemberListField[]);
}

/** The row a state shows on `date`, its notes not numbered yet. */
function toRow(state: ListedState, date: IsoDate, lang: Lang): Row {
  const { standing, event } = standingOn(state, date);
  const joined = treatyPartySince(state);
  const status: RowStatus =
    standing === 'member' && event?.type === 'restored'
      ? 'restored'
      : standing === 'none'
        ? 'party'
        : standing;
  const dated = status !== 'member' && status !== 'party';
  const caveat = [event, joined].find((e) => e?.caveat)?.caveat;
  return {
    id: state.id,
    name: localize(state.name, lang),
    iso2: state.iso2,
    capital: localize(state.capital, lang),
    ...(joined && { joined: joined.date }),
    status,
    ...(dated && event && { since: event.date }),
    ...(caveat && { caveat }),
    refs: [],
  };
}

/** Orders ISO dates (which compare as strings), unknown ones last. */
function compareDates(a: IsoDate | undefined, b: IsoDate | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/**
 * The sources of the events the list shows (each state's joining and its status on `date`), web
 * addresses before print and most cited first, without repeats.
 */
function citedSources(
  shown: readonly ListedState[],
  date: IsoDate,
  all: readonly CitedSource[],
): CitedSource[] {
  const counts = new Map<string, number>();
  for (const state of shown) {
    const events = new Set([treatyPartySince(state), standingOn(state, date).event]);
    const ids = new Set([...events].flatMap((e) => e?.sources ?? []));
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ source: byId(all, id), count }))
    .filter((c): c is { source: CitedSource; count: number } => c.source !== undefined)
    .sort(
      (a, b) =>
        Number(Boolean(webUrl(b.source.url))) - Number(Boolean(webUrl(a.source.url))) ||
        b.count - a.count,
    )
    .map((c) => c.source);
}
