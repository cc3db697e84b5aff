/** `<cst-quote>` as plain HTML: the words in a blockquote, the attribution in a figcaption. */
import { people } from '../data/bundled/people.js';
import { quotes } from '../data/bundled/quotes.js';
import { sources } from '../data/bundled/sources.js';
import { byId, findQuote, localize, roleOn } from '../data/queries.js';
import type { Lang, QuoteRecord } from '../data/types.js';
import { strings } from '../elements/quote/quote.strings.js';
import { formatDate } from '../internal/format.js';
import {
  choice,
  escapeAttribute,
  escapeHtml,
  fillHtml,
  given,
  sourceHtml,
  timeHtml,
  webUrl,
} from './html.js';
import type { Writer } from './tags.js';

const VARIANTS = ['card', 'pull', 'inline'] as const;

/** The quote the attributes select, as the element selects it. */
function pick(attrs: Record<string, string>): QuoteRecord | undefined {
  if (choice(attrs.variant, VARIANTS, 'card') === undefined) return undefined;
  return findQuote(
    { quotes, people },
    { quote: given(attrs.quote), speaker: given(attrs.speaker), topic: given(attrs.topic) },
  );
}

function attribution(quote: QuoteRecord, lang: Lang) {
  const person = byId(people, quote.speaker);
  const who = person ? localize(person.name, lang) : localize(quote.author, lang) || quote.speaker;
  const title = localize(quote.title ?? (person && roleOn(person, quote.date)?.title), lang);
  return { who: who ?? '', title, event: localize(quote.event, lang) };
}

export const fallback: Writer = (attrs, lang) => {
  const quote = pick(attrs);
  if (!quote) return undefined;
  const t = strings[lang];
  const sep = escapeHtml(t.separator);
  const { who, title, event } = attribution(quote, lang);
  const source = byId(sources, quote.source);
  const url = webUrl(source?.url);
  const lines = [
    [who, title].filter(Boolean).map(escapeHtml).join(sep),
    [event ? escapeHtml(event) : '', timeHtml(quote.date, lang)].filter(Boolean).join(sep),
    source ? fillHtml(t.source, { source: sourceHtml(source, quote.source, lang) }) : '',
    quote.translation ? escapeHtml(t.translation) : '',
  ].filter(Boolean);
  return [
    '<figure>',
    `  <blockquote${url ? ` cite="${escapeAttribute(url)}"` : ''} lang="${escapeAttribute(quote.lang)}">` +
      `<p>${escapeHtml(quote.text)}</p></blockquote>`,
    `  <figcaption>${lines.join('<br>\n    ')}</figcaption>`,
    '</figure>',
  ].join('\n');
};

/** "Speaker, date". */
export const title: Writer = (attrs, lang) => {
  const quote = pick(attrs);
  if (!quote) return undefined;
  return [attribution(quote, lang).who, formatDate(quote.date, lang)].filter(Boolean).join(', ');
};
