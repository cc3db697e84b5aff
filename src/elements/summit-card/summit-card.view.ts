import { clampToDataDate, daysBetween, isIsoDate } from '../../data/dates.js';
import { byDateDesc, byId } from '../../data/queries/records.js';
import { findSession, nextPlannedSession } from '../../data/queries/sessions.js';
import type { CitedSource } from '../../data/project.js';
import type { Named } from '../../data/slim/types.js';
import type { SummitCardData } from './summit-card.data.js';

/** A document a session adopted, as the card sums it up: its themes in the project's words. */
type SummedDocument = SummitCardData['documents'][number];
import type { IsoDate, Lang, SessionRecord } from '../../data/types.js';
import type { ViewInput, ViewResult } from '../../internal/base.js';
import { Notes } from '../../internal/citations.js';
import { clip, formatDate } from '../../internal/format.js';
import { invalidDate, invalidValue, isProblem, type Problem } from '../../internal/problems.js';
import { read, type Values } from '../../internal/spec.js';
import { attributes } from './summit-card.spec.js';
import { strings } from './summit-card.strings.js';

export type SummitVariant = Values<typeof attributes>['variant'];

export interface SummitView {
  lang: Lang;
  session: SessionRecord;
  variant: SummitVariant;
  /** The session was asked for as `latest`: the card says which date it holds for. */
  latest: boolean;
  /** The date the card holds for (time-sensitive wording, `latest`). */
  asOf: IsoDate;
  /** The date asked for was later than the data's: the card holds for the data's own date. */
  latestData: boolean;
  /** The reader's calendar date. */
  today: IsoDate;
  /** The card holds for the data's own date (not an earlier one asked for): the reader's present. */
  present: boolean;
  /** A planned session whose date the reader's clock has passed. */
  passed: boolean;
  /** With `latest`: the next session announced after `asOf`. */
  next?: SessionRecord;
  /** The people and states the session names, to look them up by id. */
  people: readonly Named[];
  states: readonly Named[];
  /** The documents whose themes the data sums up, to look them up by id. */
  documents: readonly SummedDocument[];
  /** The session's sources, each once. */
  sources: CitedSource[];
}

/** Looks like a date (digits and separators) but may not be a valid `YYYY-MM-DD` one. */
const DATE_LIKE = /^(?=.*\d)[\d\s./-]+$/;

/** Attributes and data to the session they name. */
export function summitView({
  tag,
  attrs,
  data,
  lang,
  asOf: asked,
  today,
}: ViewInput<SummitCardData>): ViewResult<SummitView> {
  const { asOf, clamped: latestData } = clampToDataDate(asked, data.meta.asOf);
  const values = read(attributes, attrs);
  if (isProblem(values)) return { problem: values };
  const { variant, summit: ref } = values;
  const all = data.sessions;
  const choices = ['latest', ...[...all].sort(byDateDesc).map((s) => s.id)];
  if (ref === null) return { problem: invalidValue('summit', attrs.summit, choices) };

  const latest = ref.toLowerCase() === 'latest';
  let session: SessionRecord | undefined;
  if (latest) {
    session = findSession(all, 'latest', asOf);
    if (!session) return { problem: noneHeld(tag, asOf, all) };
  } else if (DATE_LIKE.test(ref)) {
    if (!isIsoDate(ref)) return { problem: invalidDate('summit', String(attrs.summit)) };
    session = findSession(all, ref, asOf);
    if (!session) return { problem: noSessionOn(tag, ref, all) };
  } else {
    session = all.find((s) => s.id === ref);
    if (!session) {
      return {
        problem: invalidValue('summit', attrs.summit, choices, undefined, 'not-found'),
      };
    }
  }
  const next = latest ? nextAfter(all, asOf) : undefined;
  const notes = new Notes();
  notes.cite(session.sources.map((id) => byId(data.sources, id)));
  return {
    view: {
      lang,
      session,
      variant,
      latest,
      asOf,
      latestData,
      today,
      present: asOf === data.meta.asOf,
      passed: session.status === 'planned' && today > session.date,
      ...(next && { next }),
      people: data.people,
      states: data.states,
      documents: data.documents ?? [],
      sources: notes.sources,
    },
  };
}

/** "Regular session of the CSTO Collective Security Council, May 16, 2022". */
export function summitTitle(view: SummitView): string {
  const t = strings[view.lang];
  const { session } = view;
  // As the card names it: the compact card by the kind in a few words.
  const kind = view.variant === 'compact' ? t.short : t.title;
  return `${kind[session.kind] ?? kind.regular}, ${formatDate(session.date, view.lang)}`;
}

/** `latest` when no session was held on or before the as-of date. */
function noneHeld(tag: string, asOf: IsoDate, all: readonly SessionRecord[]): Problem {
  const earliest = all
    .filter((s) => s.status === 'held')
    .sort(byDateDesc)
    .at(-1);
  const hint = earliest
    ? ` The earliest held session is "${earliest.id}" (${earliest.date}).`
    : ' The data holds no held session.';
  return {
    code: 'not-found',
    message: `<${tag}> summit="latest" finds no session held on or before ${asOf}, the as-of date.${hint} Until it is fixed nothing is shown.`,
  };
}

/** A well-formed date on which no session met: names the nearest sessions before and after. */
function noSessionOn(tag: string, date: IsoDate, all: readonly SessionRecord[]): Problem {
  const dates = all.map((s) => s.date).sort();
  const before = dates.filter((d) => d < date).at(-1);
  const after = dates.find((d) => d > date);
  const nearest = [before, after]
    .filter((d): d is IsoDate => d !== undefined)
    .sort((a, b) => daysBetween(a, date) - daysBetween(b, date));
  const around = nearest.length
    ? ` The nearest sessions met on ${[...nearest].sort().join(' and ')}.`
    : '';
  const hint = nearest[0] ? ` Did you mean "${nearest[0]}"?` : '';
  const newest = [...dates].reverse();
  const listed =
    newest.length > 12
      ? `${newest.slice(0, 12).join(', ')} … (${newest.length} in all)`
      : newest.join(', ') || 'none';
  return {
    code: 'not-found',
    message: `<${tag}> summit="${clip(date)}" names no session.${around}${hint} Valid values: latest, a session id, or one of these session dates: ${listed}. Until it is fixed nothing is shown.`,
  };
}

/**
 * The planned session announced after `asOf`, when it is the very next session: with an earlier
 * as-of date, sessions held in between come first, and the later announcement is not shown.
 */
function nextAfter(all: readonly SessionRecord[], asOf: IsoDate): SessionRecord | undefined {
  const next = nextPlannedSession(all, asOf);
  return next && !all.some((s) => s.status === 'held' && s.date > asOf && s.date < next.date)
    ? next
    : undefined;
}
