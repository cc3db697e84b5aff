import { resolveState } from '../../data/aliases.js';
import { clampToDataDate } from '../../data/dates.js';
import type { CitedSource } from '../../data/project.js';
import { secretaryGeneralOn } from '../../data/queries/people.js';
import { byId, localize } from '../../data/queries/records.js';
import { findSession } from '../../data/queries/sessions.js';
import {
  chairmanshipOn,
  organizationMembersOn,
  standingOn,
  treatyPartiesOn,
  type Standing,
} from '../../data/queries/states.js';
import type { IsoDate, Lang, Localized, SourceId } from '../../data/types.js';
import type { ViewInput, ViewResult } from '../../internal/base.js';
import { fillText, formatDate, formatList, plural } from '../../internal/format.js';
import { invalidValue, isProblem, type Problem } from '../../internal/problems.js';
import { unknownState } from '../../internal/unknown-state.js';
import { read, type Values } from '../../internal/spec.js';
import type { FactData } from './fact.data.js';
import { attributes } from './fact.spec.js';
import { strings } from './fact.strings.js';

export type FactName = Values<typeof attributes>['fact'];

/** What a fact says, before it is worded. */
export type FactValue =
  | { kind: 'count'; count: number; of: 'members' | 'parties' | 'signatories' }
  | { kind: 'names'; names: Localized[]; acting?: boolean }
  | { kind: 'status'; standing: Standing; since?: IsoDate }
  | { kind: 'date'; date: IsoDate }
  | {
      kind: 'session';
      date: IsoDate;
      city?: Localized;
      online: boolean;
      /** Announced, not known to have been held: the date that holds for, and whether the reader's clock has passed it. */
      planned?: { asOf: IsoDate; passed: boolean };
    };

export interface FactView {
  lang: Lang;
  fact: FactName;
  value: FactValue;
  /** The date the fact holds for, when it can change with the date. */
  asOf?: IsoDate;
  /** The date asked for was later than the data's: the fact holds for the data's own date. */
  latest: boolean;
  sources: CitedSource[];
}

/** Facts that hold whatever the date. */
const TIMELESS: readonly FactName[] = ['founded', 'treaty-signed'];

/** Attributes and data to one fact, on the date asked for. */
export function factView({
  tag,
  attrs,
  data,
  lang,
  asOf: fallbackAsOf,
  today,
}: ViewInput<FactData>): ViewResult<FactView> {
  const values = read(attributes, attrs);
  if (isProblem(values)) return { problem: values };
  const { fact } = values;
  const { asOf, clamped } = clampToDataDate(values.asOf ?? fallbackAsOf, data.meta.asOf);
  const found = valueOf(tag, fact, values.state, attrs.state, data, asOf, today);
  if (isProblem(found)) return { problem: found };
  const timeless = TIMELESS.includes(fact);
  return {
    view: {
      lang,
      fact,
      value: found.value,
      ...(!timeless && { asOf }),
      latest: !timeless && clamped,
      sources: [...new Set(found.sources)]
        .map((id) => byId(data.sources, id))
        .filter((s) => s !== undefined),
    },
  };
}

type Found = { value: FactValue; sources: SourceId[] };

function valueOf(
  tag: string,
  fact: FactName,
  wanted: string | null,
  given: unknown,
  data: FactData,
  date: IsoDate,
  today: IsoDate,
): Found | Problem {
  const none = (what: string): Problem => ({
    code: 'not-found',
    message: `<${tag}> fact="${fact}": the data holds no ${what} on ${date}. Until it does, the content inside the element is shown.`,
  });
  switch (fact) {
    case 'member-count':
    case 'members': {
      // Members of the Organization; before it, parties to the Treaty; before the Treaty took
      // effect, the states that had signed it.
      const members = organizationMembersOn(data.states, date);
      const parties = members.length ? [] : treatyPartiesOn(data.states, date);
      const signed = data.states.filter((s) => standingOn(s, date).standing === 'signatory');
      const [of, counted] = members.length
        ? (['members', members] as const)
        : parties.length
          ? (['parties', parties] as const)
          : (['signatories', signed] as const);
      const sources = counted.flatMap((s) => standingOn(s, date).event?.sources ?? []);
      if (fact === 'member-count') {
        return { value: { kind: 'count', count: counted.length, of }, sources };
      }
      if (!counted.length) return none('member state');
      return { value: { kind: 'names', names: counted.map((s) => s.name) }, sources };
    }
    case 'status': {
      if (wanted === null) {
        return invalidValue('state', given, data.states.map((s) => s.name.en).sort());
      }
      const state = resolveState(data.states, wanted);
      if (!state) return unknownState(given, data.states);
      const { standing, event } = standingOn(state, date);
      const dated = standing !== 'member' && standing !== 'party' && standing !== 'none';
      return {
        value: { kind: 'status', standing, ...(dated && event && { since: event.date }) },
        sources: event?.sources ?? state.membership.flatMap((e) => e.sources),
      };
    }
    case 'secretary-general': {
      const held = secretaryGeneralOn(data.people, date);
      if (!held) return none('Secretary General');
      return {
        value: { kind: 'names', names: [held.person.name], acting: held.role.acting === true },
        sources: held.role.sources ?? [],
      };
    }
    case 'chair': {
      const chair = chairmanshipOn(data.states, date);
      if (!chair) return none('chairmanship');
      return { value: { kind: 'names', names: [chair.state.name] }, sources: chair.term.sources };
    }
    case 'founded':
    case 'treaty-signed': {
      const document = byId(data.documents, fact === 'founded' ? 'charter' : 'treaty');
      if (!document) return none(fact === 'founded' ? 'Charter' : 'Treaty');
      return { value: { kind: 'date', date: document.date }, sources: document.sources };
    }
    case 'latest-session':
    case 'next-session': {
      // The next session after a date: the first held after it, or the one planned.
      const shown =
        fact === 'latest-session'
          ? findSession(data.sessions, 'latest', date)
          : [...data.sessions]
              .sort((a, b) => (a.date < b.date ? -1 : 1))
              .find((s) => s.date > date);
      if (!shown) return none(fact === 'latest-session' ? 'session held' : 'planned session');
      return {
        value: {
          kind: 'session',
          date: shown.date,
          ...(shown.place && { city: shown.place.city }),
          online: shown.format === 'videoconference',
          ...(shown.status === 'planned' && {
            planned: { asOf: shown.statusAsOf ?? data.meta.asOf, passed: today > shown.date },
          }),
        },
        sources: shown.sources,
      };
    }
  }
}

/** The fact as plain text, for an iframe's title. */
export function factTitle(view: FactView): string {
  const t = strings[view.lang];
  const { value, lang } = view;
  switch (value.kind) {
    case 'count':
      return String(value.count);
    case 'names': {
      const names = formatList(
        value.names.map((n) => localize(n, lang)).sort(new Intl.Collator(lang).compare),
        lang,
      );
      return value.acting ? fillText(t.acting, { name: names }) : names;
    }
    case 'status':
      return fillText(t.status[value.standing], {
        date: value.since ? formatDate(value.since, lang) : '',
      });
    case 'date':
      return formatDate(value.date, lang);
    case 'session':
      return fillText(value.online || !value.city ? t.sessionOnline : t.session, {
        date: formatDate(value.date, lang),
        place: localize(value.city, lang),
      });
  }
}

/** The sentence that says what a count counts. */
export function countNote(view: FactView): string | undefined {
  const { value, lang } = view;
  if (value.kind !== 'count') return undefined;
  return plural(value.count, lang, strings[lang][value.of]);
}
