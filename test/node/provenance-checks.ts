// Checks of where the dataset's facts and words come from, used by provenance.test.ts. Each returns
// a list of problems (empty when all is well), so a test can also feed it a broken copy of the data
// and see that it complains.
import type { Dataset, Localized, TextBlock } from '../../src/data/types.js';

/** The table in data/provenance.json. */
export interface ProvenanceTable {
  sources: Record<string, string>;
  kinds: Record<
    string,
    { from: string; key?: string; sources?: string[]; records?: Record<string, string[]> }
  >;
}

/** One citation of a fact: which kind of fact, which record, what it cites. */
interface Citation {
  kind: string;
  key: string;
  where: string;
  sources: readonly string[];
  /** The fact is carried as unverified (`verified: false`); `undefined` for lists of a record. */
  verified?: boolean;
  /** A leaf fact (not a record's list of everything it and its parts cite). */
  leaf: boolean;
}

const FACTS_FILE = 'facts-file';

/** Every citation in the data, each with its kind and key in the table. */
export function citations(data: Dataset): Citation[] {
  const out: Citation[] = [];
  const cite = (c: Omit<Citation, 'leaf'> & { leaf?: boolean }) => out.push({ leaf: true, ...c });
  for (const state of data.states) {
    state.membership.forEach((e, i) =>
      cite({
        kind: 'membership',
        key: e.type,
        where: `states.${state.id}.membership[${i}] (${e.type} ${e.date})`,
        sources: e.sources,
        verified: e.verified,
      }),
    );
    (state.capitals ?? []).forEach((c, i) =>
      cite({
        kind: 'capital',
        key: state.id,
        where: `states.${state.id}.capitals[${i}]`,
        sources: c.sources,
      }),
    );
    for (const c of state.chairmanships) {
      cite({
        kind: 'chairmanship',
        key: `${state.id}:${c.from}`,
        where: `states.${state.id}.chairmanships ${c.from}`,
        sources: c.sources,
        verified: c.verified,
      });
    }
  }
  for (const person of data.people) {
    person.roles.forEach((r, i) =>
      cite({
        kind: 'role',
        key: person.id,
        where: `people.${person.id}.roles[${i}]`,
        sources: r.sources,
        verified: r.verified,
      }),
    );
  }
  for (const s of data.sessions) {
    cite({
      kind: 'session',
      key: s.id,
      where: `sessions.${s.id}`,
      sources: s.sources,
      leaf: false,
    });
  }
  for (const d of data.documents) {
    cite({
      kind: 'document',
      key: d.id,
      where: `documents.${d.id}`,
      sources: d.sources,
      leaf: false,
    });
    if (d.dateSources)
      cite({
        kind: 'document-date',
        key: `${d.id}:signed`,
        where: `documents.${d.id}.dateSources`,
        sources: d.dateSources,
      });
    if (d.inForceSources)
      cite({
        kind: 'document-date',
        key: `${d.id}:in-force`,
        where: `documents.${d.id}.inForceSources`,
        sources: d.inForceSources,
      });
    for (const a of d.articles ?? []) {
      a.blocks.forEach((b, i) =>
        cite({
          kind: 'text-block',
          key: `${d.id}:${a.number}`,
          where: `documents.${d.id} art. ${a.number} block ${i}`,
          sources: [b.source],
          verified: b.verified,
        }),
      );
    }
    (d.body ?? []).forEach((b, i) =>
      cite({
        kind: 'text-block',
        key: `${d.id}:body`,
        where: `documents.${d.id}.body[${i}]`,
        sources: [b.source],
        verified: b.verified,
      }),
    );
    (d.summary ?? []).forEach((theme, i) =>
      cite({
        kind: 'text-block',
        key: `${d.id}:summary`,
        where: `documents.${d.id}.summary[${i}]`,
        sources: theme.sources ?? [],
      }),
    );
    if (d.registration) {
      cite({
        kind: 'registration',
        key: d.id,
        where: `documents.${d.id}.registration`,
        sources: d.registration.sources,
      });
    }
    for (const a of d.amendments ?? []) {
      cite({
        kind: 'amendment',
        key: a.id,
        where: `documents.${d.id}.amendments.${a.id}`,
        sources: a.sources,
        verified: a.verified,
      });
    }
  }
  for (const q of data.quotes) {
    cite({
      kind: 'quote',
      key: q.session ?? '',
      where: `quotes.${q.id}`,
      sources: [q.source, ...q.sources],
    });
  }
  for (const e of data.events) {
    cite({
      kind: 'event',
      key: e.id,
      where: `events.${e.id}`,
      sources: e.sources,
      verified: e.verified,
    });
  }
  if (data.meta.organization) {
    cite({
      kind: 'organization',
      key: '',
      where: 'meta.organization',
      sources: data.meta.organization.sources,
    });
  }
  return out;
}

/**
 * (a) Every citation names a source the table allows for its kind (and, where the table lists
 * records, for that record); `facts-file` backs only facts carried as unverified; a person's or a
 * state's own list holds only what its parts may cite; the table describes exactly the sources
 * the data has.
 */
export function checkProvenance(data: Dataset, table: ProvenanceTable): string[] {
  const problems: string[] = [];
  const known = new Set(data.sources.map((s) => s.id));
  for (const id of known)
    if (!table.sources[id]) problems.push(`source ${id} has no line in the table`);
  for (const id of Object.keys(table.sources))
    if (!known.has(id)) problems.push(`the table describes ${id}, which is not a source`);

  const allowed = (kind: string, key: string): string[] | undefined => {
    const entry = table.kinds[kind];
    if (!entry) return undefined;
    if (entry.records) return entry.records[key];
    return entry.sources;
  };
  for (const c of citations(data)) {
    const ok = allowed(c.kind, c.key);
    if (!ok) {
      problems.push(`${c.where}: no provenance entry for ${c.kind} "${c.key}"`);
      continue;
    }
    for (const id of c.sources) {
      if (!ok.includes(id))
        problems.push(`${c.where} cites ${id}, not listed for ${c.kind} "${c.key}"`);
    }
    if (c.leaf && c.sources.includes(FACTS_FILE) && c.verified !== false)
      problems.push(`${c.where} rests on the facts file but is not marked verified: false`);
  }

  // A person's own list: what their roles, the sessions naming them, their quotes and the
  // documents they signed may cite.
  for (const person of data.people) {
    const ok = new Set(allowed('role', person.id) ?? []);
    for (const s of data.sessions) {
      const named =
        s.chair?.person === person.id || s.attendees.some((a) => a.person === person.id);
      if (named) s.sources.forEach((id) => ok.add(id));
    }
    for (const q of data.quotes) if (q.speaker === person.id) q.sources.forEach((id) => ok.add(id));
    for (const d of data.documents)
      if (d.signatories?.some((s) => s.person === person.id)) d.sources.forEach((id) => ok.add(id));
    for (const id of person.sources)
      if (!ok.has(id))
        problems.push(`people.${person.id} cites ${id}, which none of its facts may`);
  }
  // A state's own list: its codes and capital, and what its events, capitals and chairmanships cite.
  for (const state of data.states) {
    const ok = new Set(table.kinds['state']?.sources ?? []);
    for (const e of state.membership) e.sources.forEach((id) => ok.add(id));
    for (const c of state.capitals ?? []) c.sources.forEach((id) => ok.add(id));
    for (const c of state.chairmanships) c.sources.forEach((id) => ok.add(id));
    for (const id of state.sources)
      if (!ok.has(id)) problems.push(`states.${state.id} cites ${id}, which none of its facts do`);
  }
  return problems;
}

/** Whitespace collapsed and typographic quotes made plain: all (b) forgives. */
export function normalise(text: string): string {
  return text
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every text block of the data with where it is. */
function blocksOf(data: Dataset): { where: string; block: TextBlock }[] {
  return data.documents.flatMap((d) => [
    ...(d.body ?? []).map((block, i) => ({ where: `documents.${d.id}.body[${i}]`, block })),
    ...(d.articles ?? []).flatMap((a) =>
      a.blocks.map((block, i) => ({
        where: `documents.${d.id} art. ${a.number} block ${i}`,
        block,
      })),
    ),
  ]);
}

/** (b) Every verbatim block and every quote's text occurs, word for word, in the seed it cites. */
export function checkVerbatim(data: Dataset, seeds: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const text = new Map([...seeds].map(([id, t]) => [id, normalise(t)]));
  const inSeed = (where: string, source: string, words: string) => {
    const seed = text.get(source);
    if (seed === undefined) problems.push(`${where}: verbatim text cites ${source}, not a seed`);
    else if (!seed.includes(normalise(words)))
      problems.push(`${where}: not word for word in ${source}: "${words.slice(0, 60)}…"`);
  };
  for (const { where, block } of blocksOf(data))
    if (block.kind === 'verbatim') inSeed(where, block.source, block.text);
  for (const q of data.quotes) inSeed(`quotes.${q.id}`, q.source, q.text);
  return problems;
}

/** Words for the run check: lower case, punctuation ignored (a hyphen splits a word). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Every string of the data written in the project's own words, with where it is: summaries,
 * notes, caveats, verification notes, occasions, event titles and summaries, the meta note, the
 * quotes' occasions and the sources' descriptions. Names and official titles (of documents,
 * people, sources) are not prose and are left out; so are verbatim blocks and quotes.
 */
export function ownWords(data: Dataset): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, value: Localized | string | undefined) => {
    if (value === undefined) return;
    if (typeof value === 'string') out.push({ where, text: value });
    else {
      out.push({ where: `${where}.en`, text: value.en });
      out.push({ where: `${where}.ru`, text: value.ru ?? '' });
    }
  };
  add('meta.note', data.meta.note);
  for (const s of data.sources) add(`sources.${s.id}.note`, s.note);
  for (const state of data.states) {
    state.membership.forEach((e, i) => {
      const at = `states.${state.id}.membership[${i}]`;
      add(`${at}.note`, e.note);
      add(`${at}.title`, e.title);
      add(`${at}.summary`, e.summary);
      add(`${at}.caveat`, e.caveat);
      add(`${at}.verification`, e.verification);
    });
    state.chairmanships.forEach((c, i) =>
      add(`states.${state.id}.chairmanships[${i}].verification`, c.verification),
    );
  }
  for (const p of data.people)
    p.roles.forEach((r, i) => add(`people.${p.id}.roles[${i}].verification`, r.verification));
  for (const s of data.sessions) {
    s.notes.forEach((n, i) => add(`sessions.${s.id}.notes[${i}]`, { en: n.en, ru: n.ru }));
    add(`sessions.${s.id}.occasion`, s.occasion);
    add(`sessions.${s.id}.chair.verification`, s.chair?.verification);
  }
  for (const { where, block } of blocksOf(data)) {
    if (block.kind === 'summary') add(where, block.text);
    add(`${where}.verification`, block.verification);
  }
  for (const d of data.documents) {
    (d.summary ?? []).forEach((theme, i) =>
      add(`documents.${d.id}.summary[${i}]`, { en: theme.en, ru: theme.ru }),
    );
    for (const a of d.amendments ?? []) {
      if (a.descriptive) add(`documents.${d.id}.amendments.${a.id}.title`, a.title);
      add(`documents.${d.id}.amendments.${a.id}.verification`, a.verification);
    }
  }
  for (const q of data.quotes) {
    add(`quotes.${q.id}.event`, q.event);
    add(`quotes.${q.id}.context`, q.context);
  }
  for (const e of data.events) {
    add(`events.${e.id}.title`, e.title);
    add(`events.${e.id}.summary`, e.summary);
    add(`events.${e.id}.verification`, e.verification);
  }
  return out;
}

/** (c) No string in the project's own words shares a run of `n` or more words with any seed. */
export function checkOwnWords(data: Dataset, seeds: ReadonlyMap<string, string>, n = 8): string[] {
  const runs = new Map<string, string>();
  for (const [id, text] of seeds) {
    const w = words(text);
    for (let i = 0; i + n <= w.length; i++) runs.set(w.slice(i, i + n).join(' '), id);
  }
  const problems: string[] = [];
  for (const { where, text } of ownWords(data)) {
    const w = words(text);
    for (let i = 0; i + n <= w.length; i++) {
      const run = w.slice(i, i + n).join(' ');
      const seed = runs.get(run);
      if (seed) {
        problems.push(`${where} shares "${run}" with ${seed}`);
        break;
      }
    }
  }
  return problems;
}

/** A sentence readers see, written from the data, with the sources said to hold it. */
export interface Sentence {
  where: string;
  text: Localized | string;
  sources: readonly string[];
  /** The record's own sources, of which `sources` must be part (a session's, for its notes). */
  within?: readonly string[];
}

/**
 * Every string of the data that an element shows as a sentence or a short title in the project's
 * words, with the sources it rests on: session notes and occasions, membership caveats and the
 * titles and summaries of dated steps, events, summary text blocks (articles, bodies, document
 * summaries), amendments described in our words, and what a quote is about.
 */
export function sentences(data: Dataset): Sentence[] {
  const out: Sentence[] = [];
  for (const s of data.sessions) {
    s.notes.forEach((n, i) =>
      out.push({
        where: `sessions.${s.id}.notes[${i}]`,
        text: n,
        sources: n.sources ?? [],
        within: s.sources,
      }),
    );
    if (s.occasion)
      out.push({ where: `sessions.${s.id}.occasion`, text: s.occasion, sources: s.sources });
  }
  for (const state of data.states) {
    state.membership.forEach((e, i) => {
      const at = `states.${state.id}.membership[${i}]`;
      for (const [part, text] of [
        ['caveat', e.caveat],
        ['title', e.title],
        ['summary', e.summary],
      ] as const)
        if (text) out.push({ where: `${at}.${part}`, text, sources: e.sources });
    });
  }
  for (const e of data.events) {
    out.push({ where: `events.${e.id}.title`, text: e.title, sources: e.sources });
    out.push({ where: `events.${e.id}.summary`, text: e.summary, sources: e.sources });
  }
  for (const { where, block } of blocksOf(data))
    if (block.kind === 'summary') out.push({ where, text: block.text, sources: [block.source] });
  for (const d of data.documents) {
    (d.summary ?? []).forEach((theme, i) =>
      out.push({
        where: `documents.${d.id}.summary[${i}]`,
        text: theme,
        sources: theme.sources ?? [],
        within: d.sources,
      }),
    );
    for (const a of d.amendments ?? [])
      if (a.descriptive)
        out.push({
          where: `documents.${d.id}.amendments.${a.id}.title`,
          text: a.title,
          sources: a.sources,
        });
  }
  for (const q of data.quotes)
    if (q.context)
      out.push({ where: `quotes.${q.id}.context`, text: q.context, sources: [q.source] });
  return out;
}

/**
 * (d) Every sentence readers see names its sources: at least one, each a source of the data, and a
 * note's among its session's own.
 */
export function checkSentenceSources(data: Dataset): string[] {
  const known = new Set(data.sources.map((s) => s.id));
  const problems: string[] = [];
  for (const s of sentences(data)) {
    if (s.sources.length === 0) problems.push(`${s.where} names no source`);
    for (const id of s.sources) {
      if (!known.has(id)) problems.push(`${s.where} cites ${id}, which is not a source`);
      else if (s.within && !s.within.includes(id))
        problems.push(`${s.where} cites ${id}, which its record does not`);
    }
  }
  return problems;
}
