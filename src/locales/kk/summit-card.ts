import type { SummitStrings } from '../../elements/summit-card/summit-card.strings.js';

// Kazakh verbs do not agree with gender, so one phrase serves one state or several. The handover
// sentences take a state's name in the genitive (`{from}`) and the dative (`{to}`) from the data's
// Kazakh forms; without them the card names the chair state alone. A date is followed by «күні»
// or «жағдай бойынша», which need no case ending on the date the element fills in as markup.
export default {
  title: {
    regular: 'ҰҚШҰ Ұжымдық қауіпсіздік кеңесінің кезекті сессиясы',
    extraordinary: 'ҰҚШҰ Ұжымдық қауіпсіздік кеңесінің кезектен тыс сессиясы',
    jubilee: 'ҰҚШҰ Ұжымдық қауіпсіздік кеңесінің мерейтойлық сессиясы',
  },
  short: {
    regular: 'Кеңес сессиясы',
    extraordinary: 'Кеңестің кезектен тыс сессиясы',
    jubilee: 'Кеңестің мерейтойлық сессиясы',
  },
  shortIn: '{session}: {city}',
  shortVideo: '{session} бейнеконференция форматында',
  shortConsultations: '{session}: консультациялар',
  planned: 'Жоспарланған',
  announced: '{date} күніне белгіленген ({asOf} жағдай бойынша)',
  passed: '{date} күніне белгіленген еді; бұл деректерде одан кейінгі мәлімет жоқ',
  placeCity: '{city}, {state}',
  placeVenue: '{venue}, {city}, {state}',
  videoconference: 'Бейнеконференция форматында',
  consultations: 'Консультациялар',
  occasion: 'Өткізілу орайы',
  chair: 'Төраға',
  chairState: 'Төрағалық',
  chairPerson: '{person} ({state})',
  absent: 'Қатыспады',
  attendees: 'Қатысушылар',
  attendee: '{name}, {title}',
  documents: 'Қабылданған құжаттар',
  documentsAdopted: { other: '{n} құжат қабылданды' },
  attendeeCount: { other: '{n} қатысушы' },
  documentCount: { other: '{n} құжат қабылданды' },
  chairIs: 'Төраға: {chair}',
  absentShort: '{absent}: {states}',
  noDetails: 'Дереккөздерде төраға да, қабылданған құжаттар да аталмайды',
  uncertain: 'деректер әртүрлі',
  handoverPassed: 'Төрағалық {from} қолынан {to} өтті',
  handoverPassedOn: '{date} күні төрағалық {from} қолынан {to} өтті',
  handoverDue: '{date} күні төрағалық {from} қолынан {to} өтеді',
  handoverWasDue: 'Төрағалық {date} күні {from} қолынан {to} өтуге тиіс еді',
  handoverTo: 'Төрағалық {to} өтті',
  handoverToOn: '{date} күні төрағалық {to} өтті',
  handoverToDue: '{date} күні төрағалық {to} өтеді',
  handoverToWasDue: 'Төрағалық {date} күні {to} өтуге тиіс еді',
  handoverNamed: 'Төрағалық ететін мемлекет: {to}',
  latest: 'Соңғы өткен сессия: {date} жағдай бойынша',
  latestShort: '{date} жағдай бойынша соңғы өткен сессия',
  latestData: '{date} (осы деректердегі соңғы күн)',
  next: 'Келесі сессия {date} күні өтеді деп жоспарланған',
  nextPassed:
    'Келесі сессия {date} күніне белгіленген еді; бұл деректерде одан кейінгі мәлімет жоқ',
} satisfies SummitStrings;
