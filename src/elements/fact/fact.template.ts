import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/template.js';
import type { TemplateOptions } from '../../internal/base.js';
import { plural } from '../../internal/format.js';
import { cite, fill, joined, localized, time, type Inline } from '../../internal/markup.js';
import { strings } from './fact.strings.js';
import type { FactView } from './fact.view.js';

export interface FactOptions extends TemplateOptions {
  /** Called when the marker is pressed (click, Enter or Space): it opens or closes the note. */
  onMarker?: (event: Event) => void;
  /** Called when the note opens or closes. */
  onToggle?: (event: ToggleEvent) => void;
  /** The note is open. */
  open?: boolean;
}

/**
 * A fact as it reads inside the publisher's sentence, followed by a small marker that opens a
 * note: the date it holds for and its sources. Without script the note follows in brackets.
 */
export function factTemplate(view: FactView, options: FactOptions): TemplateResult {
  const t = strings[view.lang];
  const value = html`<span part="value" class="value">${valueOf(view)}</span>`;
  const lines = noteLines(view);
  if (options.static) {
    return html`${value}
      <small part="note" class="note"
        >(${lines.map((line, i) => html`${i ? '; ' : ''}${line}`)})</small
      >`;
  }
  // The marker is inline text in the role of a button: a <button> would be a box, after which a
  // line may break before the sentence's punctuation.
  return html`${value}<span
      part="marker"
      class="marker"
      role="button"
      tabindex="0"
      aria-label=${t.marker}
      aria-controls="note"
      aria-expanded=${options.open ? 'true' : 'false'}
      @click=${options.onMarker}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Enter' || event.key === ' ') options.onMarker?.(event);
      }}
      >${t.markerText}</span
    ><span part="note" class="note" id="note" popover role="note" @toggle=${options.onToggle}
      >${lines.map((line) => html`<span class="line">${line}</span>`)}</span
    >`;
}

/** The fact itself, worded in the reader's language. */
function valueOf({ value, lang }: FactView): Inline | unknown[] {
  const t = strings[lang];
  switch (value.kind) {
    case 'count':
      return new Intl.NumberFormat(lang).format(value.count);
    case 'names': {
      const collator = new Intl.Collator(lang);
      const names = [...value.names]
        .sort((a, b) => collator.compare(localizedText(a, lang), localizedText(b, lang)))
        .map((name) => localized(name, lang));
      const list = joined(names, lang);
      return value.acting ? fill(t.acting, { name: list }) : list;
    }
    case 'status':
      return fill(t.status[value.standing], { date: value.since && time(value.since, lang) });
    case 'date':
      return time(value.date, lang);
    case 'session':
      return fill(value.online || !value.city ? t.sessionOnline : t.session, {
        date: time(value.date, lang),
        place: localized(value.city, lang),
      });
  }
}

const localizedText = (name: Record<string, string | undefined>, lang: string) =>
  name[lang] ?? name.en ?? '';

/** What the note says: the date, what a count counts, a planned session's standing, the sources. */
function noteLines(view: FactView): unknown[] {
  const { lang, value } = view;
  const t = strings[lang];
  const lines: unknown[] = [];
  if (view.asOf) lines.push(fill(view.latest ? t.latest : t.asOf, { date: time(view.asOf, lang) }));
  if (value.kind === 'count') {
    lines.push(plural(value.count, lang, t[value.of]));
  }
  if (value.kind === 'session' && value.planned) {
    lines.push(
      value.planned.passed
        ? fill(t.passed, { date: time(value.date, lang) })
        : fill(t.planned, { date: time(value.planned.asOf, lang) }),
    );
  }
  if (view.sources.length) {
    const sources = view.sources.map((source) => cite(source, lang, 'full'));
    lines.push(fill(t.sources, { sources: joined(sources, lang) }));
  }
  return lines.length ? lines : [nothing];
}
