/** `<cst-summit-card>` as plain HTML: kind, date, place or format, chair, attendees. */
import { people } from '../data/bundled/people.js';
import { sessions } from '../data/bundled/sessions.js';
import { states } from '../data/bundled/states.js';
import { isIsoDate } from '../data/dates.js';
import { byId, findSession } from '../data/queries.js';
import type { IsoDate, Lang, SessionRecord } from '../data/types.js';
import { strings } from '../elements/summit-card/summit-card.strings.js';
import { formatDate } from '../internal/format.js';
import { escapeHtml, fillHtml, localizedHtml, timeHtml } from './html.js';
import type { Writer } from './tags.js';

const VARIANTS = ['full', 'compact'];
/** Looks like a date (digits and separators) but may not be a valid `YYYY-MM-DD` one. */
const DATE_LIKE = /^(?=.*\d)[\d\s./-]+$/;

/** The session the attributes select, as the element selects it. */
function pick(attrs: Record<string, string>, asOf: IsoDate) {
  if (!VARIANTS.includes((attrs.variant ?? 'full').trim().toLowerCase())) return undefined;
  const ref = attrs.summit?.trim();
  if (!ref) return undefined;
  const latest = ref.toLowerCase() === 'latest';
  let session: SessionRecord | undefined;
  if (latest) session = findSession(sessions, 'latest', asOf);
  else if (DATE_LIKE.test(ref))
    session = isIsoDate(ref) ? findSession(sessions, ref, asOf) : undefined;
  else session = sessions.find((s) => s.id === ref);
  return session && { session, latest };
}

const stateName = (id: string, lang: Lang) => {
  const state = byId(states, id);
  return state ? localizedHtml(state.name, lang) : escapeHtml(id);
};

const personName = (id: string, lang: Lang) => {
  const person = byId(people, id);
  return person ? localizedHtml(person.name, lang) : escapeHtml(id);
};

function place(session: SessionRecord, lang: Lang): [string, string] | undefined {
  const t = strings[lang];
  const where = session.place;
  if (where && session.format !== 'videoconference' && session.format !== 'consultations') {
    const city = localizedHtml(where.city, lang);
    const state = stateName(where.state, lang);
    return [
      t.place,
      where.venue
        ? fillHtml(t.placeVenue, { venue: localizedHtml(where.venue, lang), city, state })
        : fillHtml(t.placeCity, { city, state }),
    ];
  }
  if (session.format === 'videoconference') return [t.format, escapeHtml(t.videoconference)];
  if (session.format === 'consultations') return [t.format, escapeHtml(t.consultations)];
  return undefined;
}

/** The chair, unless the sources do not confirm it. */
function chair(session: SessionRecord, lang: Lang): string | undefined {
  const { chair } = session;
  if (!chair || chair.verified === false) return undefined;
  const state = chair.state ? stateName(chair.state, lang) : undefined;
  const person = chair.person ? personName(chair.person, lang) : undefined;
  if (person && state) return fillHtml(strings[lang].chairPerson, { person, state });
  return person ?? state;
}

export const fallback: Writer = (attrs, lang, asOf) => {
  const picked = pick(attrs, asOf);
  if (!picked) return undefined;
  const { session, latest } = picked;
  const t = strings[lang];
  // A planned session is never presented as held: no attendees, "Scheduled for".
  const planned = session.status === 'planned';
  const facts: [string, string][] = [
    [planned ? t.scheduledFor : t.date, timeHtml(session.date, lang)],
  ];
  const where = place(session, lang);
  if (where) facts.push(where);
  const chaired = chair(session, lang);
  if (chaired) facts.push([t.chair, chaired]);
  const out = [`<p><strong>${escapeHtml(t.title[session.kind] ?? t.title.regular)}</strong></p>`];
  if (planned) out.push(`<p>${escapeHtml(t.planned)}</p>`);
  if (latest) out.push(`<p>${fillHtml(t.latest, { date: timeHtml(asOf, lang) })}</p>`);
  out.push(
    '<dl>',
    ...facts.map(([label, value]) => `  <dt>${escapeHtml(label)}</dt><dd>${value}</dd>`),
    '</dl>',
  );
  if (!planned && session.attendees.length) {
    out.push(
      `<p>${escapeHtml(t.attendees)}</p>`,
      '<ul>',
      ...session.attendees.map(
        (a) =>
          `  <li>${fillHtml(t.attendee, {
            name: personName(a.person, lang),
            title: localizedHtml(a.title, lang),
          })}</li>`,
      ),
      '</ul>',
    );
  }
  return out.join('\n');
};

/** "Regular session of the CSTO Collective Security Council, 16 May 2022". */
export const title: Writer = (attrs, lang, asOf) => {
  const picked = pick(attrs, asOf);
  if (!picked) return undefined;
  const t = strings[lang];
  const { session } = picked;
  return `${t.title[session.kind] ?? t.title.regular}, ${formatDate(session.date, lang)}`;
};
