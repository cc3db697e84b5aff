/** `<cst-member-list>` as plain HTML: the caption with its date, then the states in a list. */
import { states } from '../data/bundled/states.js';
import { isIsoDate } from '../data/dates.js';
import { formerOn, joinedOn, localize, membersOn, statusOn } from '../data/queries.js';
import type { IsoDate } from '../data/types.js';
import { strings } from '../elements/member-list/member-list.strings.js';
import { plural } from '../internal/lists.js';
import { choice, escapeHtml, fillHtml, timeHtml } from './html.js';
import type { Writer } from './tags.js';

const STATUSES = ['current', 'former', 'all'] as const;
const LAYOUTS = ['list', 'grid', 'table'] as const;
const SORTS = ['name', 'joined'] as const;
const FIELDS = ['flag', 'joined', 'status', 'capital'];

/** What the attributes ask for, checked as the element checks them. */
function query(attrs: Record<string, string>, asOf: IsoDate) {
  const status = choice(attrs.status, STATUSES, 'current');
  const sort = choice(attrs.sort, SORTS, 'name');
  if (!status || !sort || !choice(attrs.layout, LAYOUTS, 'list')) return undefined;
  if (attrs.fields !== undefined) {
    const tokens = attrs.fields.trim().split(/\s+/).filter(Boolean);
    if (!tokens.length || tokens.some((f) => !FIELDS.includes(f))) return undefined;
  }
  const date = attrs['as-of'] === undefined ? asOf : attrs['as-of'].trim();
  return isIsoDate(date) ? { status, sort, date } : undefined;
}

export const fallback: Writer = (attrs, lang, asOf) => {
  const q = query(attrs, asOf);
  if (!q) return undefined;
  const { status, sort, date } = q;
  const t = strings[lang];
  const chosen =
    status === 'current'
      ? membersOn(states, date)
      : status === 'former'
        ? formerOn(states, date)
        : states.filter((s) => statusOn(s, date).status !== 'none');
  if (!chosen.length) return `<p>${fillHtml(t.empty[status], { date: timeHtml(date, lang) })}</p>`;
  const collator = new Intl.Collator(lang);
  const rows = chosen.map((s) => ({
    name: localize(s.name, lang),
    joined: joinedOn(s)?.date,
    ...statusOn(s, date),
  }));
  rows.sort((a, b) => {
    if (sort === 'joined' && a.joined !== b.joined) {
      if (a.joined === undefined) return 1;
      if (b.joined === undefined) return -1;
      return a.joined < b.joined ? -1 : 1;
    }
    return collator.compare(a.name, b.name);
  });
  const caption = fillHtml(plural(chosen.length, lang, t.caption[status]), {
    date: timeHtml(date, lang),
  });
  const items = rows.map((row) => {
    // A plain member needs no badge; a frozen, suspended or departed one says so, as the element.
    const kind =
      row.status === 'frozen' || row.status === 'suspended' || row.status === 'left'
        ? row.status
        : undefined;
    const badge =
      kind && row.event
        ? ` (${fillHtml(t.badge[kind], { date: timeHtml(row.event.date, lang, t.sinceStyle) })})`
        : '';
    return `  <li>${escapeHtml(row.name)}${badge}</li>`;
  });
  return [`<p>${caption}</p>`, '<ul>', ...items, '</ul>'].join('\n');
};

const TITLES = {
  en: {
    current: 'CSTO member states',
    former: 'Former CSTO members',
    all: 'States that have been parties to the Collective Security Treaty',
  },
  ru: {
    current: 'Государства — члены ОДКБ',
    former: 'Бывшие члены ОДКБ',
    all: 'Государства, участвовавшие в Договоре о коллективной безопасности',
  },
};

/** "CSTO member states" (or former members, or all parties). */
export const title: Writer = (attrs, lang, asOf) => {
  const q = query(attrs, asOf);
  return q && TITLES[lang][q.status];
};
