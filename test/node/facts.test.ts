// What readers see of the facts an editor checked: each test names a correction of the data or of
// its wording and reads it the way a reader does, from server-rendered elements in English and
// Russian (the same templates as in the browser), or from the data and its queries.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import '../../src/define/all.js';
import { bundledDataset as data } from '../../src/data/index.js';
import { COLLECTIONS } from '../../src/data/merge.js';
import { secretariesGeneral, secretaryGeneralOn } from '../../src/data/queries/people.js';
import { capitalOn, chairOn, standingOn } from '../../src/data/queries/states.js';
import type { Lang, PartialDataset, SessionRecord } from '../../src/data/types.js';
import { renderElement } from '../../src/ssr/index.js';
import { dateText, visibleText } from './text.js';

/** What a reader reads: the rendered text, with no space left before punctuation. */
async function read(
  tag: string,
  attributes: Record<string, string>,
  lang: Lang = 'en',
  extra?: PartialDataset,
): Promise<string> {
  const html = await renderElement(tag, attributes, { lang, ...(extra && { data: extra }) });
  // The numbered markers that point into the notes are not part of the words they follow.
  return visibleText(html.replace(/<sup\b[^>]*>[\s\S]*?<\/sup\s*>/g, ''))
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+([.,;:)])/g, '$1')
    .replace(/\(\s+/g, '(');
}

const source = (id: string) => data.sources.find((s) => s.id === id)!;
const state = (id: string) => data.states.find((s) => s.id === id)!;
const person = (id: string) => data.people.find((p) => p.id === id)!;
const session = (id: string) => data.sessions.find((s) => s.id === id)!;
const seed = (file: string) =>
  readFileSync(`${process.env.CST_SEEDS ?? '../shared/sources/seeds'}/${file}`, 'utf8');
const haveSeeds = (() => {
  try {
    seed(source('seed-003').file!);
    return true;
  } catch {
    return false;
  }
})();

describe('Treaty Article 4: the wording as signed in 1992, amended in 2010', () => {
  const article = data.documents
    .find((d) => d.id === 'treaty')!
    .articles!.find((a) => a.number === 4)!;

  it('marks the English wording as the text as signed', () => {
    const wording = article.blocks.filter((b) => b.kind === 'verbatim');
    assert.equal(wording.length, 1);
    assert.equal(wording[0]!.asSigned, true);
    assert.deepEqual(article.amendedBy, ['protocol-2010']);
  });

  it('labels it so, in English and Russian', async () => {
    const en = await read('cst-treaty-article', { article: '4' });
    assert.match(en, /English translation of the text as signed in 1992; amended in 2010 If one/);
    assert.doesNotMatch(en, /English translation If one/);
    const ru = await read('cst-treaty-article', { article: '4' }, 'ru');
    assert.match(
      ru,
      /Перевод на английский язык первоначальной редакции 1992 г\.; статья изменена в 2010 г\. If one/,
    );
  });

  it('says where the wording is quoted from without dating that article', async () => {
    const en = await read('cst-treaty-article', { article: '4' });
    assert.match(en, /as an undated report on the summit of 16 May 2022 quotes it/);
    assert.doesNotMatch(en, /quoted in a 2022 publication/);
    const ru = await read('cst-treaty-article', { article: '4' }, 'ru');
    assert.match(ru, /в каком её приводит недатированная публикация о саммите 16 мая 2022 г\./);
  });
});

describe('seed 003: each dated item cited by its own headline and date', () => {
  it('gives the 2 December 2020 report its own headline and date', { skip: !haveSeeds }, () => {
    const text = seed(source('seed-003').file!);
    assert.ok(text.includes(`${source('seed-003').title} 02.12.2020`));
    assert.equal(source('seed-003').date, '2020-12-02');
    for (const id of ['seed-003-2024-04-22', 'seed-003-2024-04-24']) {
      const item = source(id);
      assert.equal(item.file, source('seed-003').file);
      assert.equal(item.descriptive, true, `${id} prints no headline`);
      const [y, m, d] = item.date!.split('-');
      assert.ok(text.includes(`${d}.${m}.${y}`), id);
    }
  });

  it('cites the April 2024 facts to the April 2024 items', () => {
    assert.deepEqual(data.events.find((e) => e.id === 'consultations-2024-04-24')!.sources, [
      'seed-003-2024-04-24',
    ]);
    assert.deepEqual(person('ordabaev').roles[0]!.sources, ['seed-003-2024-04-22']);
    const kz2024 = state('kz').chairmanships.find((c) => c.from === '2024-01-01')!;
    assert.ok(kz2024.sources.includes('seed-003-2024-04-24'));
    // Nothing of 2021 or later rests on the report of 2020.
    for (const e of data.events.filter((x) => x.date >= '2021'))
      assert.ok(!e.sources.includes('seed-003'), e.id);
    for (const s of data.states)
      for (const c of s.chairmanships.filter((x) => x.from >= '2021'))
        assert.ok(!c.sources.includes('seed-003'), `${s.id} ${c.from}`);
  });

  it('shows the consultations under that item, with the chair and not as participants', async () => {
    for (const lang of ['en', 'ru'] as const) {
      const text = await read('cst-timeline', { from: '2024-04-01', to: '2024-04-30' }, lang);
      assert.ok(text.includes(source('seed-003-2024-04-24').title), text);
      assert.ok(!text.includes(source('seed-003').title), text);
      assert.match(text, lang === 'en' ? /Chair: Kazakhstan/ : /Председательство: Казахстан/);
      assert.doesNotMatch(text, /Участники: Казахстан|States involved: Kazakhstan/);
    }
  });
});

describe('citations that hold their facts', () => {
  it('cites for the 2016 Strategy the report of that session, not the 2020 Declaration', () => {
    assert.deepEqual(session('csc-2016-10-14').sources, ['tass-906600']);
  });

  it('sources every Secretary General term, with no gaps or overlaps from 2017 on', () => {
    const terms = secretariesGeneral(data.people);
    assert.deepEqual(
      terms.map((t) => t.person.id),
      ['bordyuzha', 'semerikov', 'khachaturov', 'semerikov', 'zas', 'tasmagambetov', 'masadykov'],
    );
    for (const { person: p, role } of terms) {
      assert.notEqual(role.verified, false, p.id);
      assert.ok(!role.sources.includes('facts-file'), p.id);
    }
    for (let i = 1; i < terms.length; i++)
      assert.equal(terms[i]!.role.from, terms[i - 1]!.role.to, terms[i]!.person.id);
    // Bordyuzha's start is known only to the year: the data claims no day inside 2003.
    assert.equal(terms[0]!.role.fromPrecision, 'year');
    assert.equal(secretaryGeneralOn(data.people, '2003-06-01'), undefined);
    assert.equal(secretaryGeneralOn(data.people, '2004-06-01')?.person.id, 'bordyuzha');
    assert.equal(secretaryGeneralOn(data.people, '2018-01-01')?.person.id, 'khachaturov');
    assert.equal(secretaryGeneralOn(data.people, '2019-01-01')?.role.acting, true);
  });

  it("says that Zas's last day is inferred from his successor's first, and sources both", () => {
    const zas = person('zas').roles[0]!;
    assert.equal(zas.to, '2023-01-01');
    assert.match(
      zas.verification!.en,
      /inferred: his successor, Imangali Tasmagambetov, took office on 1 January 2023/,
    );
    assert.ok(zas.sources.includes('zakon-kz-tasmagambetov'));
    assert.ok(person('tasmagambetov').roles[0]!.sources.includes('zakon-kz-tasmagambetov'));
  });

  it("sources Masadykov's post of Deputy Secretary General from January 2024", () => {
    const deputy = person('masadykov').roles.find((r) => r.kind === 'official')!;
    assert.deepEqual(deputy.sources, ['24kg-352168']);
    assert.equal(deputy.fromPrecision, 'month');
  });
});

describe('seeds 000 and 001 described as they are', () => {
  it('names no publisher for either, and marks the date of 001 as inferred', () => {
    assert.equal(source('seed-000').publisher, null);
    assert.equal(source('seed-001').publisher, null);
    assert.equal(source('seed-001').dateInferred, true);
    assert.match(source('seed-001').note!, /prints neither a publisher nor a date/);
  });

  it('says so wherever readers see a publisher or a date', async () => {
    const quote = { quote: 'tokayev-2022-working-mechanism' };
    assert.match(
      await read('cst-quote', quote),
      /Stability and Security Mechanism, publisher not named/,
    );
    assert.match(
      await read('cst-quote', quote, 'ru'),
      /Stability and Security Mechanism, издатель не указан/,
    );
    const card = await read('cst-summit-card', { summit: 'csc-2022-05-16' });
    assert.ok(
      card.includes(
        `Stability and Security Mechanism, publisher not named, ${dateText('2022-05-16', 'en')} (undated; the day it reports)`,
      ),
      card,
    );
    const ru = await read('cst-summit-card', { summit: 'csc-2022-05-16' }, 'ru');
    assert.ok(ru.includes('издатель не указан'), ru);
    assert.ok(ru.includes('(дата не указана, приведена дата события)'), ru);
  });
});

describe('the Zas quote in its context', () => {
  it('says what the words are about, in the caption and in what a reader copies', async () => {
    const en = await read('cst-quote', { quote: 'zas-2022-peacekeeping-contingent' });
    assert.match(
      en,
      /Stanislav Zas, CSTO Secretary General, on the armed incidents on the Armenian–Azerbaijani border/,
    );
    const ru = await read('cst-quote', { quote: 'zas-2022-peacekeeping-contingent' }, 'ru');
    assert.match(
      ru,
      /Станислав Зась, генеральный секретарь ОДКБ, о вооружённых инцидентах на армяно-азербайджанской границе/,
    );
  });

  it('places the words of seed 002 in its report of the summit, not at the session', () => {
    for (const q of data.quotes.filter((x) => x.source === 'seed-002'))
      assert.equal(q.event!.en, 'Reported from the anniversary summit, Moscow', q.id);
  });
});

describe('member lists true to their date', () => {
  it('lists signatories before the Treaty took effect (20 April 1994), parties after', async () => {
    const before = await read('cst-member-list', { 'as-of': '1993-06-01' });
    assert.match(
      before,
      /^States that had signed the Collective Security Treaty or acceded to it 6 states as of June 1, 1993 The Treaty took effect on April 20, 1994\./,
    );
    assert.doesNotMatch(before, /Parties to the Collective Security Treaty|Party to the Treaty/);
    assert.equal(standingOn(state('ru'), '1993-06-01').standing, 'signatory');
    assert.equal(standingOn(state('ru'), '1994-04-20').standing, 'party');
    const ru = await read('cst-member-list', { 'as-of': '1993-06-01' }, 'ru');
    assert.match(
      ru,
      /^Государства, подписавшие Договор о коллективной безопасности или присоединившиеся к нему 6 государств по состоянию на 1 июня 1993 г\. Договор вступил в силу 20 апреля 1994 г\./,
    );
    const after = await read('cst-member-list', { 'as-of': '1995-01-01' });
    assert.match(
      after,
      /^Parties to the Collective Security Treaty 9 parties as of January 1, 1995/,
    );
    assert.match(after, /Armenia Signed the Treaty on May 15, 1992/);
    assert.match(after, /Azerbaijan Acceded to the Treaty on Sep 24, 1993/);
  });

  it('shows a capital for a past date only where a source dates it', async () => {
    assert.equal(capitalOn(state('kz'), '1993-06-01', data.meta.asOf)?.name.en, 'Almaty');
    assert.equal(
      capitalOn(state('kz'), '1997-12-15', data.meta.asOf),
      undefined,
      'the month of the move',
    );
    assert.equal(capitalOn(state('kz'), '1998-01-15', data.meta.asOf)?.name.en, 'Akmola');
    assert.equal(capitalOn(state('kz'), '2020-01-01', data.meta.asOf)?.name.en, 'Nur-Sultan');
    assert.equal(capitalOn(state('kz'), data.meta.asOf, data.meta.asOf)?.name.en, 'Astana');
    assert.equal(capitalOn(state('am'), '2020-01-01', data.meta.asOf), undefined);
    assert.equal(capitalOn(state('am'), data.meta.asOf, data.meta.asOf)?.name.en, 'Yerevan');
    const early = await read('cst-member-list', { 'as-of': '1995-01-01' });
    assert.match(early, /Kazakhstan Signed the Treaty on May 15, 1992 · Capital: Almaty/);
    assert.doesNotMatch(early, /Capital: (Astana|Yerevan|Moscow)/);
    assert.match(
      await read('cst-member-list', { 'as-of': '2022-05-16' }, 'ru'),
      /Столица: Нур-Султан/,
    );
    assert.match(await read('cst-member-list', {}), /Capital: Astana/);
  });

  it('speaks of founding members of the Organization only once it exists', async () => {
    const before = await read('cst-member-list', { 'as-of': '1999-06-01' });
    assert.doesNotMatch(before, /founding members|established on/);
    assert.doesNotMatch(
      await read('cst-member-list', { 'as-of': '1999-06-01' }, 'ru'),
      /учредители/,
    );
    assert.match(
      await read('cst-member-list', { 'as-of': '2005-01-01' }),
      /All are founding members of the Organization, established on October 7, 2002\./,
    );
  });

  it("shows Uzbekistan's years outside the Treaty, 1999–2006", async () => {
    const en = await read('cst-member-list', { 'as-of': '2008-01-01' });
    assert.match(
      en,
      /Uzbekistan Membership restored Aug 16, 2006 Signed the Treaty on May 15, 1992; ceased to be a party on Apr 20, 1999/,
    );
    const ru = await read('cst-member-list', { 'as-of': '2008-01-01' }, 'ru');
    assert.match(
      ru,
      /Узбекистан Членство восстановлено 16 авг\. 2006 г\. Подписание Договора: 15 мая 1992 г\.; участие прекращено 20 апр\. 1999 г\./,
    );
    const table = await read('cst-member-list', { 'as-of': '2008-01-01', layout: 'table' });
    assert.match(table, /Uzbekistan May 15, 1992; ceased to be a party on Apr 20, 1999/);
  });

  it('says Azerbaijan and Georgia did not extend, each in its own grammatical gender', async () => {
    const en = await read('cst-member-list', { status: 'former' });
    assert.match(
      en,
      /Azerbaijan Former party since Apr 20, 1999 .* Did not sign the 1999 protocol extending the Treaty\./,
    );
    assert.doesNotMatch(en, /Left the Treaty/);
    const ru = await read('cst-member-list', { status: 'former' }, 'ru');
    assert.match(
      ru,
      /Азербайджан Бывший участник Договора с 20 апр\. 1999 г\. .* Не подписал протокол 1999 г\. о продлении Договора\./,
    );
    assert.match(
      ru,
      /Грузия Бывший участник Договора с 20 апр\. 1999 г\. .* Не подписала протокол 1999 г\. о продлении Договора\./,
    );
    assert.doesNotMatch(ru, /Вышло из Договора/);
  });
});

/** A copy of a bundled session, changed for one case. */
const variant = (id: string, change: Partial<SessionRecord>): SessionRecord => ({
  ...structuredClone(session(id)),
  ...change,
});

describe('Russian: agreement with one state and with several', () => {
  it('«не участвовал(а/и)» before the states absent from a session', async () => {
    const one = await read('cst-summit-card', { summit: 'csc-2023-11-23' }, 'ru');
    assert.match(one, /Не участвовала Армения/);
    const masculine = await read('cst-summit-card', { summit: 'csc-2023-11-23' }, 'ru', {
      sessions: [variant('csc-2023-11-23', { absent: ['kz'] })],
    });
    assert.match(masculine, /Не участвовал Казахстан/);
    const several = await read('cst-summit-card', { summit: 'csc-2023-11-23' }, 'ru', {
      sessions: [variant('csc-2023-11-23', { absent: ['am', 'kz'] })],
    });
    assert.match(several, /Не участвовали Армения и Казахстан/);
    const en = await read('cst-summit-card', { summit: 'csc-2023-11-23' }, 'en');
    assert.match(en, /Did not take part Armenia/);
  });

  it('the same on the timeline', async () => {
    const one = await read('cst-timeline', { from: '2023', to: '2023' }, 'ru');
    assert.match(one, /Не участвовала: Армения/);
    const several = await read('cst-timeline', { from: '2023', to: '2023' }, 'ru', {
      sessions: [variant('csc-2023-11-23', { absent: ['am', 'kz'] })],
    });
    assert.match(several, /Не участвовали: Армения и Казахстан/);
  });

  it('«подписал(а/и)» before the states that signed a document', async () => {
    const several = await read(
      'cst-timeline',
      { from: '2022-05-16', to: '2022-05-16', kinds: 'documents' },
      'ru',
    );
    assert.match(
      several,
      /Подписали: Армения, Беларусь, Казахстан, Кыргызстан, Россия и Таджикистан/,
    );
    const statement = data.documents.find((d) => d.id === 'statement-2022')!;
    const alone = (id: string) => ({
      documents: [
        {
          ...structuredClone(statement),
          signatories: [statement.signatories!.find((s) => s.state === id)!],
        },
      ],
    });
    const feminine = await read(
      'cst-timeline',
      { from: '2022-05-16', to: '2022-05-16', kinds: 'documents' },
      'ru',
      alone('am'),
    );
    assert.match(feminine, /Подписала: Армения/);
    const masculine = await read(
      'cst-timeline',
      { from: '2022-05-16', to: '2022-05-16', kinds: 'documents' },
      'ru',
      alone('kz'),
    );
    assert.match(masculine, /Подписал: Казахстан/);
  });

  it('«государство» or «государства» before the states an event concerns', async () => {
    const one = await read('cst-timeline', { from: '2022-01-05', to: '2022-01-05' }, 'ru');
    assert.match(one, /Государство: Казахстан/);
    const several = await read('cst-timeline', { from: '2022-01-19', to: '2022-01-19' }, 'ru');
    assert.match(
      several,
      /Государства: Армения, Беларусь, Казахстан, Кыргызстан, Россия и Таджикистан/,
    );
    assert.match(
      await read('cst-timeline', { from: '2022-01-05', to: '2022-01-05' }),
      /State involved: Kazakhstan/,
    );
  });

  it('the handover in prose, the names declined', async () => {
    const passed = await read('cst-summit-card', { summit: 'csc-2025-11-27' }, 'ru');
    assert.match(passed, /1 января 2026 г\. председательство перешло от Кыргызстана к России/);
    const sameDay = await read('cst-summit-card', { summit: 'csc-2020-12-02' }, 'ru');
    assert.match(sameDay, /Председательство перешло от России к Таджикистану/);
    const toOnly = await read('cst-summit-card', { summit: 'csc-2020-12-02' }, 'ru', {
      sessions: [variant('csc-2020-12-02', { handover: { to: 'tj' } })],
    });
    assert.match(toOnly, /Председательство перешло к Таджикистану/);
    for (const text of [passed, sameDay]) assert.doesNotMatch(text, /→/);
  });

  it('titles after names in lower case', async () => {
    const card = await read('cst-summit-card', { summit: 'csc-2020-12-02' }, 'ru');
    assert.match(card, /Касым-Жомарт Токаев, президент Республики Казахстан/);
    assert.match(card, /Талант Мамытов, исполняющий обязанности президента Кыргызской Республики/);
    assert.match(card, /Вячеслав Володин, председатель Парламентской ассамблеи ОДКБ/);
    assert.match(
      await read('cst-quote', { quote: 'tokayev-2022-first-use' }, 'ru'),
      /Касым-Жомарт Токаев, президент Казахстана/,
    );
    for (const p of data.people)
      for (const r of p.roles) assert.match(r.title.ru!, /^[^А-ЯЁ]/u, p.id);
  });

  it('«По случаю» with the genitive, and the planned session «намечена на»', async (t) => {
    const card = await read('cst-summit-card', { summit: 'csc-2022-05-16' }, 'ru');
    assert.match(
      card,
      /По случаю 30-летия Договора о коллективной безопасности и 20-летия Организации/,
    );
    t.mock.timers.enable({ apis: ['Date'], now: new Date('2026-03-01T12:00:00Z') });
    const planned = await read('cst-summit-card', { summit: 'csc-2026-11-11' }, 'ru');
    const timeline = await read('cst-timeline', { from: '2026-11-11' }, 'ru');
    t.mock.timers.reset();
    for (const text of [planned, timeline]) {
      assert.match(text, /Намечена на 11 ноября 2026 г\. \(по состоянию на 1 января 2026 г\.\)/);
      assert.doesNotMatch(text, /Объявлено о проведении/);
    }
  });

  it('writes the data-only notes as an editor would', () => {
    for (const id of ['az', 'ge', 'uz']) {
      const left = state(id).membership.find((e) => e.type === 'left')!;
      assert.match(left.note!.ru!, new RegExp(`^${state(id).name.ru} не подписал`), id);
    }
    const restored = state('uz').membership.find((e) => e.type === 'restored')!;
    assert.match(restored.note!.ru!, /в 2006 г\. он стал членом Организации/);
    assert.doesNotMatch(JSON.stringify(data.sessions), /программу по таджикско-афганской границе/);
  });
});

describe('English an editor would pass', () => {
  it('calls the 2022 session an anniversary session', async () => {
    const card = await read('cst-summit-card', { summit: 'csc-2022-05-16' });
    assert.match(card, /^Anniversary session of the CSTO Collective Security Council/);
    assert.doesNotMatch(card, /Jubilee/);
  });

  it("gives NATO's build-up as the CSTO's concern, not as fact", () => {
    const note = session('csc-2022-05-16').notes[1]!;
    assert.match(note.en, /the CSTO's stated concern at NATO's growing military presence/);
    assert.doesNotMatch(note.en, /NATO's build-up in Eastern Europe/);
  });

  it('leads the 2025 Bishkek entry with the appointment and the handover', async () => {
    const text = await read('cst-timeline', { from: '2025-11-27', to: '2025-11-27' });
    assert.match(
      text,
      /Council session in Bishkek The Council appointed Taalatbek Masadykov Secretary General for three years from 1 January 2026 and gave Russia the chairmanship for 2026\./,
    );
  });

  it('reads the report on the 2020 Statement as a sentence', () => {
    const block = data.documents.find((d) => d.id === 'statement-2020')!.body![0]!;
    assert.match(
      block.text,
      /^According to the CSTO's report on the session, the Statement names as one of humanity's main tasks/,
    );
  });
});

describe('2026: the data as of 13 February 2026', () => {
  it('holds for the latest day a source reports', () => {
    assert.equal(data.meta.asOf, '2026-02-13');
    const latest = data.sources
      .map((s) => s.date ?? '')
      .sort()
      .at(-1);
    assert.equal(latest, data.meta.asOf);
  });

  it("shows Russia's chairmanship and Masadykov's term as begun", async () => {
    assert.equal(chairOn(data.states, data.meta.asOf)?.id, 'ru');
    assert.equal(secretaryGeneralOn(data.people, data.meta.asOf)?.person.id, 'masadykov');
    const card = await read('cst-summit-card', { summit: 'csc-2025-11-27' });
    assert.match(card, /Chairmanship passed from Kyrgyzstan to Russia on January 1, 2026/);
    assert.doesNotMatch(card, /was due to/);
    const timeline = await read('cst-timeline', { from: '2026' });
    // Under its year, the line gives the day and month.
    assert.match(timeline, /2026 Jan\s1 Russia takes the chair; Masadykov takes office/);
  });

  it('shows the Moscow session as planned, as of the latest source announcing it', async (t) => {
    const planned = session('csc-2026-11-11');
    assert.equal(planned.status, 'planned');
    assert.equal(planned.statusAsOf, '2026-01-01');
    assert.equal(source('tass-26057717').date, '2026-01-01');
    // Read before its date, then after it: planned, never said to have been held or not.
    t.mock.timers.enable({ apis: ['Date'], now: new Date('2026-03-01T12:00:00Z') });
    const before = await read('cst-summit-card', { summit: 'csc-2026-11-11' });
    t.mock.timers.reset();
    t.mock.timers.enable({ apis: ['Date'], now: new Date('2026-12-01T12:00:00Z') });
    const after = await read('cst-summit-card', { summit: 'csc-2026-11-11' });
    t.mock.timers.reset();
    assert.match(
      before,
      /Announced for November 11, 2026 \(as of January 1, 2026\) · Moscow, Russia Planned/,
    );
    assert.match(
      after,
      /Scheduled for November 11, 2026; this data holds no later record · Moscow, Russia Planned/,
    );
    for (const card of [before, after])
      assert.doesNotMatch(card, /was held|took place|did not take place/);
  });
});

describe('what readers can now see', () => {
  it("Armenia's steps of 2024–2025 on its timeline, in both languages", async () => {
    const en = await read('cst-timeline', { state: 'am', from: '2024' });
    for (const title of [
      "Armenia stops paying into the Organization's budget",
      'Pashinyan says Armenia will leave; the foreign minister says no exit was announced',
      'Pashinyan says Armenia considers itself outside the Organization',
      'Russia says Armenia is still a member',
    ])
      assert.ok(en.includes(title), title);
    const ru = await read('cst-timeline', { state: 'am', from: '2024' }, 'ru');
    assert.match(ru, /Армения прекращает взносы в бюджет Организации/);
    assert.match(ru, /Россия: Армения остаётся членом Организации/);
  });

  it("Armenia's steps in the member list's status note, with their sources", async () => {
    const en = await read('cst-member-list', {});
    assert.match(
      en,
      /May 8, 2024: Armenia stops paying into the Organization's budget Jun 12, 2024: Pashinyan says Armenia will leave/,
    );
    assert.match(en, /Mar 7, 2025: Russia says Armenia is still a member/);
    const ru = await read('cst-member-list', {}, 'ru');
    assert.match(ru, /8 мая 2024 г\.: Армения прекращает взносы в бюджет Организации/);
  });

  it("Uzbekistan's note of June 2012", async () => {
    const en = await read('cst-timeline', { state: 'uz', from: '2012' });
    assert.match(
      en,
      /2012 Jun\s28 The Secretariat confirms Uzbekistan's note suspending its participation/,
    );
    const ru = await read('cst-timeline', { state: 'uz', from: '2012' }, 'ru');
    assert.match(
      ru,
      /Секретариат подтверждает получение ноты Узбекистана о приостановлении участия/,
    );
  });

  it('the main themes of the 2020 Declaration and the 2022 Statement, labelled as a summary', async () => {
    for (const [id, summit] of [
      ['declaration-2020', 'csc-2020-12-02'],
      ['statement-2022', 'csc-2022-05-16'],
    ] as const) {
      const document = data.documents.find((d) => d.id === id)!;
      for (const lang of ['en', 'ru'] as const) {
        const themes = document.summary!.map((theme) => theme[lang]!);
        assert.ok(themes.length >= 5, `${id} ${lang}`);
        const card = await read('cst-summit-card', { summit }, lang);
        const label =
          lang === 'en' ? 'Main themes, in summary' : 'Основные положения (краткое изложение)';
        assert.ok(card.includes(`${label} ${themes[0]!}`), card);
        for (const theme of themes) assert.ok(card.includes(theme), theme);
        // Each theme names its sources, among the document's.
        for (const theme of document.summary!)
          assert.ok(theme.sources!.every((s) => document.sources.includes(s)));
      }
    }
  });

  it("the Treaty's UN registration and the Organization's seat and working language", async () => {
    const treaty = await read('cst-treaty-article', { article: '1' });
    // Each with a marker to its source in the notes at the foot.
    assert.match(treaty, /Registered with the United Nations: Treaty Series no\. 32307 Sources?:/);
    assert.match(treaty, /International Military Alliances 1648-2008/);
    const charter = await read('cst-treaty-article', { document: 'charter', article: '1' }, 'ru');
    assert.match(charter, /Штаб-квартира: Москва; рабочий язык: русский Источник/);
  });
});

describe('the data version: in the package metadata, never in reader text', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    cstData?: { version: string; asOf: string };
  };

  it('names the data version and date in package.json', () => {
    assert.deepEqual(pkg.cstData, { version: data.meta.version, asOf: data.meta.asOf });
  });

  it('shows the version to no reader', async () => {
    const cases: [string, Record<string, string>][] = [
      ['cst-member-list', {}],
      ['cst-summit-card', { summit: 'latest' }],
      ['cst-treaty-article', { article: '4' }],
      ['cst-quote', { quote: 'zas-2022-peacekeeping-contingent' }],
      ['cst-timeline', { from: '2025' }],
    ];
    for (const [tag, attributes] of cases)
      for (const lang of ['en', 'ru'] as const)
        assert.ok(
          !(await read(tag, attributes, lang)).includes(data.meta.version),
          `${tag} ${lang}`,
        );
  });
});

describe('cst-elements validate on the bundled data', () => {
  it('passes the bundled data files, new fields included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cst-bundled-'));
    const file = join(dir, 'bundled.json');
    writeFileSync(
      file,
      JSON.stringify({
        meta: JSON.parse(readFileSync('data/meta.json', 'utf8')),
        ...Object.fromEntries(
          COLLECTIONS.map((c) => [c, JSON.parse(readFileSync(`data/${c}.json`, 'utf8'))]),
        ),
      }),
    );
    const run = spawnSync(process.execPath, ['dist/cli.js', 'validate', file], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /: valid — meta, \d+ sources .*, 9 states .*, \d+ events/);
  });
});

describe('the data changelog', () => {
  it('ships with the package and opens with the current version and date', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[] };
    assert.ok(pkg.files.includes('data/CHANGELOG.md'));
    const log = readFileSync('data/CHANGELOG.md', 'utf8');
    const first = /^## (\S+) — as of (.+)$/m.exec(log)!;
    assert.equal(first[1], data.meta.version);
    assert.equal(
      first[2],
      dateText(data.meta.asOf, 'en').replace(/(\w+) (\d+), (\d+)/, '$2 $1 $3'),
    );
    // Every record id it names is one of the data's, or one it says was removed.
    const removed = /### Removed[\s\S]*?(?=\n## )/.exec(log)![0];
    const known = new Set(
      [data.sources, data.events, data.documents, data.sessions].flatMap((c) => c.map((r) => r.id)),
    );
    const named = [...log.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)+)`/g)].map(([, id]) => id!);
    assert.ok(named.length > 20);
    for (const id of named) assert.ok(known.has(id) || removed.includes(`\`${id}\``), id);
  });
});
