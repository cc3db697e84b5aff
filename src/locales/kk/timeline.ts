import type { TimelineStrings } from '../../elements/timeline/timeline.strings.js';

// The chronicle tells what happened in the past tense, as Kazakh news does. Kazakh verbs do not
// agree with gender, nor here with number, so one phrase serves one state or several; names stay
// in the nominative, before a verb or after a colon, and document titles after a colon, as they
// may be in another language.
export default {
  title: 'ҰҚШҰ хроникасы',
  titleState: '{state} және ҰҚШҰ: хроника',
  events: { other: '{n} оқиға' },
  span: '{events}, {from}–{to}',
  asOf: '{date} жағдай бойынша',
  latestData: '{date} (осы деректердегі соңғы күн)',
  none: 'Бұл деректерде осы параметрлерге сәйкес келетін оқиға жоқ.',
  showAll: { other: 'Барлық оқиғаны көрсету ({n})' },
  showFewer: 'Азырақ оқиға көрсету',
  moreEvents: { other: 'тағы {n} оқиға' },
  spanYear: '{year} жылы: {events}',
  membership: {
    signed: { other: '{states} Ұжымдық қауіпсіздік туралы шартқа қол қойды' },
    acceded: { other: '{states} Шартқа қосылды' },
    'extension-signed': { other: '{states} Шартты ұзарту туралы хаттамаға қол қойды' },
    left: { other: '{states} Шартқа қатысуын тоқтатты' },
    'founding-member': {
      one: '{states} Ұйымның негізін қалаушылардың бірі болды',
      other: '{states} Ұйымның негізін қалаушылар болды',
    },
    restored: { other: '{states}: Ұйымдағы мүшелігі қалпына келтірілді' },
    suspended: { other: '{states}: Ұйымдағы мүшелігі тоқтатыла тұрды' },
    frozen: { other: '{states} Ұйымға қатысуын мұздатты' },
  },
  session: {
    regular: 'Кеңес сессиясы',
    extraordinary: 'Кеңестің кезектен тыс сессиясы',
    jubilee: 'Кеңестің мерейтойлық сессиясы',
  },
  sessionIn: '{session}, {city}',
  sessionVideo: '{session} бейнеконференция форматында',
  sessionConsultations: '{session}: консультациялар',
  planned: 'Жоспарланған',
  announced: '{date} күніне белгіленген ({asOf} жағдай бойынша)',
  passed: '{date} күніне белгіленген еді; бұл деректерде одан кейінгі мәлімет жоқ',
  absent: 'Қатыспады: {states}',
  signed: 'Қол қойылды: {title}',
  inForce: 'Күшіне енді: {title}',
  signedIn: 'Қол қойылған жері: {place}.',
  adoptedIn: 'Қабылданған жері: {place}.',
  councilDocument: {
    declaration: 'Кеңестің декларациясы қабылданды',
    statement: 'Кеңестің мәлімдемесі қабылданды',
  },
  signatories: 'Қол қойды: {states}',
  involved: { one: 'Мемлекет: {states}', other: 'Мемлекеттер: {states}' },
  chair: 'Төрағалық: {state}',
} satisfies TimelineStrings;
