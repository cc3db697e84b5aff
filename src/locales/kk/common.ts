import type { CommonStrings } from '../../internal/strings.js';

// A year stays with its «жылғы» (no-break space).
export default {
  source: 'Дереккөз: {source}',
  summary: 'Қысқаша мазмұны',
  summaryOfText: 'Қысқаша мазмұны, құжат мәтіні емес',
  summaryOfDocument: 'Негізгі ережелері (қысқаша мазмұны)',
  wording: 'Мәтіні',
  translation: 'Ағылшын тіліне аудармасы',
  translationAsSigned:
    '{signed}\u00a0жылғы бастапқы редакциясының ағылшын тіліне аудармасы; бапқа {amended}\u00a0жылы өзгеріс енгізілген',
  translationAsSignedOnly: '{signed}\u00a0жылғы бастапқы редакциясының ағылшын тіліне аудармасы',
  unverified: 'Расталмаған',
} satisfies CommonStrings;
