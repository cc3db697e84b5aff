/**
 * The shape of the CSTO dataset. `data/*.json` holds one file per collection; the runtime schema in
 * `schema.ts` mirrors these types and is checked against the bundled files in the tests.
 */

/** UI and data languages the library ships. */
export type Lang = 'en' | 'ru';

/** A calendar date `YYYY-MM-DD`. Partial dates are not used: unknown days stay out of the data. */
export type IsoDate = string;

/** A string in English and Russian. */
export interface Localized {
  en: string;
  ru: string;
}

/** Id of a record in `sources`. */
export type SourceId = string;

export interface DatasetMeta {
  /** Semantic version of the data, bumped whenever a fact changes. */
  version: string;
  /** The date the data is known to be true for; time-sensitive views default to it. */
  asOf: IsoDate;
  /** Short note on what `asOf` covers. */
  note?: Localized;
}

export interface SourceRecord {
  id: SourceId;
  /** `seed` is one of the project's source documents; `web` an address cited in the facts file. */
  kind: 'seed' | 'web' | 'book';
  title: string;
  /** `null` when the document prints no publisher. */
  publisher: string | null;
  /** Publication date; `null` when the document prints none. */
  date: IsoDate | null;
  lang: Lang;
  url?: string;
  /** File name of a seed document. */
  file?: string;
  /** What the source contributes, in the project's words. */
  note?: string;
}

/** One dated fact of a state's relation to the Treaty. Status at a date is derived from these. */
export interface MembershipEvent {
  date: IsoDate;
  /**
   * `signed` / `acceded`: becomes a party; `left`: ceases to be one; `restored`: becomes one again;
   * `suspended`: membership suspended by the Council; `frozen`: the state froze its participation
   * (still a member); `note`: a dated remark that changes no status.
   */
  type: 'signed' | 'acceded' | 'left' | 'restored' | 'suspended' | 'frozen' | 'note';
  note?: Localized;
  sources: SourceId[];
  /** `false` for facts the sources do not confirm; elements never show those as fact. */
  verified?: boolean;
}

export interface ChairPeriod {
  from: IsoDate;
  /** Exclusive end; absent while the period is open. */
  to?: IsoDate;
  sources: SourceId[];
  verified?: boolean;
}

export interface StateRecord {
  /** Lower-case ISO 3166-1 alpha-2 code, e.g. `am`. */
  id: string;
  iso2: string;
  iso3: string;
  isoNumeric: string;
  name: Localized;
  capital: Localized;
  /** Events in date order. */
  membership: MembershipEvent[];
  /** Periods in which this state chaired the Organization. */
  chairmanships: ChairPeriod[];
  sources: SourceId[];
}

export interface RoleRecord {
  kind: 'head-of-state' | 'head-of-government' | 'secretary-general' | 'official';
  title: Localized;
  state?: string;
  from?: IsoDate;
  /** Exclusive end; absent while open or unknown. */
  to?: IsoDate;
  acting?: boolean;
  sources: SourceId[];
  verified?: boolean;
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
  kind: 'regular' | 'extraordinary' | 'jubilee';
  /** Absent when the sources do not say how the session met. */
  format?: 'in-person' | 'videoconference' | 'consultations';
  /** Where it met; absent for videoconferences and consultations. */
  place?: { city: Localized; venue?: Localized; state: string };
  occasion?: Localized;
  /** Summaries of notable facts, in the project's words. */
  notes: Localized[];
  chair?: { state?: string; person?: string; verified?: boolean };
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
export interface TextBlock {
  kind: 'verbatim' | 'summary';
  lang: Lang;
  text: string;
  source: SourceId;
  /** A verbatim English rendering of a text whose original is in another language. */
  translation?: boolean;
  verified?: boolean;
}

export interface ArticleRecord {
  number: number;
  title?: Localized;
  blocks: TextBlock[];
  /** Ids of `amendments` that changed this article. */
  amendedBy?: string[];
}

export interface Amendment {
  id: string;
  title: Localized;
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
  date: IsoDate;
  place?: Localized;
  inForce?: IsoDate;
  /** Session that adopted it. */
  session?: string;
  /** Number of articles the whole document has (the dataset may hold fewer). */
  articleCount?: number;
  articles?: ArticleRecord[];
  /** Body of documents that are not split into articles. */
  body?: TextBlock[];
  /** `true` when `body` holds only part of the document. */
  partial?: boolean;
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
  /** Document id when the words are a document's. */
  document?: string;
  topics: string[];
  source: SourceId;
  sources: SourceId[];
}

export interface Dataset {
  meta: DatasetMeta;
  sources: SourceRecord[];
  states: StateRecord[];
  people: PersonRecord[];
  sessions: SessionRecord[];
  documents: DocumentRecord[];
  quotes: QuoteRecord[];
}

export type CollectionName = Exclude<keyof Dataset, 'meta'>;

/** What a publisher may supply: any subset of the collections. */
export type PartialDataset = Partial<Dataset>;
