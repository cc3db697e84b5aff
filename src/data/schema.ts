import * as v from 'valibot';
import { isIsoDate } from './dates.js';
import type { Dataset } from './types.js';

/**
 * Runtime schema of the dataset. The bundled files are checked against it in the tests; publisher
 * files are checked in the browser when a provider loads them. `npm run build` also writes it out as
 * JSON Schema (`cst-elements/schema.json`).
 */

/** Longest string accepted; guards layout and memory against hostile files. */
const MAX_TEXT = 20_000;

const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/), v.maxLength(120));
const date = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/),
  v.check((s: string) => isIsoDate(s), 'Expected a date written YYYY-MM-DD'),
);
const lang = v.picklist(['en', 'ru']);
const localized = v.object({ en: text, ru: text });
const sourceIds = v.pipe(v.array(id), v.minLength(1));
const verified = v.optional(v.boolean());
/** Why a fact is unverified, or how an inferred part of it was established. */
const verification = v.optional(localized);
const precision = v.optional(v.picklist(['month', 'year']));

const MetaSchema = v.object({
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+/)),
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
  shortTitle: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(80))),
  publisher: v.nullable(text),
  date: v.nullable(date),
  lang,
  url: v.optional(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i))),
  file: v.optional(text),
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
  note: v.optional(localized),
  caveat: v.optional(localized),
  sources: sourceIds,
  verified,
  verification,
});

const StateSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z]{2}$/)),
  iso2: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
  iso3: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  isoNumeric: v.pipe(v.string(), v.regex(/^\d{3}$/)),
  name: localized,
  aliases: v.optional(v.array(text)),
  capital: localized,
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
  state: v.optional(id),
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
  state: v.optional(id),
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
  place: v.optional(v.object({ city: localized, venue: v.optional(localized), state: id })),
  occasion: v.optional(localized),
  notes: v.array(localized),
  chair: v.optional(
    v.object({ state: v.optional(id), person: v.optional(id), verified, verification }),
  ),
  attendees: v.array(
    v.object({
      person: id,
      title: localized,
      state: v.optional(id),
      role: v.picklist(['head', 'secretary-general', 'guest']),
    }),
  ),
  absent: v.array(id),
  documents: v.object({
    count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    countVerified: v.optional(v.boolean()),
    items: v.array(v.object({ title: localized, document: v.optional(id) })),
  }),
  handover: v.optional(v.object({ from: v.optional(id), to: id, date: v.optional(date) })),
  sources: sourceIds,
});

const TextBlockSchema = v.object({
  kind: v.picklist(['verbatim', 'summary']),
  lang,
  text,
  source: id,
  translation: v.optional(v.boolean()),
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
  session: v.optional(id),
  articleCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  articles: v.optional(
    v.array(
      v.object({
        number: v.pipe(v.number(), v.integer(), v.minValue(1)),
        title: v.optional(localized),
        blocks: v.pipe(v.array(TextBlockSchema), v.minLength(1)),
        amendedBy: v.optional(v.array(id)),
      }),
    ),
  ),
  body: v.optional(v.array(TextBlockSchema)),
  partial: v.optional(v.boolean()),
  signatories: v.optional(v.array(v.object({ person: id, title: localized, state: id }))),
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
  speaker: v.optional(id),
  author: v.optional(localized),
  title: v.optional(localized),
  date,
  session: v.optional(id),
  event: v.optional(localized),
  document: v.optional(id),
  topics: v.array(v.pipe(v.string(), v.maxLength(60))),
  source: id,
  sources: sourceIds,
});

const EventSchema = v.object({
  id,
  date,
  kind: v.picklist(['treaty', 'membership', 'sessions', 'documents', 'operations']),
  title: localized,
  summary: localized,
  states: v.array(v.pipe(v.string(), v.regex(/^[a-z]{2}$/))),
  sources: sourceIds,
  key: v.optional(v.boolean()),
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
