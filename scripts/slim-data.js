// Writes src/data/slim/<element>.json: for each element, the collections it shows, holding only
// the records it can reach (the quotes' speakers and sources, the sessions' people, …) and none of
// the notes meant for maintainers. A page then downloads only the data its elements can show.
// `node scripts/slim-data.js --check` fails when a committed file is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const read = (name) => JSON.parse(readFileSync(`data/${name}.json`, 'utf8'));
const data = Object.fromEntries(
  ['meta', 'sources', 'states', 'people', 'sessions', 'documents', 'quotes'].map((n) => [
    n,
    read(n),
  ]),
);

const meta = { version: data.meta.version, asOf: data.meta.asOf };
const pick = (records, ids) => records.filter((r) => ids.has(r.id));
const withoutNotes = ({ note: _note, file: _file, ...source }) => source;
const sourcesOf = (ids) => pick(data.sources, ids).map(withoutNotes);

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
  // their roles.
  const speakers = new Set(data.quotes.map((q) => q.speaker).filter(Boolean));
  const people = data.people.map((p) => (speakers.has(p.id) ? p : { ...p, roles: [] }));
  bundles.quote = {
    meta,
    quotes: data.quotes,
    people,
    sources: sourcesOf(cited([data.quotes, people.filter((p) => speakers.has(p.id))])),
  };
}
{
  bundles['member-list'] = { meta, states: data.states, sources: sourcesOf(cited(data.states)) };
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
  bundles['summit-card'] = {
    meta,
    sessions: data.sessions,
    people,
    states,
    sources: sourcesOf(cited([data.sessions, people, states])),
  };
}
{
  const documents = data.documents.filter((d) => d.articles?.length);
  bundles['treaty-article'] = { meta, documents, sources: sourcesOf(cited(documents)) };
}

const check = process.argv.includes('--check');
let stale = [];
mkdirSync('src/data/slim', { recursive: true });
for (const [name, bundle] of Object.entries(bundles)) {
  const file = `src/data/slim/${name}.json`;
  const text = JSON.stringify(bundle) + '\n';
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
