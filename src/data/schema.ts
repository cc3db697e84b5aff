import * as v from 'valibot';
import { LANGS } from '../locales/index.js';
import { isIsoDate } from './dates.js';
import type { CollectionName, Dataset } from './types.js';

/**
 * Runtime schema of the dataset. The bundled files are checked against it in the tests; publisher
 * files are checked in the browser when a provider loads them, and by `cst-elements validate`.
 * `npm run build` also writes it out as JSON Schema (`cst-elements/schema.json`).
 *
 * The schema says what it needs to be explained: each format carries its description, and each
 * field that holds the id of another record says which collection with `ref()`. The checks that
 * go beyond the shape of one value (ids used twice, ids that point at nothing) and the wording of
 * problems walk it (`fields.ts`), rather than a list of fields of their own.
 */

/** Longest string accepted; guards layout and memory against hostile files. */
const MAX_TEXT = 20_000;

/** What an id refers to: a collection, or the amendments of the same document. */
export type Target = CollectionName | 'amendments';

/** A format of the schema, for the suggestions a message can make. */
export type Format =
  'id' | 'state-id' | 'iso2' | 'iso3' | 'iso-numeric' | 'date' | 'version' | 'url';

/** A record of each target, in words. */
export const NOUNS: Readonly<Record<Target, string>> = {
  sources: 'source',
  states: 'state',
  people: 'person',
  sessions: 'session',
  documents: 'document',
  quotes: 'quote',
  events: 'event',
  amendments: 'amendment',
};

/** What a field of the schema says of itself besides its shape (valibot metadata). */
export interface FieldMeta {
  format?: Format;
  /** The collection whose id the field holds. */
  ref?: Target;
}

/** A string of a format, described in words for messages and for the JSON Schema. */
const formatted = (format: Format, pattern: RegExp, description: string) =>
  v.pipe(
    v.string(),
    v.regex(pattern),
    v.description(description),
    v.metadata({ format } satisfies FieldMeta),
  );

const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const id = v.pipe(
  formatted('id', /^[a-z0-9][a-z0-9-]*$/, 'an id of a-z, 0-9 and - (at most 120 characters)'),
  v.maxLength(120),
);
const stateId = formatted(
  'state-id',
  /^[a-z]{2}$/,
  'a state id: its ISO alpha-2 code in lower case, such as "kz"',
);
const date = v.pipe(
  formatted('date', /^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
  v.check((s: string) => isIsoDate(s), 'Expected a date written YYYY-MM-DD'),
);

/**
 * The id of a record of `target`, in the same file or in the bundled data (for `amendments`, one of
 * the same document's). Written with the format of that collection's ids.
 */
export const ref = (target: Target, format: typeof id | typeof stateId = id) =>
  v.pipe(format, v.metadata({ ref: target } satisfies FieldMeta));

const lang = v.picklist(LANGS);
/** A text in English, and optionally in each other language. */
const localized = v.object({
  en: text,
  ...(Object.fromEntries(LANGS.slice(1).map((l) => [l, v.optional(text)])) as Record<
    Exclude<(typeof LANGS)[number], 'en'>,
    v.OptionalSchema<typeof text, undefined>
  >),
});
const sourceIds = v.pipe(v.array(ref('sources')), v.minLength(1));
/** A sentence in the project's words, with the sources that hold it. */
const sourcedText = v.object({ ...localized.entries, sources: v.optional(sourceIds) });
const verified = v.optional(v.boolean());
/** Why a fact is unverified, or how an inferred part of it was established. */
const verification = v.optional(localized);
const precision = v.optional(v.picklist(['month', 'year']));

const MetaSchema = v.object({
  version: formatted('version', /^\d+\.\d+\.\d+/, 'a version number such as "1.0.0"'),
  asOf: date,
  note: v.optional(localized),
  organization: v.optional(
    v.object({ headquarters: localized, workingLanguage: localized, sources: sourceIds }),
  ),
});

const SourceSchema = v.object({
  id,
  kind: v.picklist(['seed', 'web', 'book', 'compilation']),
  title: text,
  publisher: v.nullable(text),
  date: v.nullable(date),
  lang,
  url: v.optional(v.pipe(formatted('url', /^https?:\/\//i, 'an http(s) address'), v.url())),
  file: v.optional(text),
  dateInferred: v.optional(v.boolean()),
  descriptive: v.optional(v.boolean()),
  note: v.optional(text),
});

const MembershipEventSchema = v.object({
  date,
  type: v.picklist([
    'signed',
    'acceded',
    'extension-signed',
    'left',
    'founding-member',
    'restored',
    'suspended',
    'frozen',
    'note',
  ]),
  scope: v.optional(v.picklist(['treaty', 'organization'])),
  inForce: v.optional(date),
  title: v.optional(localized),
  summary: v.optional(localized),
  note: v.optional(localized),
  caveat: v.optional(localized),
  sources: sourceIds,
  verified,
  verification,
});

const StateSchema = v.object({
  id: stateId,
  iso2: formatted('iso2', /^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in capitals, such as "KZ"'),
  iso3: formatted('iso3', /^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code in capitals, such as "KAZ"'),
  isoNumeric: formatted(
    'iso-numeric',
    /^\d{3}$/,
    'an ISO 3166-1 numeric code of three digits, such as "398"',
  ),
  name: localized,
  aliases: v.optional(v.array(text)),
  capital: localized,
  capitals: v.optional(
    v.array(
      v.object({
        name: localized,
        from: v.optional(date),
        fromPrecision: precision,
        to: v.optional(date),
        toPrecision: precision,
        sources: sourceIds,
      }),
    ),
  ),
  grammar: v.optional(
    v.object({
      ru: v.optional(
        v.object({
          gender: v.picklist(['masculine', 'feminine', 'neuter']),
          genitive: text,
          dative: text,
        }),
      ),
    }),
  ),
  membership: v.array(MembershipEventSchema),
  chairmanships: v.array(
    v.object({ from: date, to: v.optional(date), sources: sourceIds, verified, verification }),
  ),
  sources: sourceIds,
});

const RoleSchema = v.object({
  kind: v.picklist(['head-of-state', 'head-of-government', 'secretary-general', 'official']),
  title: localized,
  rank: v.optional(localized),
  state: v.optional(ref('states')),
  from: v.optional(date),
  fromPrecision: precision,
  to: v.optional(date),
  attested: v.optional(date),
  acting: v.optional(v.boolean()),
  sources: sourceIds,
  verified,
  verification,
});

const PersonSchema = v.object({
  id,
  name: localized,
  aliases: v.array(text),
  state: v.optional(ref('states')),
  roles: v.array(RoleSchema),
  sources: sourceIds,
});

const SessionSchema = v.object({
  id,
  date,
  status: v.picklist(['held', 'planned']),
  statusAsOf: v.optional(date),
  kind: v.picklist(['regular', 'extraordinary', 'jubilee']),
  format: v.optional(v.picklist(['in-person', 'videoconference', 'consultations'])),
  place: v.optional(
    v.object({ city: localized, venue: v.optional(localized), state: ref('states') }),
  ),
  occasion: v.optional(localized),
  notes: v.array(sourcedText),
  chair: v.optional(
    v.object({
      state: v.optional(ref('states')),
      person: v.optional(ref('people')),
      verified,
      verification,
    }),
  ),
  attendees: v.array(
    v.object({
      person: ref('people'),
      title: localized,
      state: v.optional(ref('states')),
      role: v.picklist(['head', 'secretary-general', 'guest']),
    }),
  ),
  absent: v.array(ref('states')),
  documents: v.object({
    count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    countVerified: v.optional(v.boolean()),
    items: v.array(v.object({ title: localized, document: v.optional(ref('documents')) })),
  }),
  handover: v.optional(
    v.object({ from: v.optional(ref('states')), to: ref('states'), date: v.optional(date) }),
  ),
  sources: sourceIds,
});

const TextBlockSchema = v.object({
  kind: v.picklist(['verbatim', 'summary']),
  lang,
  text,
  source: ref('sources'),
  translation: v.optional(v.boolean()),
  asSigned: v.optional(v.boolean()),
  verified,
  verification,
});

const DocumentSchema = v.object({
  id,
  kind: v.picklist(['treaty', 'charter', 'declaration', 'statement']),
  title: localized,
  date,
  dateSources: v.optional(sourceIds),
  place: v.optional(localized),
  inForce: v.optional(date),
  inForceSources: v.optional(sourceIds),
  session: v.optional(ref('sessions')),
  articleCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  articles: v.optional(
    v.array(
      v.object({
        number: v.pipe(v.number(), v.integer(), v.minValue(1)),
        title: v.optional(localized),
        blocks: v.pipe(v.array(TextBlockSchema), v.minLength(1)),
        amendedBy: v.optional(v.array(ref('amendments'))),
      }),
    ),
  ),
  body: v.optional(v.array(TextBlockSchema)),
  partial: v.optional(v.boolean()),
  summary: v.optional(v.array(sourcedText)),
  registration: v.optional(
    v.object({ number: v.pipe(v.string(), v.maxLength(40)), sources: sourceIds }),
  ),
  signatories: v.optional(
    v.array(v.object({ person: ref('people'), title: localized, state: ref('states') })),
  ),
  amendments: v.optional(
    v.array(
      v.object({
        id,
        title: localized,
        descriptive: v.optional(v.boolean()),
        signed: date,
        inForce: v.optional(date),
        place: v.optional(localized),
        sources: sourceIds,
        verified,
        verification,
      }),
    ),
  ),
  sources: sourceIds,
});

const QuoteSchema = v.object({
  id,
  text: v.pipe(text, v.minLength(1)),
  lang,
  translation: v.optional(v.boolean()),
  speaker: v.optional(ref('people')),
  author: v.optional(localized),
  title: v.optional(localized),
  date,
  session: v.optional(ref('sessions')),
  event: v.optional(localized),
  context: v.optional(localized),
  document: v.optional(ref('documents')),
  topics: v.array(v.pipe(v.string(), v.maxLength(60))),
  source: ref('sources'),
  sources: sourceIds,
});

const EventSchema = v.object({
  id,
  date,
  kind: v.picklist(['treaty', 'membership', 'sessions', 'documents', 'operations']),
  title: localized,
  summary: localized,
  states: v.array(ref('states', stateId)),
  chair: v.optional(ref('states', stateId)),
  sources: sourceIds,
  verified,
  verification,
});

const collections = {
  sources: v.array(SourceSchema),
  states: v.array(StateSchema),
  people: v.array(PersonSchema),
  sessions: v.array(SessionSchema),
  documents: v.array(DocumentSchema),
  quotes: v.array(QuoteSchema),
  events: v.array(EventSchema),
};

/** The whole dataset, as the package bundles it. */
export const DatasetSchema = v.object({ meta: MetaSchema, ...collections });

/** What a publisher may supply through `<cst-provider src>`: any subset of the collections. */
export const PartialDatasetSchema = v.object({
  meta: v.optional(v.partial(MetaSchema)),
  sources: v.optional(collections.sources),
  states: v.optional(collections.states),
  people: v.optional(collections.people),
  sessions: v.optional(collections.sessions),
  documents: v.optional(collections.documents),
  quotes: v.optional(collections.quotes),
  events: v.optional(collections.events),
});

// Keeps the schema and the hand-written types in step: compilation fails when they drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<v.InferOutput<typeof DatasetSchema>, Dataset> = true;
void schemaMatchesTypes;

/** A readable list of the first schema problems, e.g. `quotes.3.date: Expected a date …`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], max = 3): string {
  return issues
    .slice(0, max)
    .map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`)
    .join('; ');
}
