import { html, nothing, type TemplateResult } from 'lit';
import type { IsoDate } from '../../data/types.js';
import type { TemplateOptions } from '../../internal/base.js';
import { plural } from '../../internal/format.js';
import { cite, fill, time } from '../../internal/markup.js';
import { common } from '../../internal/strings.js';
import { strings, type MemberListStrings } from './member-list.strings.js';
import type { MemberListField, MemberListView, Row } from './member-list.view.js';

/** The states as a list, cards or a table, under a caption naming the count and the date. */
export function memberListTemplate(
  view: MemberListView,
  _options: TemplateOptions,
): TemplateResult {
  const t = strings[view.lang];
  const dated = time(view.date, view.lang);
  if (view.rows.length === 0) {
    return html`<div class="wrap">
      <p part="empty caption" class="empty" role="note">
        ${fill(t.empty[view.status], { date: dated })}
      </p>
      ${sources(view)}
    </div>`;
  }
  const caption = fill(plural(view.rows.length, view.lang, t.caption[view.status]), {
    date: dated,
  });
  const body = view.layout === 'table' ? table(view, t, caption) : list(view, t, caption);
  return html`<div class="wrap">${body} ${sources(view)}</div>`;
}

function list(view: MemberListView, t: MemberListStrings, caption: unknown[]): TemplateResult {
  const f = view.fields;
  return html`<p part="caption" class="caption" id="caption">${caption}</p>
    <ul part="list" class="list layout-${view.layout}" role="list" aria-labelledby="caption">
      ${view.rows.map(
        (row) =>
          html`<li part="item" class="item" data-state=${row.id}>
            ${name(row, f)}
            ${
              f.has('joined') || f.has('capital')
                ? html`<span class="details">
                    ${
                      f.has('joined') && row.joined
                        ? html`<span part="joined" class="joined"
                            >${fill(t.joined, { date: time(row.joined, view.lang) })}</span
                          >`
                        : nothing
                    }
                    ${
                      f.has('capital') && row.capital
                        ? html`<span part="capital" class="capital"
                            >${fill(t.capital, { capital: row.capital })}</span
                          >`
                        : nothing
                    }
                  </span>`
                : nothing
            }
            ${f.has('status') ? badge(row, view, t) : nothing}
          </li>`,
      )}
    </ul>`;
}

function table(view: MemberListView, t: MemberListStrings, caption: unknown[]): TemplateResult {
  const f = view.fields;
  const columns = (['joined', 'status', 'capital'] as const).filter((c) => f.has(c));
  return html`<div class="scroll">
    <table part="table" class="table">
      <caption part="caption" class="caption">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.columns.name}</th>
          ${columns.map((c) => html`<th scope="col">${t.columns[c]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${view.rows.map(
          (row) =>
            html`<tr part="item" class="item" data-state=${row.id}>
              <th scope="row">${name(row, f)}</th>
              ${columns.map((c) =>
                c === 'joined'
                  ? html`<td part="joined" class="joined">
                      ${row.joined ? time(row.joined, view.lang) : nothing}
                    </td>`
                  : c === 'status'
                    ? html`<td>${badge(row, view, t)}</td>`
                    : html`<td part="capital" class="capital">${row.capital}</td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function name(row: Row, fields: ReadonlySet<MemberListField>): TemplateResult {
  const flag = fields.has('flag') ? flagOf(row.iso2) : '';
  return html`<span part="name" class="name"
    >${
      flag ? html`<span part="flag" class="flag" aria-hidden="true">${flag}</span> ` : nothing
    }${row.name}</span
  >`;
}

function badge(row: Row, view: MemberListView, t: MemberListStrings): TemplateResult {
  const { status, event } = row;
  // A plain member's date is its joining date: said once, in the joined field when it is shown.
  const kind =
    status === 'member' || status === 'none'
      ? event?.type === 'restored'
        ? 'restored'
        : view.fields.has('joined') || !event
          ? 'member'
          : 'memberSince'
      : status;
  const tone = status === 'none' ? 'member' : status;
  const when = (date: IsoDate) => time(date, view.lang, t.sinceStyle);
  return html`<span part="badge badge-${tone}" class="badge ${tone}"
    >${event ? fill(t.badge[kind], { date: when(event.date) }) : t.badge[kind]}</span
  >`;
}

function sources(view: MemberListView): TemplateResult {
  if (!view.sources.length) return html``;
  const { lang } = view;
  return html`<div part="sources" class="sources">
    <span class="label" id="sources">${common[lang].sources}</span>
    <ul role="list" aria-labelledby="sources">
      ${view.sources.map((s) => html`<li>${cite(s, lang)}</li>`)}
      ${
        view.moreSources
          ? html`<li>${plural(view.moreSources, lang, strings[lang].more)}</li>`
          : nothing
      }
    </ul>
  </div>`;
}

/** The Unicode regional-indicator pair for an ISO 3166-1 alpha-2 code (`AM` → 🇦🇲). */
function flagOf(iso2: string): string {
  if (!/^[a-z]{2}$/i.test(iso2)) return '';
  return String.fromCodePoint(...[...iso2.toUpperCase()].map((c) => 0x1f1a5 + c.charCodeAt(0)));
}
