/**
 * Publisher data made of untrusted strings, for the hostile-input tests in the browser and in
 * Node: each string in every text field an element shows.
 */
import { bundledDataset } from '../../src/data/bundled/index.js';
import type { PartialDataset } from '../../src/data/types.js';

const bundledStateIds = new Set(bundledDataset.states.map((s) => s.id));
/** Two-letter state ids that the bundled data does not use. */
const freeStateIds = [...'abcdefghijklmnopqrstuvwxyz']
  .flatMap((a) => [...'abcdefghijklmnopqrstuvwxyz'].map((b) => a + b))
  .filter((id) => !bundledStateIds.has(id));

/**
 * A publisher dataset that puts each string in every text field an element shows: quote text,
 * speaker, title and event; state names and capitals; a session's place, occasion, notes,
 * attendees and documents; a treaty article's title, place, passages and amendments; source
 * titles and publishers.
 */
export function datasetOf(
  strings: readonly string[],
  url = (i: number) => `https://example.com/${i}`,
) {
  const loc = (s: string) => ({ en: s, ru: s });
  const sourceId = (i: number) => `hostile-source-${i}`;
  const personId = (i: number) => `hostile-person-${i}`;
  const stateId = (i: number) => freeStateIds[i % freeStateIds.length]!;
  const all = strings.map((_, i) => i);
  const data: PartialDataset = {
    sources: strings.map((s, i) => ({
      id: sourceId(i),
      kind: 'web',
      title: s,
      publisher: s,
      date: '2024-01-01',
      lang: i % 2 ? 'ru' : 'en',
      url: url(i),
    })),
    people: strings.map((s, i) => ({
      id: personId(i),
      name: loc(s),
      aliases: [s],
      roles: [{ kind: 'official', title: loc(s), sources: [sourceId(i)] }],
      sources: [sourceId(i)],
    })),
    states: strings.slice(0, freeStateIds.length).map((s, i) => ({
      id: stateId(i),
      iso2: stateId(i).toUpperCase(),
      iso3: `${stateId(i).toUpperCase()}X`,
      isoNumeric: String(900 + (i % 100)),
      name: loc(s),
      capital: loc(s),
      membership: [{ date: '2001-01-01', type: 'acceded', note: loc(s), sources: [sourceId(i)] }],
      chairmanships: [],
      sources: [sourceId(i)],
    })),
    sessions: [
      {
        id: 'hostile-session',
        date: '2023-03-03',
        status: 'held',
        kind: 'regular',
        format: 'in-person',
        place: { city: loc(strings[0]!), venue: loc(strings.at(-1)!), state: stateId(0) },
        occasion: loc(strings[1 % strings.length]!),
        notes: strings.map(loc),
        chair: { state: stateId(0), person: personId(0) },
        attendees: all.map((i) => ({
          person: personId(i),
          title: loc(strings[i]!),
          state: stateId(i),
          role: 'head' as const,
        })),
        absent: all.slice(0, 3).map(stateId),
        documents: { count: strings.length, items: strings.map((s) => ({ title: loc(s) })) },
        handover: { from: stateId(0), to: stateId(1 % strings.length), date: '2023-03-03' },
        sources: all.map(sourceId),
      },
    ],
    documents: [
      {
        id: 'hostile-treaty',
        kind: 'treaty',
        title: loc(strings[0]!),
        date: '2001-01-01',
        place: loc(strings.at(-1)!),
        inForce: '2002-02-02',
        articles: [
          {
            number: 1,
            blocks: strings.map((s, i) => ({
              kind: i % 2 ? 'summary' : 'verbatim',
              lang: 'en',
              text: s,
              source: sourceId(i),
            })),
            amendedBy: ['hostile-amendment'],
          },
        ],
        amendments: [
          {
            id: 'hostile-amendment',
            title: loc(strings[1 % strings.length]!),
            signed: '2003-03-03',
            place: loc(strings[0]!),
            sources: [sourceId(0)],
          },
        ],
        sources: [sourceId(0)],
      },
    ],
    quotes: strings.map((s, i) => ({
      id: `hostile-quote-${i}`,
      // A quote needs words; the empty string goes into its caption instead.
      text: s || '(empty)',
      lang: 'en',
      speaker: personId(i),
      title: loc(s),
      event: loc(s),
      date: '2023-03-03',
      topics: ['hostile'],
      source: sourceId(i),
      sources: [sourceId(i)],
    })),
  };
  return data;
}

/**
 * Elements that data must never turn into (the browser tests add what only an element may draw,
 * its flags and its buttons).
 */
export const FORBIDDEN_TAGS = [
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'img',
  'math',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'textarea',
  'dialog',
  'video',
  'audio',
  'marquee',
  'h1',
  'b',
];

/** Attributes that hold an address. */
export const URL_ATTRIBUTES = [
  'href',
  'src',
  'cite',
  'action',
  'formaction',
  'xlink:href',
  'srcdoc',
];

/** A publisher's quote record, citing a bundled source. */
export const publisherQuote = (id: string, text: string, speaker = 'zas') => ({
  id,
  text,
  lang: 'en' as const,
  speaker,
  date: '2022-05-16',
  topics: [],
  source: 'seed-002',
  sources: ['seed-002'],
});
