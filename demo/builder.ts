/**
 * The embed-code builder: a form over the bundled data, a live preview with the real element, and
 * the snippet the library's own functions write (script tag with fallback text, or an iframe).
 * The form's controls come from the element folders (src/embed/controls.ts): a new element gets
 * its fieldset here without a line of this file changing.
 */
import '../src/define/all.js';
import { bundledDataset } from '../src/data/index.js';
import type { Lang } from '../src/data/index.js';
import { elementControls, type Control, type Option } from '../src/embed/controls.js';
import { fallbackHtml, iframeSnippet, scriptSnippet } from '../src/embed/snippets.js';
import manifest from '../custom-elements.json';

type EmbedTag = string;

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

const ELEMENTS = elementControls(bundledDataset, manifest);
/** The element the page starts with, and the language its snippets start in. */
const FIRST: EmbedTag = 'cst-quote';
const START_LANG = 'en';

// --- The form, from the element folders ------------------------------------------------------

type FormControl = HTMLSelectElement | HTMLInputElement;

/** Each control's element in the form, and how it reads. */
const fields = new Map<string, { control: Control; read: () => string | undefined }>();
const fieldKey = (tag: string, control: Control) =>
  control.shared ? control.name : `${tag} ${control.name}`;

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

/**
 * A select's options, under their groups where they have one; "none" first unless required. A
 * list refilled for another leading value (a document's articles) keeps the chosen value where it
 * can, else takes its first.
 */
function fillOptions(select: HTMLSelectElement, control: Control, options: Option[]): void {
  const previous = select.value;
  const refill = select.options.length > 0;
  const items: HTMLElement[] = [];
  if (!control.required && control.initial === undefined) {
    items.push(make('option', { value: '', textContent: control.none ?? '(none)' }));
  }
  let group: HTMLOptGroupElement | undefined;
  for (const option of options) {
    const item = make('option', { value: option.value, textContent: option.label });
    if (option.group === undefined) {
      items.push(item);
      group = undefined;
    } else if (group?.label === option.group) {
      group.append(item);
    } else {
      group = make('optgroup', { label: option.group }, item);
      items.push(group);
    }
  }
  select.replaceChildren(...items);
  if ([...select.options].some((o) => o.value === previous)) select.value = previous;
  else if (refill && options[0]) select.value = options[0].value;
}

/** A search box that narrows a long list to the options whose label holds what is typed. */
function searchBox(id: string, control: Control, select: HTMLSelectElement): HTMLElement {
  const input = make('input', { type: 'search', id: `${id}-search` });
  // Each option is found by its label, its group's heading and what else it holds (a quote's words).
  const searchable = new Map(
    (control.options ?? []).map((o) => [
      o.value,
      [o.label, o.group, o.detail].join(' ').toLowerCase(),
    ]),
  );
  input.addEventListener('input', () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    for (const option of select.options) {
      const text = searchable.get(option.value) ?? '';
      option.hidden = option.value !== '' && !words.every((w) => text.includes(w));
    }
    for (const group of select.querySelectorAll('optgroup')) {
      group.hidden = [...group.children].every((o) => (o as HTMLOptionElement).hidden);
    }
    // The first match is chosen, so the preview follows the search.
    const first = [...select.options].find((o) => !o.hidden && o.value !== '');
    if (first && select.selectedOptions[0]?.hidden !== false) {
      select.value = first.value;
      void update();
    }
  });
  return make(
    'div',
    { className: 'search' },
    make('label', {
      htmlFor: input.id,
      textContent: `Search the list of ${control.label.toLowerCase()}s`,
    }),
    input,
  );
}

/** One control in the form: its label, its input, its doc line. */
function field(tag: string, control: Control, start: string | undefined): HTMLElement {
  const id = control.shared ? control.name : `${tag}-${control.name}`;
  const hint = make('span', { className: 'hint', id: `${id}-hint`, textContent: control.help });
  if (control.input === 'checks') {
    const boxes = (control.options ?? []).map((option) =>
      make('input', { type: 'checkbox', name: control.name, value: option.value, checked: true }),
    );
    const chosen = start?.split(/[\s,]+/);
    if (chosen) for (const box of boxes) box.checked = chosen.includes(box.value);
    fields.set(fieldKey(tag, control), {
      control,
      read: () => {
        const checked = boxes.filter((b) => b.checked).map((b) => b.value);
        return checked.length < boxes.length ? checked.join(' ') : undefined;
      },
    });
    const group = make(
      'fieldset',
      { className: 'field checks' },
      make('legend', { className: 'label', textContent: control.label }),
      ...boxes.map((box, i) => make('label', {}, box, ` ${control.options![i]!.label}`)),
    );
    group.setAttribute('aria-describedby', hint.id);
    return make('div', {}, group, hint);
  }

  let input: FormControl;
  const parts: HTMLElement[] = [];
  if (control.input === 'select' || control.input === 'search') {
    const select = make('select', { id, name: control.name });
    fillOptions(select, control, control.options ?? []);
    input = select;
    if (control.input === 'search') parts.push(searchBox(id, control, select));
  } else {
    input = make('input', { id, name: control.name });
    if (control.input === 'date') input.type = 'date';
    else if (control.input === 'number') input.type = 'number';
    else {
      input.type = 'text';
      if (control.input === 'year') {
        input.pattern = '\\d{4}(-\\d{2}-\\d{2})?';
        input.placeholder = 'YYYY or YYYY-MM-DD';
      }
    }
  }
  input.setAttribute('aria-describedby', hint.id);
  const value = start ?? control.initial;
  if (value !== undefined) input.value = value;
  fields.set(fieldKey(tag, control), {
    control,
    read: () => {
      const v = input.value.trim();
      return v && input.validity.valid && v !== control.initial ? v : undefined;
    },
  });
  const box = make(
    'div',
    { className: 'field' },
    make('label', { htmlFor: id, textContent: control.label }),
    ...parts,
    input,
    hint,
  );
  // What a label cannot hold of the chosen option (a quote's words), said below it.
  if (control.options?.some((o) => o.detail)) {
    const detail = make('q', { className: 'chosen', id: `${id}-chosen` });
    const show = () => {
      detail.textContent = control.options!.find((o) => o.value === input.value)?.detail ?? '';
    };
    input.addEventListener('change', show);
    input.addEventListener('input', show);
    show();
    box.append(detail);
  }
  // Options that follow another attribute (an article's document) are refilled when it changes.
  if (control.after && input instanceof HTMLSelectElement) {
    const { name, options } = control.after;
    const select = input;
    form.addEventListener('change', (event) => {
      const leader = event.target as FormControl;
      if (leader.name === name && leader.closest('fieldset')?.dataset.for === tag) {
        fillOptions(select, control, options[leader.value] ?? []);
      }
    });
  }
  return box;
}

function buildForm(): void {
  const shared = ELEMENTS[0]!.controls.filter((c) => c.shared);
  const sets = ELEMENTS.map(({ tag, title, controls, start }) =>
    make(
      'fieldset',
      { hidden: tag !== FIRST },
      make('legend', { textContent: title }),
      ...controls.filter((c) => !c.shared).map((c) => field(tag, c, start[c.name])),
    ),
  );
  ELEMENTS.forEach(({ tag }, i) => (sets[i]!.dataset.for = tag));
  const common = make(
    'fieldset',
    {},
    make('legend', { textContent: 'Language and colours' }),
    ...shared.map((c) => field('', c, c.name === 'lang' ? START_LANG : undefined)),
  );
  $('#element-fields').replaceChildren(...sets, common);
  tagSelect.replaceChildren(
    ...ELEMENTS.map(({ tag, title }) =>
      make('option', { value: tag, textContent: `${title} (<${tag}>)` }),
    ),
  );
  tagSelect.value = FIRST;
}

buildForm();

// --- Reading the form --------------------------------------------------------------------------

/** The attributes the form describes for a tag: its own controls, then the shared ones. */
function attributes(tag: EmbedTag): Record<string, string> {
  const attrs: Record<string, string> = {};
  const element = ELEMENTS.find((e) => e.tag === tag)!;
  for (const control of element.controls) {
    const value = fields.get(fieldKey(tag, control))?.read();
    if (value !== undefined) attrs[control.name] = value;
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
  const element = ELEMENTS.find((e) => e.tag === tag);
  $('#tag-hint').textContent = element?.summary ?? '';
  const attrs = attributes(tag);
  const lang = attrs.lang as Lang;
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
