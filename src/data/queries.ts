import { resolvePerson } from './aliases.js';
import { inPeriod, isIsoDate } from './dates.js';
import type {
  ArticleRecord,
  Dataset,
  DocumentRecord,
  IsoDate,
  Lang,
  Localized,
  MembershipEvent,
  PersonRecord,
  QuoteRecord,
  RoleRecord,
  SessionRecord,
  StateRecord,
  TextBlock,
} from './types.js';

/** A state's relation to the Treaty on a given day. */
export type MembershipStatus = 'member' | 'frozen' | 'suspended' | 'left' | 'none';

export interface StatusOnDate {
  status: MembershipStatus;
  /** The event the status follows from; absent for `none`. */
  event?: MembershipEvent;
}

const STATUS_OF_EVENT: Record<MembershipEvent['type'], MembershipStatus | undefined> = {
  signed: 'member',
  acceded: 'member',
  restored: 'member',
  left: 'left',
  suspended: 'suspended',
  frozen: 'frozen',
  note: undefined,
};

/** Picks the text for a language, falling back to English. */
export function localize(text: Localized | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text.en;
}

/** Events that may be presented as fact, in date order. */
function verifiedEvents(state: StateRecord): MembershipEvent[] {
  return state.membership
    .filter((e) => e.verified !== false)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A state's status on `date`, derived from its verified membership events. */
export function statusOn(state: StateRecord, date: IsoDate): StatusOnDate {
  let result: StatusOnDate = { status: 'none' };
  for (const event of verifiedEvents(state)) {
    if (event.date > date) break;
    const status = STATUS_OF_EVENT[event.type];
    if (status) result = { status, event };
  }
  return result;
}

/** True for the statuses in which a state counts as a member (participation frozen included). */
export function isMemberStatus(status: MembershipStatus): boolean {
  return status === 'member' || status === 'frozen';
}

/** States that are members on `date`. */
export function membersOn(states: readonly StateRecord[], date: IsoDate): StateRecord[] {
  return states.filter((s) => isMemberStatus(statusOn(s, date).status));
}

/** States that were parties once but are not members on `date` (left or suspended). */
export function formerOn(states: readonly StateRecord[], date: IsoDate): StateRecord[] {
  return states.filter((s) => {
    const { status } = statusOn(s, date);
    return status === 'left' || status === 'suspended';
  });
}

/** The first day a state became a party. */
export function joinedOn(state: StateRecord): MembershipEvent | undefined {
  return verifiedEvents(state).find((e) => e.type === 'signed' || e.type === 'acceded');
}

/** The state chairing the Organization on `date`. */
export function chairOn(states: readonly StateRecord[], date: IsoDate): StateRecord | undefined {
  return states.find((s) =>
    s.chairmanships.some((p) => p.verified !== false && inPeriod(date, p.from, p.to)),
  );
}

/** The role a person held on `date`, optionally of one kind. Roles without dates never match. */
export function roleOn(
  person: PersonRecord,
  date: IsoDate,
  kind?: RoleRecord['kind'],
): RoleRecord | undefined {
  return person.roles.find(
    (r) =>
      (kind === undefined || r.kind === kind) &&
      r.verified !== false &&
      (r.from !== undefined || r.to !== undefined) &&
      inPeriod(date, r.from, r.to),
  );
}

/** The Secretary General (acting included) on `date`. */
export function secretaryGeneralOn(
  people: readonly PersonRecord[],
  date: IsoDate,
): { person: PersonRecord; role: RoleRecord } | undefined {
  for (const person of people) {
    const role = roleOn(person, date, 'secretary-general');
    if (role) return { person, role };
  }
  return undefined;
}

const byDateDesc = <T extends { date: IsoDate }>(a: T, b: T) =>
  a.date < b.date ? 1 : a.date > b.date ? -1 : 0;

/**
 * Finds a session by id, by date, or `latest`: the most recent session held on or before `asOf`.
 * A planned session is never the latest.
 */
export function findSession(
  sessions: readonly SessionRecord[],
  ref: string,
  asOf: IsoDate,
): SessionRecord | undefined {
  if (ref === 'latest') {
    return sessions.filter((s) => s.status === 'held' && s.date <= asOf).sort(byDateDesc)[0];
  }
  if (isIsoDate(ref)) return sessions.find((s) => s.date === ref);
  return sessions.find((s) => s.id === ref);
}

/** The next session planned after `asOf`, if one is announced. */
export function nextPlannedSession(
  sessions: readonly SessionRecord[],
  asOf: IsoDate,
): SessionRecord | undefined {
  return sessions
    .filter((s) => s.status === 'planned' && s.date > asOf)
    .sort((a, b) => byDateDesc(b, a))[0];
}

export interface QuoteQuery {
  quote?: string | null;
  speaker?: string | null;
  topic?: string | null;
}

/** Quotes by a person named by id or any alias, newest first. */
export function quotesBySpeaker(
  data: Pick<Dataset, 'quotes' | 'people'>,
  speaker: string,
): QuoteRecord[] {
  const person = resolvePerson(data.people, speaker);
  if (!person) return [];
  return data.quotes.filter((q) => q.speaker === person.id).sort(byDateDesc);
}

/** Quotes tagged with a topic (case-insensitive), newest first. */
export function quotesByTopic(quotes: readonly QuoteRecord[], topic: string): QuoteRecord[] {
  const wanted = topic.trim().toLowerCase();
  return quotes.filter((q) => q.topics.includes(wanted)).sort(byDateDesc);
}

/**
 * The quote an element asks for: by id; else the most recent by `speaker`, narrowed by `topic`
 * when given; else the most recent on `topic`.
 */
export function findQuote(
  data: Pick<Dataset, 'quotes' | 'people'>,
  query: QuoteQuery,
): QuoteRecord | undefined {
  if (query.quote) return data.quotes.find((q) => q.id === query.quote);
  const topic = query.topic?.trim().toLowerCase();
  if (query.speaker) {
    const own = quotesBySpeaker(data, query.speaker);
    return topic ? own.find((q) => q.topics.includes(topic)) : own[0];
  }
  if (topic) return quotesByTopic(data.quotes, topic)[0];
  return undefined;
}

/** An article of a document by number. */
export function findArticle(
  documents: readonly DocumentRecord[],
  documentId: string,
  number: number,
): { document: DocumentRecord; article: ArticleRecord } | undefined {
  const document = documents.find((d) => d.id === documentId);
  const article = document?.articles?.find((a) => a.number === number);
  return document && article ? { document, article } : undefined;
}

/** The article numbers a document holds, ascending. */
export function articleNumbers(document: DocumentRecord): number[] {
  return (document.articles ?? []).map((a) => a.number).sort((a, b) => a - b);
}

/** Looks a record up by id. */
export function byId<T extends { id: string }>(
  records: readonly T[] | undefined,
  id: string | undefined,
): T | undefined {
  return id === undefined ? undefined : records?.find((r) => r.id === id);
}

/**
 * The text blocks of an article to show: every verbatim block, and of each run of one summary
 * written in several languages, the one in the reader's language (else English).
 */
export function choosePassages(blocks: readonly TextBlock[], lang: Lang): TextBlock[] {
  const chosen: TextBlock[] = [];
  let group: TextBlock[] = [];
  const flush = () => {
    const best = group.find((b) => b.lang === lang) ?? group.find((b) => b.lang === 'en');
    if (group.length) chosen.push(best ?? group[0]!);
    group = [];
  };
  for (const block of blocks) {
    if (block.kind !== 'summary') {
      flush();
      chosen.push(block);
      continue;
    }
    const sameSummary =
      group.length > 0 &&
      group[0]!.source === block.source &&
      group.every((b) => b.lang !== block.lang);
    if (!sameSummary) flush();
    group.push(block);
  }
  flush();
  return chosen;
}
