import type { CommonStrings } from '../../internal/strings.js';

// A year stays with its «жылғы» (no-break space).
export default {
  summary: 'Қысқаша мазмұны',
  summaryOfText: 'Қысқаша мазмұны, құжат мәтіні емес',
  summaryOfDocument: 'Негізгі ережелері (қысқаша мазмұны)',
  wording: 'Мәтіні',
  translation: 'Ағылшын тіліне аудармасы',
  translationAsSigned:
    '{signed}\u00a0жылғы бастапқы редакциясының ағылшын тіліне аудармасы; бапқа {amended}\u00a0жылы өзгеріс енгізілген',
  translationAsSignedOnly: '{signed}\u00a0жылғы бастапқы редакциясының ағылшын тіліне аудармасы',
  unconfirmed: 'дереккөздермен расталмаған',
  sources: { one: 'Дереккөз: {sources}', other: 'Дереккөздер: {sources}' },
  moreSources: { other: 'тағы {n}' },
  unknownPublisher: 'баспагері көрсетілмеген',
  inferredDate: '{date} (күні көрсетілмеген, оқиғаның күні келтірілді)',
  note: '{n}-дереккөз',
} satisfies CommonStrings;
