// Writes src/data/slim/<element>.json: for each element, the collections it shows, holding only
// the records it can reach (the quotes' speakers, the sessions' people, …) and of those only the
// fields it shows, none of the notes meant for maintainers. The sources are every one the
// element's records mention anywhere, shown or not, so that publisher data can cite them by id.
// A page then downloads only the data its elements can show.
// A quote also has a file of its own, src/data/slim/quotes/<id>.json (the quote, its speaker and
// the source it cites), listed in src/data/slim/quote-files.ts: a quote chosen by id loads
// just that when no publisher data is around.
// Each of these files (a quote's own too) holds its texts in English, and names in every language (a record is looked up
// by any of them); the Russian texts are in <name>.ru.json, by collection and record id, in the
// places they go (src/data/slim/types.ts puts them there), loaded only when an element shows
// Russian; a quote's own file takes them from quote.ru.json.
// `node scripts/slim-data.js --check` fails when a committed file is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const read = (name) => JSON.parse(readFileSync(`data/${name}.json`, 'utf8'));
const data = Object.fromEntries(
  ['meta', 'sources', 'states', 'people', 'sessions', 'documents', 'quotes', 'events'].map((n) => [
    n,
    read(n),
  ]),
);

const meta = { version: data.meta.version, asOf: data.meta.asOf };
const pick = (records, ids) => records.filter((r) => ids.has(r.id));
// A source is shown by its title, short title, publisher, date, address and language; no element
// shows its kind.
const citation = ({ id, title, shortTitle, publisher, date, lang, url }) => ({
  id,
  title,
  shortTitle,
  publisher,
  date,
  lang,
  url,
});
const sourcesOf = (ids) => pick(data.sources, ids).map(citation);

/** Every source id cited anywhere inside the given records. */
function cited(records) {
  const ids = new Set();
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(inner)) inner.forEach((id) => ids.add(id));
        else if (key === 'source' && typeof inner === 'string') ids.add(inner);
        else walk(inner);
      }
    }
  };
  walk(records);
  return ids;
}

const bundles = {};

{
  // Everyone is known by name (so a message can say a person has no quotes); only speakers keep
  // their roles, and of those what gives their title on a date.
  const speakers = new Set(data.quotes.map((q) => q.speaker).filter(Boolean));
  const people = data.people.map(({ id, name, aliases, roles }) => ({
    id,
    name,
    aliases,
    roles: speakers.has(id)
      ? roles.map(({ title, from, to, verified }) => ({ title, from, to, verified }))
      : [],
  }));
  const quotes = data.quotes.map(
    ({ session: _session, document: _document, sources: _sources, ...quote }) => quote,
  );
  bundles.quote = {
    meta,
    quotes,
    people,
    sources: sourcesOf(cited([data.quotes, data.people.filter((p) => speakers.has(p.id))])),
  };
  for (const quote of quotes) {
    bundles[`quotes/${quote.id}`] = {
      quotes: [quote],
      people: people.filter((p) => p.id === quote.speaker),
      sources: sourcesOf(new Set([quote.source])),
    };
  }
}
{
  // The list shows neither the other codes, a state's own sources, its aliases (no attribute of the
  // list names a state), its chairmanships nor maintainers' notes; it keeps the caveats readers
  // need. Its sources are those the events it keeps cite.
  const states = data.states.map(
    ({
      iso3: _iso3,
      isoNumeric: _num,
      aliases: _aliases,
      chairmanships: _chairmanships,
      sources: _sources,
      ...s
    }) => ({
      ...s,
      membership: s.membership.map(({ note: _note, ...event }) => event),
    }),
  );
  const sources = sourcesOf(cited(states));
  bundles['member-list'] = { meta, states, sources };
}
{
  const personIds = new Set(
    data.sessions.flatMap((s) => [...s.attendees.map((a) => a.person), s.chair?.person]),
  );
  const stateIds = new Set(
    data.sessions.flatMap((s) => [
      ...s.attendees.map((a) => a.state),
      ...s.absent,
      s.chair?.state,
      s.place?.state,
      s.handover?.from,
      s.handover?.to,
    ]),
  );
  const people = pick(data.people, personIds);
  const states = pick(data.states, stateIds);
  // The card names people and states (an attendee's title is the session's record of it).
  const named = ({ id, name }) => ({ id, name });
  bundles['summit-card'] = {
    meta,
    sessions: data.sessions,
    people: people.map(named),
    states: states.map(named),
    sources: sourcesOf(cited([data.sessions, people, states])),
  };
}
{
  const withArticles = data.documents.filter((d) => d.articles?.length);
  // The lists of sources of a document, of its dates and of its amendments are not shown.
  const documents = withArticles.map(
    ({
      kind: _kind,
      sources: _sources,
      dateSources: _dateSources,
      inForceSources: _inForceSources,
      amendments,
      ...document
    }) => ({
      ...document,
      ...(amendments && {
        amendments: amendments.map(({ sources: _amendmentSources, ...a }) => a),
      }),
    }),
  );
  const sources = sourcesOf(cited(withArticles));
  bundles['treaty-article'] = { meta, documents, sources };
}

{
  // The timeline words each event from its record: a state's name and spellings (its `state`
  // attribute takes any of them) and membership events, each session's date, kind, place, the
  // states it names and its first note, each document's title, dates and signatories, and the
  // entries of events.json. It shows no capital, person, attendee title or maintainers' note.
  const states = data.states.map(({ id, iso2, iso3, name, aliases, membership }) => ({
    id,
    iso2,
    iso3,
    name,
    ...(aliases && { aliases }),
    membership: membership.map(({ note: _note, ...event }) => event),
  }));
  // A session's attendees are not listed: the states a session involves are its host, its chair
  // and those absent.
  const sessions = data.sessions.map(
    ({ occasion: _o, documents: _d, attendees: _a, chair, place, notes, ...session }) => ({
      ...session,
      ...(place && { place: { city: place.city, state: place.state } }),
      notes: notes.slice(0, 1),
      ...(chair?.state && {
        chair: { state: chair.state, ...(chair.verified === false && { verified: false }) },
      }),
    }),
  );
  const documents = data.documents.map(
    ({ articles: _a, body: _b, articleCount: _c, partial: _p, signatories, amendments, ...d }) => ({
      ...d,
      ...(signatories && { signatories: signatories.map(({ state }) => ({ state })) }),
      ...(amendments && {
        amendments: amendments.map(({ id, title, signed, inForce, place, sources, verified }) => ({
          id,
          title,
          signed,
          inForce,
          place,
          sources,
          verified,
        })),
      }),
    }),
  );
  const records = { states, sessions, documents, events: data.events };
  const sources = sourcesOf(cited(Object.values(records)));
  bundles.timeline = { meta, ...records, sources };
}

/**
 * The least bundle holding each of `parts` (selections of the same records): records by id,
 * objects key by key, arrays item by item, a longer array where one was shortened.
 */
function union(parts) {
  const join = (a, b) => {
    if (a === undefined) return b;
    if (b === undefined) return a;
    if (Array.isArray(a) && Array.isArray(b)) {
      const [long, short] = a.length >= b.length ? [a, b] : [b, a];
      return long.map((item, i) => join(item, short[i]));
    }
    if (a && b && typeof a === 'object' && typeof b === 'object') {
      const out = { ...a };
      for (const [key, value] of Object.entries(b)) out[key] = join(a[key], value);
      return out;
    }
    return a;
  };
  const out = {};
  for (const part of parts) {
    for (const [collection, value] of Object.entries(part)) {
      if (!Array.isArray(value)) {
        out[collection] = value;
        continue;
      }
      const byId = (out[collection] ??= new Map());
      for (const record of value) byId.set(record.id, join(byId.get(record.id), record));
    }
  }
  return Object.fromEntries(
    Object.entries(out).map(([k, v]) => [k, v instanceof Map ? [...v.values()] : v]),
  );
}

// The all-in-one CDN entry holds every element's data once: what they share is not repeated.
bundles.all = union(
  Object.entries(bundles)
    .filter(([name]) => !name.startsWith('quotes/'))
    .map(([, bundle]) => bundle),
);

/** A text in each language: an object of strings keyed by language, English among them. */
const isText = (value) =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  typeof value.en === 'string' &&
  Object.keys(value).every((key) => key === 'en' || key === 'ru');

/**
 * A value without its Russian texts, and those texts in the value's shape: the Russian string where
 * a text was, arrays position by position (0 where an item holds none), objects with only the keys
 * that hold some. Names keep both languages.
 */
function splitTexts(value) {
  if (Array.isArray(value)) {
    const parts = value.map(splitTexts);
    const texts = parts.some(([, t]) => t !== undefined) ? parts.map(([, t]) => t ?? 0) : undefined;
    return [parts.map(([v]) => v), texts];
  }
  if (isText(value)) return value.ru === undefined ? [value] : [{ en: value.en }, value.ru];
  if (value && typeof value === 'object') {
    const english = {};
    const texts = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'name' && isText(inner)) {
        english[key] = inner;
        continue;
      }
      const [v, t] = splitTexts(inner);
      english[key] = v;
      if (t !== undefined) texts[key] = t;
    }
    return [english, Object.keys(texts).length ? texts : undefined];
  }
  return [value];
}

/** A bundle in English, and its Russian texts by collection and record id. */
function splitLanguages(bundle) {
  const english = {};
  const russian = {};
  for (const [collection, records] of Object.entries(bundle)) {
    if (!Array.isArray(records)) {
      english[collection] = records;
      continue;
    }
    english[collection] = records.map((record) => {
      const [v, t] = splitTexts(record);
      if (t !== undefined) (russian[collection] ??= {})[record.id] = t;
      return v;
    });
  }
  return [english, russian];
}

const json = (value) => JSON.stringify(value) + '\n';
const files = {};
for (const [name, bundle] of Object.entries(bundles)) {
  const [english, russian] = splitLanguages(bundle);
  files[`src/data/slim/${name}.json`] = json(english);
  // A quote's own file takes its Russian texts from those of all the quotes.
  if (!name.startsWith('quotes/')) files[`src/data/slim/${name}.ru.json`] = json(russian);
}
const loaders = data.quotes
  .map((q) => `  '${q.id}': () => import('./quotes/${q.id}.json'),`)
  .join('\n');
files['src/data/slim/quote-records.ts'] = `// Written by scripts/slim-data.js from data/quotes.json.

/** The bundled data's version and date, which every quote shares. */
export const quoteMeta = ${JSON.stringify(meta)
  .replace(/"(\w+)":/g, '$1: ')
  .replace(/"/g, "'")
  .replace(/,/g, ', ')
  .replace(/^\{/, '{ ')
  .replace(/\}$/, ' }')};

/** Every quote, with everyone's name and every source they mention. */
export const loadAllQuotes = (): Promise<{ default: unknown }> => import('./quote.json');
`;
// On its own, so that a build holding every quote anyway (the all-in-one entry) can leave it out.
files['src/data/slim/quote-files.ts'] = `// Written by scripts/slim-data.js from data/quotes.json.

/** One loader per bundled quote: the quote, its speaker and the source it cites. */
export const quoteRecords: Record<string, () => Promise<{ default: unknown }>> = {
${loaders}
};
`;

const check = process.argv.includes('--check');
let stale = [];
mkdirSync('src/data/slim/quotes', { recursive: true });
for (const [file, text] of Object.entries(files)) {
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (committed !== text) stale.push(file);
  } else writeFileSync(file, text);
}
if (stale.length) {
  console.error(`stale: ${stale.join(', ')}; run node scripts/slim-data.js`);
  process.exit(1);
}
