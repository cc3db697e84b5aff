/**
 * Data pickers: the lists an editor chooses a record from (a quote, a speaker, a session, an
 * article, a state), made from a dataset. An element's folder names the picker each attribute
 * uses (`pickers` in `<name>.examples.ts`); the builder runs these in the browser and the
 * WordPress plugin's build in Node, over the same bundled data.
 */
import { articleNumbers, localize } from '../data/queries.js';
import type { Dataset, IsoDate, QuoteRecord, SessionRecord } from '../data/types.js';

/** One choice in a list. */
export interface Option {
  /** The attribute's value. */
  value: string;
  /** What the list shows. */
  label: string;
  /** A heading the option goes under (a quote's occasion). */
  group?: string;
  /** More of it than a label can hold, shown once chosen (a quote's words). */
  detail?: string;
}

/** A picker: the records an attribute names, as options. */
export interface Picker {
  /** What the control is called. */
  label: string;
  /** Long lists are searched rather than scrolled. */
  search?: true;
  /** The attribute whose value the options depend on (an article's document). */
  after?: string;
  /** The options; `given` holds the value of `after`. */
  options(data: Dataset, given?: string): Option[];
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
/** `2022-05-16` → `May 16, 2022`. */
export const longDate = (date: IsoDate) => dateFormat.format(new Date(`${date}T00:00:00Z`));

const collator = new Intl.Collator('en');
const newestFirst = <T extends { date: IsoDate }>(records: readonly T[]) =>
  [...records].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

function speakerOf(data: Dataset, quote: QuoteRecord): string {
  const person = data.people.find((p) => p.id === quote.speaker);
  if (person) return localize(person.name, 'en');
  return localize(quote.author, 'en') || quote.speaker || '';
}

function opening(text: string, words = 9): string {
  const list = text.split(/\s+/);
  return list.length > words ? `${list.slice(0, words).join(' ')}…` : text;
}

const SESSION_KINDS: Record<SessionRecord['kind'], string> = {
  regular: 'regular session',
  extraordinary: 'extraordinary session',
  jubilee: 'anniversary session',
};

function sessionLabel(session: SessionRecord): string {
  const where = session.place ? localize(session.place.city, 'en') : session.format;
  const planned = session.status === 'planned' ? ', planned' : '';
  return `${longDate(session.date)}: ${where ?? 'place not recorded'} (${SESSION_KINDS[session.kind]}${planned})`;
}

const withArticles = (data: Dataset) => data.documents.filter((d) => d.articles?.length);

const pickers = {
  /** Quotes, newest first, under their occasion: speaker, date and first words. */
  quote: {
    label: 'Quote',
    search: true,
    options: (data) =>
      newestFirst(data.quotes).map((quote) => ({
        value: quote.id,
        label: `${speakerOf(data, quote)}, ${longDate(quote.date)}: “${opening(quote.text)}”`,
        group: `${localize(quote.event, 'en') || 'Other'}, ${longDate(quote.date)}`,
        detail: quote.text,
      })),
  },
  /** The people quoted, by name, with how many quotes each has. */
  speaker: {
    label: 'Speaker',
    search: true,
    options: (data) =>
      data.people
        .map((person) => ({
          person,
          count: data.quotes.filter((q) => q.speaker === person.id).length,
        }))
        .filter(({ count }) => count > 0)
        .map(({ person, count }) => ({
          value: person.id,
          label: `${localize(person.name, 'en')} (${count} ${count === 1 ? 'quote' : 'quotes'})`,
        }))
        .sort((a, b) => collator.compare(a.label, b.label)),
  },
  /** The topics quotes are tagged with. */
  topic: {
    label: 'Topic',
    options: (data) =>
      [...new Set(data.quotes.flatMap((q) => q.topics))]
        .sort(collator.compare)
        .map((topic) => ({ value: topic, label: topic.replace(/-/g, ' ') })),
  },
  /** `latest`, then every session by date, newest first. */
  session: {
    label: 'Session',
    search: true,
    options: (data) => [
      { value: 'latest', label: `Latest session held (as of ${longDate(data.meta.asOf)})` },
      ...newestFirst(data.sessions).map((s) => ({ value: s.id, label: sessionLabel(s) })),
    ],
  },
  /** The documents whose articles the data holds. */
  document: {
    label: 'Document',
    options: (data) =>
      withArticles(data).map((d) => ({
        value: d.id,
        label: `${localize(d.title, 'en')} (${d.date.slice(0, 4)})`,
      })),
  },
  /** The articles of the chosen document the data holds. */
  article: {
    label: 'Article',
    after: 'document',
    options: (data, document) => {
      const chosen = withArticles(data).find((d) => d.id === document);
      return (chosen ? articleNumbers(chosen) : []).map((n) => ({
        value: String(n),
        label: `Article ${n}`,
      }));
    },
  },
  /** States, by English name. */
  state: {
    label: 'State',
    options: (data) =>
      [...data.states]
        .sort((a, b) => collator.compare(localize(a.name, 'en'), localize(b.name, 'en')))
        .map((s) => ({ value: s.id, label: localize(s.name, 'en') })),
  },
} satisfies Record<string, Picker>;

export type PickerName = keyof typeof pickers;

/** Every picker an element folder may name. */
export const PICKERS: Readonly<Record<PickerName, Picker>> = pickers;

/** What an element folder says of its attributes' pickers: attribute name → picker. */
export type Pickers<Spec> = Partial<Record<keyof Spec & string, PickerName>>;
