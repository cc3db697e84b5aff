/**
 * The shape of the CSTO dataset. `data/*.json` holds one file per collection; the runtime schema in
 * `schema.ts` mirrors these types and is checked against the bundled files in the tests.
 */

import type { Lang } from '../locales/index.js';

/** UI and data languages the library ships (one folder each in src/locales/). */
export type { Lang };

/**
 * A calendar date `YYYY-MM-DD`. Partial dates are not written as such: where only the month or the
 * year is known, the date is the first day of that month or year and a `…Precision` field beside it
 * says so (`fromPrecision: 'month'`). Unknown days otherwise stay out of the data.
 */
export type IsoDate = string;

/** How much of a date is known, when not the whole day. */
export type DatePrecision = 'month' | 'year';

/**
 * A text in English and, optionally, in the other languages (the bundled data has Russian for
 * every text; a language without its own text falls back as src/locales/ says).
 */
export type Localized = { en: string } & { [L in Exclude<Lang, 'en'>]?: string };

/** Id of a record in `sources`. */
export type SourceId = string;

/** Standing facts about the Organization itself (not about a date). */
export interface OrganizationFacts {
  /** Seat of the Secretariat. */
  headquarters: Localized;
  workingLanguage: Localized;
  sources: SourceId[];
}

export interface DatasetMeta {
  /** Semantic version of the data, bumped whenever a fact changes. */
  version: string;
  /**
   * The latest date the data is known to be true for: the day of the latest dated evidence it
   * holds. Time-sensitive views default to it; what is only scheduled after it stays scheduled.
   */
  asOf: IsoDate;
  /** Short note on what `asOf` covers: what had happened by then and what was only scheduled. */
  note?: Localized;
  /**
   * Headquarters and working language. They sit in `meta` because they describe the dataset's
   * subject as a whole, hold for every date the data covers, and are not records with ids that a
   * collection would list or a publisher would merge by id.
   */
  organization?: OrganizationFacts;
}

export interface SourceRecord {
  id: SourceId;
  /**
   * `seed` is one of the project's source documents; `web` an address cited in the facts file;
   * `book` a printed reference; `compilation` the project's own facts file, cited only for a fact
   * it records without the address it came from (such a fact is carried with `verified: false`).
   */
  kind: 'seed' | 'web' | 'book' | 'compilation';
  title: string;
  /**
   * What a line of notes calls the source, with its date, where its publisher does not read well
   * there (`Kremlin` for "President of Russia (Kremlin)"); else the publisher names it.
   */
  shortTitle?: string;
  /** `null` when the document prints no publisher. */
  publisher: string | null;
  /** Publication date; `null` when the document prints none. */
  date: IsoDate | null;
  lang: Lang;
  url?: string;
  /** File name of a seed document. */
  file?: string;
  /**
   * `date` is not printed in the document: it is inferred from what the text reports (the day of
   * the event it covers), and a citation says so.
   */
  dateInferred?: boolean;
  /**
   * `title` is a description in the project's words: the item prints no headline of its own (a
   * short item in a news listing).
   */
  descriptive?: boolean;
  /** What the source contributes, in the project's words. */
  note?: string;
}

/**
 * `verified: false` with a `verification` note: the fact is not established and is never shown as
 * fact. A `verification` note without `verified: false`: the fact stands, but part of it (usually a
 * date) is inferred, and the note says how.
 */
export interface Verifiable {
  verified?: boolean;
  verification?: Localized;
}

/**
 * What a membership event is about. A state became a **party to the Treaty** by signing it
 * (1992-05-15) or acceding (1993), could sign the 1999 extension protocol, and ceased to be a party
 * when it did not (1999-04-20). The **Organization** was founded in 2002: its members are the states
 * that founded it (`founding-member`), joined it later or had their membership restored (Uzbekistan
 * 2006); its Council suspends membership (Uzbekistan 2012); a member may freeze its participation
 * (Armenia 2024).
 */
export type MembershipScope = 'treaty' | 'organization';

/**
 * One dated fact of a state's relation to the Treaty or the Organization. Status at a date is
 * derived from these (`statusOn`, `standingOn` in `queries/states.ts`).
 */
export interface MembershipEvent extends Verifiable {
  date: IsoDate;
  /**
   * Treaty (`scope: 'treaty'`): `signed` / `acceded`: becomes a party; `extension-signed`: signs the
   * 1999 protocol extending the Treaty (no change of status); `left`: ceases to be a party.
   *
   * Organization (`scope: 'organization'`): `founding-member`: a founder of the Organization. Its
   * date is the Charter's signature, 2002-10-07, not the decision of 2002-05-14: the decision only
   * resolved to create the Organization, while the Charter is the act that establishes it (its
   * Article 1) and the founders are the states that signed it; the Charter's entry into force
   * (2003-09-18) is an event of the Charter's own. `restored`: membership restored (Uzbekistan,
   * 2006); `suspended`: membership suspended by the Council; `frozen`: the state froze its
   * participation (still a member).
   *
   * Either: `note`: a dated step that changes no status (a budget stopped, a statement on
   * membership); with a `title` readers see it on the timeline and in the member list.
   */
  type:
    | 'signed'
    | 'acceded'
    | 'extension-signed'
    | 'left'
    | 'founding-member'
    | 'restored'
    | 'suspended'
    | 'frozen'
    | 'note';
  /**
   * Whether the event concerns the Treaty or the Organization. Every bundled event says it; when a
   * publisher's event leaves it out, `scopeOf` derives it from `type`.
   */
  scope?: MembershipScope;
  /**
   * For `signed` and `acceded`: the day the Treaty took effect for the state, when later than
   * `date` (the Treaty entered into force on 1994-04-20). Until then the state had signed or
   * acceded but was not yet a party.
   */
  inForce?: IsoDate;
  /** A short reader title for a `note` event, in the project's words. */
  title?: Localized;
  /** One or two sentences a reader sees with a titled `note` event, in the project's words. */
  summary?: Localized;
  /** Maintainers' note: context and reasoning. Not shown in the member list. */
  note?: Localized;
  /**
   * What a reader must know to read the event right (an uncertain date, a status disputed in
   * practice), short and in the project's words. The member list keeps it.
   */
  caveat?: Localized;
  sources: SourceId[];
}

/**
 * A capital for a stretch of time, as a source holds it. `from` and `to` are absent where the
 * source does not date them; with `…Precision: 'month'` only the month is known, so days inside
 * that month are not claimed for either side of the change.
 */
export interface CapitalPeriod {
  name: Localized;
  from?: IsoDate;
  fromPrecision?: DatePrecision;
  /** Exclusive end. */
  to?: IsoDate;
  toPrecision?: DatePrecision;
  sources: SourceId[];
}

/**
 * How a state's Russian name declines and agrees, so that sentences can be written around it
 * («председательство перешло от Кыргызстана к России», «не участвовала: Армения»).
 */
export interface StateGrammar {
  gender: 'masculine' | 'feminine' | 'neuter';
  /** Родительный падеж: «Армении». */
  genitive: string;
  /** Дательный падеж: «Армении». */
  dative: string;
}

export interface ChairPeriod extends Verifiable {
  from: IsoDate;
  /** Exclusive end; absent while the period is open. */
  to?: IsoDate;
  sources: SourceId[];
}

export interface StateRecord {
  /** Lower-case ISO 3166-1 alpha-2 code, e.g. `am`. */
  id: string;
  iso2: string;
  iso3: string;
  isoNumeric: string;
  name: Localized;
  /**
   * Other names found in the sources or in common use (`Kirghizia`, «Киргизия», `Kyrgyz Republic`),
   * matched case- and diacritic-insensitively by `resolveState`, like people's aliases.
   */
  aliases?: string[];
  /** The capital today (the data's date), as `mledoze-countries` gives it. */
  capital: Localized;
  /**
   * Capitals by date, where a source dates them (Kazakhstan's moved and was renamed). A view of a
   * past date shows a capital only from here; `capital` alone holds for the data's own date.
   */
  capitals?: CapitalPeriod[];
  /** Case forms and gender of the Russian name. */
  grammar?: { ru?: StateGrammar };
  /** Events in date order. */
  membership: MembershipEvent[];
  /** Periods in which this state chaired the Organization. */
  chairmanships: ChairPeriod[];
  sources: SourceId[];
}

export interface RoleRecord extends Verifiable {
  kind: 'head-of-state' | 'head-of-government' | 'secretary-general' | 'official';
  title: Localized;
  /** Military or diplomatic rank held in the role, as the sources give it. */
  rank?: Localized;
  state?: string;
  from?: IsoDate;
  /** Set when only the month or year of `from` is known. */
  fromPrecision?: DatePrecision;
  /** Exclusive end; absent while open or unknown. */
  to?: IsoDate;
  /**
   * A day on which a cited source shows the person in this role, for roles whose start and end are
   * not known (a press secretary signing a report, a deputy at a meeting).
   */
  attested?: IsoDate;
  acting?: boolean;
  sources: SourceId[];
}

export interface PersonRecord {
  /** Stable lower-case id, usually the surname: `tokayev`. */
  id: string;
  name: Localized;
  /** Other spellings found in the sources, matched case- and diacritic-insensitively. */
  aliases: string[];
  state?: string;
  roles: RoleRecord[];
  sources: SourceId[];
}

export interface Attendee {
  person: string;
  /** Title as the source gives it for that day. */
  title: Localized;
  state?: string;
  role: 'head' | 'secretary-general' | 'guest';
}

/**
 * A sentence in the project's words, in English and Russian, with the sources that hold it (a
 * part of its record's own `sources`): a session's note, a theme of a document's summary.
 */
export interface SourcedText extends Localized {
  sources?: SourceId[];
}

export interface AdoptedDocument {
  title: Localized;
  /** Id in `documents` when the dataset holds its text. */
  document?: string;
}

export interface SessionRecord {
  /** `csc-YYYY-MM-DD`. */
  id: string;
  date: IsoDate;
  /** A planned session is never presented as held. */
  status: 'held' | 'planned';
  /**
   * For a planned session: the latest date the data knows it to be planned, the date of the latest
   * source that announced it (no later than the data's `asOf`). Once a reader's clock passes
   * `date`, the data simply has no later record; it never says the session did not take place.
   */
  statusAsOf?: IsoDate;
  kind: 'regular' | 'extraordinary' | 'jubilee';
  /** Absent when the sources do not say how the session met. */
  format?: 'in-person' | 'videoconference' | 'consultations';
  /** Where it met; absent for videoconferences and consultations. */
  place?: { city: Localized; venue?: Localized; state: string };
  occasion?: Localized;
  /** Summaries of notable facts, in the project's words, each with its sources. */
  notes: SourcedText[];
  /** Who chaired the sitting; `verified: false` when the sources do not say (never shown as fact). */
  chair?: { state?: string; person?: string } & Verifiable;
  attendees: Attendee[];
  /** Member states whose head did not take part. */
  absent: string[];
  documents: {
    /** Total number of documents adopted, when a source gives it. */
    count?: number;
    countVerified?: boolean;
    items: AdoptedDocument[];
  };
  handover?: { from?: string; to: string; date?: IsoDate };
  sources: SourceId[];
}

/** A block of text with its provenance. */
export interface TextBlock extends Verifiable {
  kind: 'verbatim' | 'summary';
  lang: Lang;
  text: string;
  source: SourceId;
  /** A verbatim English rendering of a text whose original is in another language. */
  translation?: boolean;
  /**
   * The wording as the document was signed, before the amendments of its article (`amendedBy`):
   * not the text in force since.
   */
  asSigned?: boolean;
}

export interface ArticleRecord {
  number: number;
  title?: Localized;
  blocks: TextBlock[];
  /** Ids of `amendments` that changed this article. */
  amendedBy?: string[];
}

export interface Amendment extends Verifiable {
  id: string;
  /**
   * The protocol's name: its official title where a source gives it, else a plain description
   * (`descriptive: true`), which elements must not present as the official title.
   */
  title: Localized;
  descriptive?: boolean;
  signed: IsoDate;
  inForce?: IsoDate;
  place?: Localized;
  sources: SourceId[];
}

export interface Signatory {
  person: string;
  title: Localized;
  state: string;
}

export interface DocumentRecord {
  /** `treaty`, `charter`, `declaration-2020`, `statement-2020`, `statement-2022`. */
  id: string;
  kind: 'treaty' | 'charter' | 'declaration' | 'statement';
  title: Localized;
  /** Signed or adopted. */
  date: IsoDate;
  /** Sources that hold `date`, when not all of `sources` do (the timeline cites these). */
  dateSources?: SourceId[];
  place?: Localized;
  inForce?: IsoDate;
  /** Sources that hold `inForce`. */
  inForceSources?: SourceId[];
  /** Session that adopted it. */
  session?: string;
  /** Number of articles the whole document has (the dataset may hold fewer). */
  articleCount?: number;
  articles?: ArticleRecord[];
  /** Body of documents that are not split into articles. */
  body?: TextBlock[];
  /** `true` when `body` holds only part of the document. */
  partial?: boolean;
  /**
   * The document's main themes in the project's words, each in English and Russian with the
   * sources that hold it, shown labelled as a summary.
   */
  summary?: SourcedText[];
  /** Registration with the UN Secretariat: the number in the United Nations Treaty Series. */
  registration?: { number: string; sources: SourceId[] };
  signatories?: Signatory[];
  amendments?: Amendment[];
  sources: SourceId[];
}

export interface QuoteRecord {
  id: string;
  /** The words exactly as the source prints them. */
  text: string;
  lang: Lang;
  /** The source prints an English rendering of words said or written in Russian. */
  translation?: boolean;
  /** Person id; absent when the words are a Council document's. */
  speaker?: string;
  /** Author when there is no person: e.g. the Collective Security Council. */
  author?: Localized;
  /** Speaker's title at the time, as the source gives it. */
  title?: Localized;
  date: IsoDate;
  /** Session id the words belong to. */
  session?: string;
  /** The occasion, in a few words (so a quote needs no session list to name it). */
  event?: Localized;
  /**
   * What the words are about, when the quote alone would mislead: a phrase that follows the
   * speaker's title ("on the tension on the Armenian–Azerbaijani border").
   */
  context?: Localized;
  /** Document id when the words are a document's. */
  document?: string;
  topics: string[];
  source: SourceId;
  sources: SourceId[];
}

/** What a timeline entry is about (the `kinds` a timeline filters on). */
export type EventKind = 'treaty' | 'membership' | 'sessions' | 'documents' | 'operations';

/**
 * A dated event that no other record holds: the founding decision of 2002, observer status at the
 * UN, a deployment, consultations. Events that other records hold (a state's membership events, a
 * session, a document's signature or entry into force, an amendment) are derived from those by
 * `timelineEvents` and are not repeated here.
 */
export interface EventRecord extends Verifiable {
  id: string;
  date: IsoDate;
  kind: EventKind;
  /** A few words naming the event, in the project's words. */
  title: Localized;
  /** One or two sentences in the project's words. */
  summary: Localized;
  /** Ids of the states involved; empty when the event is the Organization's own. */
  states: string[];
  /** The state that chaired it, when the source names only the chair (not who took part). */
  chair?: string;
  /** Sources that hold the event and its date. */
  sources: SourceId[];
  /** A turning point: a timeline emphasises it and keeps it in view when collapsed. */
  key?: boolean;
}

export interface Dataset {
  meta: DatasetMeta;
  sources: SourceRecord[];
  states: StateRecord[];
  people: PersonRecord[];
  sessions: SessionRecord[];
  documents: DocumentRecord[];
  quotes: QuoteRecord[];
  events: EventRecord[];
}

export type CollectionName = Exclude<keyof Dataset, 'meta'>;

/** What a publisher may supply: any subset of the collections. */
export type PartialDataset = Partial<Dataset>;
