/**
 * The embed-code builder: a form over the bundled data, a live preview with the real element, and
 * the snippet the library's own functions write (script tag with fallback text, or an iframe).
 */
import '../src/define/all.js';
import { articleNumbers, bundledDataset, localize } from '../src/data/index.js';
import type { IsoDate, Lang, QuoteRecord, SessionRecord } from '../src/data/index.js';
import { fallbackHtml, iframeSnippet, scriptSnippet } from '../src/embed/snippets.js';
import { EXAMPLES } from '../src/elements/examples.js';
import { LANGS, NAMES } from '../src/locales/index.js';
import { CONTENT_ELEMENTS, type ElementEntry } from '../src/registry.js';

type EmbedTag = string;

const { quotes, people, sessions, documents, states, meta } = bundledDataset;

/** This site's copies of the CDN build and the embed page (dist/cdn and dist/embed beside dist/demo). */
const cdnUrl = new URL('../cdn/cst-elements.js', location.href).href;
const embedUrl = new URL('../embed/index.html', location.href).href;

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#builder-form');
const tagSelect = $<HTMLSelectElement>('#tag');
const preview = $<HTMLElement>('#preview');
const snippet = $<HTMLTextAreaElement>('#snippet');
const copyButton = $<HTMLButtonElement>('#copy');
const copyStatus = $<HTMLElement>('#copy-status');
const iframeNote = $<HTMLElement>('#iframe-note');
const embedLink = $<HTMLAnchorElement>('#embed-link');

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
const longDate = (date: IsoDate) => dateFormat.format(new Date(`${date}T00:00:00Z`));

function option(value: string, label: string): HTMLOptionElement {
  const el = document.createElement('option');
  el.value = value;
  el.textContent = label;
  return el;
}

// --- Choices, from the bundled data ------------------------------------------------------------

function speakerOf(quote: QuoteRecord): string {
  const person = people.find((p) => p.id === quote.speaker);
  if (person) return localize(person.name, 'en');
  return localize(quote.author, 'en') || quote.speaker || '';
}

function opening(text: string): string {
  const words = text.split(/\s+/);
  return words.length > 9 ? `${words.slice(0, 9).join(' ')}…` : text;
}

/** Quotes grouped by occasion, newest first; each labelled with speaker, date and first words. */
function fillQuotes(select: HTMLSelectElement): void {
  const byEvent = new Map<string, QuoteRecord[]>();
  const sorted = [...quotes].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  for (const quote of sorted) {
    const event = `${localize(quote.event, 'en') || 'Other'}, ${longDate(quote.date)}`;
    byEvent.set(event, [...(byEvent.get(event) ?? []), quote]);
  }
  for (const [event, list] of byEvent) {
    const group = document.createElement('optgroup');
    group.label = event;
    for (const quote of list) {
      const label = `${speakerOf(quote)}, ${longDate(quote.date)}: “${opening(quote.text)}”`;
      group.append(option(quote.id, label));
    }
    select.append(group);
  }
}

const KINDS: Record<SessionRecord['kind'], string> = {
  regular: 'regular session',
  extraordinary: 'extraordinary session',
  jubilee: 'anniversary session',
};

function sessionLabel(session: SessionRecord): string {
  const where = session.place ? localize(session.place.city, 'en') : session.format;
  const planned = session.status === 'planned' ? ', planned' : '';
  return `${longDate(session.date)}: ${where ?? 'place not recorded'} (${KINDS[session.kind]}${planned})`;
}

function fillSessions(select: HTMLSelectElement): void {
  select.append(option('latest', `Latest session held (as of ${longDate(meta.asOf)})`));
  const sorted = [...sessions].sort((a, b) => (a.date < b.date ? 1 : -1));
  for (const session of sorted) select.append(option(session.date, sessionLabel(session)));
}

const withArticles = documents.filter((d) => d.articles?.length);

function fillDocuments(select: HTMLSelectElement): void {
  for (const document of withArticles) {
    const year = document.date.slice(0, 4);
    select.append(option(document.id, `${localize(document.title, 'en')} (${year})`));
  }
}

function fillArticles(select: HTMLSelectElement, documentId: string): void {
  const document = withArticles.find((d) => d.id === documentId);
  const previous = select.value;
  select.replaceChildren(
    ...(document ? articleNumbers(document) : []).map((n) => option(String(n), `Article ${n}`)),
  );
  if ([...select.options].some((o) => o.value === previous)) select.value = previous;
}

function fillStates(select: HTMLSelectElement): void {
  const collator = new Intl.Collator('en');
  const sorted = [...states].sort((a, b) => collator.compare(a.name.en, b.name.en));
  for (const state of sorted) select.append(option(state.id, localize(state.name, 'en')));
}

// --- Elements and languages without controls of their own, from their folders ------------------

/** "as-of" → "As of"; "cst-member-map" → "Member map". */
const words = (name: string) =>
  name
    .replace(/^cst-/, '')
    .replace(/-/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());

/**
 * Controls for an element's attributes as its spec describes them: a choice is a list with its
 * default marked, tokens are boxes, a date a date field, a number a number field, and free text a
 * field that suggests the values the element's examples use.
 */
function fieldsetFor(entry: ElementEntry): HTMLFieldSetElement {
  const fieldset = document.createElement('fieldset');
  fieldset.dataset.for = entry.tag;
  fieldset.hidden = true;
  const legend = document.createElement('legend');
  legend.textContent = words(entry.tag);
  fieldset.append(legend);
  for (const [name, spec] of Object.entries(entry.attributes)) {
    const id = `${entry.tag}-${name}`;
    const field = document.createElement(spec.kind === 'tokens' ? 'fieldset' : 'div');
    field.className = spec.kind === 'tokens' ? 'field checks' : 'field';
    const label = document.createElement(spec.kind === 'tokens' ? 'legend' : 'label');
    label.textContent = words(name);
    if (label instanceof HTMLLabelElement) label.htmlFor = id;
    else label.className = 'label';
    field.append(label);
    if (spec.kind === 'tokens') {
      for (const value of spec.values ?? []) {
        const box = Object.assign(document.createElement('input'), {
          type: 'checkbox',
          name,
          value,
          checked: true,
        });
        const item = document.createElement('label');
        item.append(box, ` ${words(value)}`);
        field.append(item);
      }
    } else if (spec.kind === 'choice' || spec.kind === 'required') {
      const select = Object.assign(document.createElement('select'), { id, name });
      if (spec.kind === 'choice') select.dataset.default = String(spec.initial);
      for (const value of spec.values ?? []) {
        select.append(option(value, value === spec.initial ? `${value} (default)` : value));
      }
      field.append(select);
    } else {
      const input = Object.assign(document.createElement('input'), { id, name });
      if (spec.kind === 'date')
        Object.assign(input, { type: 'date', min: '1992-05-15', max: meta.asOf });
      else if (spec.kind === 'number')
        Object.assign(input, { type: 'number', min: '0', step: '1' });
      else {
        // The values the folder's examples give this attribute, as suggestions.
        const list = document.createElement('datalist');
        list.id = `${id}-examples`;
        const given = (EXAMPLES[entry.tag] ?? []).map((e) => e.attributes[name]).filter(Boolean);
        for (const value of new Set(given)) list.append(option(value!, value!));
        input.setAttribute('list', list.id);
        field.append(list);
      }
      field.append(input);
    }
    fieldset.append(field);
  }
  return fieldset;
}

const firstShared = form.querySelector('#lang')!.closest('fieldset')!;
for (const entry of CONTENT_ELEMENTS) {
  if (![...tagSelect.options].some((o) => o.value === entry.tag)) {
    tagSelect.append(option(entry.tag, `${words(entry.tag)} (<${entry.tag}>)`));
  }
  if (!form.querySelector(`fieldset[data-for="${entry.tag}"]`)) {
    form.insertBefore(fieldsetFor(entry), firstShared);
  }
}
const langSelect = $<HTMLSelectElement>('#lang');
for (const lang of LANGS) {
  if (![...langSelect.options].some((o) => o.value === lang)) {
    langSelect.append(option(lang, NAMES[lang]));
  }
}

fillQuotes($('#quote'));
fillStates($('#timeline-state'));
fillSessions($('#summit'));
fillDocuments($('#document'));
fillArticles($('#article'), $<HTMLSelectElement>('#document').value);
$<HTMLSelectElement>('#summit').value = '2022-05-16';
$<HTMLSelectElement>('#article').value = '4';
const asOfInput = $<HTMLInputElement>('#as-of');
asOfInput.max = meta.asOf;
$('#as-of-hint').textContent =
  `Leave empty for the date the data holds for (${longDate(meta.asOf)}).`;

// --- Reading the form --------------------------------------------------------------------------

const value = (selector: string) => $<HTMLSelectElement | HTMLInputElement>(selector).value;

/**
 * The attributes the form describes: each control of the element's fieldset is named after its
 * attribute, and one whose value is its `data-default` is left out so the snippet stays short. A
 * group of checkboxes gives the checked values, space-separated (left out when all are checked).
 */
function attributes(tag: EmbedTag): Record<string, string> {
  const attrs: Record<string, string> = {};
  const fieldset = form.querySelector<HTMLFieldSetElement>(`fieldset[data-for="${tag}"]`);
  const controls = [
    ...(fieldset?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]') ?? []),
    $<HTMLSelectElement>('#lang'),
    $<HTMLSelectElement>('#theme'),
  ];
  for (const control of controls) {
    const name = control.name;
    if (name in attrs || !control.validity.valid) continue;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      const boxes = controls.filter((c) => c.name === name) as HTMLInputElement[];
      const checked = boxes.filter((b) => b.checked).map((b) => b.value);
      if (checked.length < boxes.length) attrs[name] = checked.join(' ');
      continue;
    }
    const v = control.value.trim();
    if (v && v !== control.dataset.default) attrs[name] = v;
  }
  return attrs;
}

function embedPageUrl(tag: EmbedTag, attrs: Record<string, string>): string {
  const url = new URL(embedUrl);
  url.searchParams.set('el', tag);
  for (const [name, v] of Object.entries(attrs)) url.searchParams.set(name, v);
  return url.href;
}

// --- Preview and snippet -----------------------------------------------------------------------

/**
 * The real element, exactly as the script snippet writes it (attributes and fallback text); the
 * snippet's `<script>` is parsed inert and left out.
 */
async function previewElement(
  tag: EmbedTag,
  attrs: Record<string, string>,
  script: string,
): Promise<Element> {
  const template = document.createElement('template');
  template.innerHTML = script;
  const parsed = template.content.querySelector(tag);
  if (parsed) return document.importNode(parsed, true);
  const element = document.createElement(tag);
  for (const [name, v] of Object.entries(attrs)) element.setAttribute(name, v);
  element.innerHTML = await fallbackHtml(tag, attrs, { lang: attrs.lang as Lang });
  return element;
}

/** Each update's number: an older one that finishes late changes nothing. */
let updates = 0;

async function update(): Promise<void> {
  const current = ++updates;
  preview.setAttribute('aria-busy', 'true');
  const tag = tagSelect.value as EmbedTag;
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-for]')) {
    fieldset.hidden = fieldset.dataset.for !== tag;
  }
  const attrs = attributes(tag);
  const lang = attrs.lang as Lang;
  const chosen = quotes.find((q) => q.id === value('#quote'));
  $('#quote-chosen').textContent = chosen ? chosen.text : '';
  const kind = form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value;

  const script = await scriptSnippet(tag, attrs, { lang, cdnUrl });
  const shown = await previewElement(tag, attrs, script);
  const code = kind === 'iframe' ? await iframeSnippet(tag, attrs, { lang, embedUrl }) : script;
  if (current !== updates) return;
  preview.removeAttribute('aria-busy');
  preview.replaceChildren(shown);
  snippet.value = code;
  iframeNote.hidden = kind !== 'iframe';
  embedLink.href = embedPageUrl(tag, attrs);
  copyStatus.textContent = '';
}

form.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.id === 'document') fillArticles($('#article'), target.value);
  // A list of choices needs at least one; a last box unchecked is checked again.
  if (
    target.type === 'checkbox' &&
    !target.closest('fieldset')?.querySelector(`input[name="${target.name}"]:checked`)
  ) {
    target.checked = true;
  }
  void update();
});
form.addEventListener('submit', (event) => event.preventDefault());

copyButton.addEventListener('click', async () => {
  const text = snippet.value;
  let copied = false;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    // No clipboard access (a page over plain http, a denied permission): select the text instead.
    snippet.focus();
    snippet.select();
  }
  // Emptied first, so that copying twice is announced twice.
  copyStatus.textContent = '';
  await new Promise((done) => setTimeout(done, 50));
  copyStatus.textContent = copied
    ? 'Copied to the clipboard.'
    : 'Could not reach the clipboard: the snippet is selected, press Ctrl+C (⌘C on a Mac) to copy it.';
});

void update();
