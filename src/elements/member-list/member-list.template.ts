import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/template.js';
import type { TemplateOptions } from '../../internal/base.js';
import { plural } from '../../internal/format.js';
import { cite, fill, joined, localized, time } from '../../internal/markup.js';
import { flagOf } from './flags.js';
import { strings, type MemberListStrings } from './member-list.strings.js';
import { listKind, type MemberListView, type Row } from './member-list.view.js';

/**
 * The states under a title and a line that says how many there are and on which date, as a list,
 * cards or a table, with one quiet line of sources at the bottom.
 */
export function memberListTemplate(
  view: MemberListView,
  _options: TemplateOptions,
): TemplateResult {
  const t = strings[view.lang];
  const list = listKind(view);
  const date = time(view.date, view.lang);
  const dated = view.latest ? fill(t.latest, { date }) : date;
  const title = html`<span part="title" class="title" id="title">${t.title[list]}</span>`;
  if (view.rows.length === 0) {
    return html`<div class="wrap plain">
      <p>${title}</p>
      <p part="empty caption" class="lede" role="note">
        ${fill(t.empty[view.status], { date: dated })}
      </p>
      ${sources(view, t)}
    </div>`;
  }
  const lede = html`${fill(plural(view.rows.length, view.lang, t.count[list]), { date: dated })}${
    view.founded
      ? html` <span class="founding"
          >${fill(t.founding, { date: time(view.founded, view.lang) })}</span
        >`
      : nothing
  }${
    view.signatories
      ? html` <span class="founding"
          >${fill(t.inForce, { date: time(view.signatories, view.lang) })}</span
        >`
      : nothing
  }`;
  const body = view.layout === 'table' ? table(view, t, title, lede) : items(view, t, title, lede);
  return html`<div class="wrap plain">${body}${sources(view, t)}</div>`;
}

function items(view: MemberListView, t: MemberListStrings, title: unknown, lede: unknown) {
  const f = view.fields;
  return html`<div class="head">
      <p>${title}</p>
      <p part="caption" class="lede" id="lede">${lede}</p>
    </div>
    <ul
      part="list"
      class="list ${view.layout}"
      role="list"
      aria-labelledby="title"
      aria-describedby="lede"
    >
      ${view.rows.map(
        (row) =>
          html`<li
            part="item"
            class="item${view.layout === 'grid' ? ' box' : ''}"
            data-state=${row.id}
          >
            <span class="line"
              >${name(row, view)} ${f.has('status') ? status(row, view, t, false) : nothing}</span
            >
            ${details(row, view, t)} ${notes(row, view)}
          </li>`,
      )}
    </ul>`;
}

function table(view: MemberListView, t: MemberListStrings, title: unknown, lede: unknown) {
  const f = view.fields;
  const columns = (['joined', 'status', 'capital'] as const).filter((c) => f.has(c));
  return html`<div class="scroll">
    <table part="table" class="table">
      <caption>
        ${title}
        <span part="caption" class="lede">${lede}</span>
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
              <th scope="row">${name(row, view)}</th>
              ${columns.map((c) =>
                c === 'joined'
                  ? html`<td part="joined" class="joined" data-label=${t.columns.joined}>
                      ${row.joined ? time(row.joined, view.lang, 'short') : nothing}${
                        row.left
                          ? html`; ${fill(t.left, { date: time(row.left, view.lang, 'short') })}`
                          : nothing
                      }
                    </td>`
                  : c === 'status'
                    ? html`<td data-label=${t.columns.status}>
                        ${status(row, view, t, true)} ${notes(row, view)}
                      </td>`
                    : html`<td part="capital" class="capital" data-label=${t.columns.capital}>
                        ${row.capital}
                      </td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function name(row: Row, view: MemberListView): TemplateResult {
  return html`<span part="name" class="name"
    >${view.fields.has('flag') ? flagOf(row.iso2) : nothing}${row.name}</span
  >`;
}

/**
 * A status label with its date; a plain member or party needs none in a list (the title says
 * what they are), and is named in words in the table.
 */
function status(row: Row, view: MemberListView, t: MemberListStrings, table: boolean) {
  const plain = row.status === 'member' || row.status === 'party' || row.status === 'signatory';
  if (plain) return table ? html`<span class="muted">${t.status[row.status]}</span>` : nothing;
  const tone =
    row.status === 'frozen' || row.status === 'suspended'
      ? 'warn'
      : row.status === 'left'
        ? 'off'
        : '';
  const badge = row.status === 'restored' ? 'member' : row.status;
  return html`<span class="status"
    ><span part="badge badge-${badge}" class="label ${tone}">${t.status[row.status]}</span>${
      row.since
        ? html` <span class="since muted"
            >${fill(tone === 'warn' || row.status === 'left' ? t.since : '{date}', {
              date: time(row.since, view.lang, 'short'),
            })}</span
          >`
        : nothing
    }</span
  >`;
}

/** What a reader must know of a state's status, and its dated steps since it joined. */
function notes(row: Row, view: MemberListView) {
  const { lang } = view;
  return html`${row.caveats.map(
    (caveat) => html`<span class="caveat muted">${localized(caveat, lang)}</span>`,
  )}${
    row.steps.length
      ? html`<ul part="steps" class="steps muted" role="list">
          ${row.steps.map(
            (step) =>
              html`<li>${time(step.date, lang, 'short')}: ${localized(step.title, lang)}</li>`,
          )}
        </ul>`
      : nothing
  }`;
}

function details(row: Row, view: MemberListView, t: MemberListStrings) {
  const joined = row.joined && row.joinedBy;
  const parts = [
    view.fields.has('joined') && joined
      ? html`<span part="joined"
          >${fill(t.joined[row.joinedBy!], { date: time(row.joined!, view.lang, 'short') })}${
            row.left
              ? html`; ${fill(t.left, { date: time(row.left, view.lang, 'short') })}`
              : nothing
          }</span
        >`
      : undefined,
    view.fields.has('capital') && row.capital
      ? html`<span part="capital">${fill(t.capital, { capital: row.capital })}</span>`
      : undefined,
  ].filter((p) => p !== undefined);
  if (!parts.length) return nothing;
  return html`<span class="details muted"
    >${parts.flatMap((p, i) => (i ? [' · ', p] : [p]))}</span
  >`;
}

function sources(view: MemberListView, t: MemberListStrings) {
  if (!view.sources.length) return nothing;
  const { lang } = view;
  const listed = view.sources.map((s) => cite(s, lang));
  const all = view.moreSources ? [...listed, plural(view.moreSources, lang, t.more)] : listed;
  return html`<p part="sources" class="footer">
    ${fill(t.sources, { sources: joined(all, lang) })}
  </p>`;
}
