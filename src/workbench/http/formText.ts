// The words a form page shows around the form's own questions (Submit, the required-question note, the default
// thank-you, Google Forms' own answer checks), in the form's language. The questions, help texts and confirmation
// message are the form's and are shown as written.
import type { FormModel } from '../../emulator/services/comms/formStore';

export type FormLanguage = 'en' | 'fr' | 'ar' | 'es';

export interface FormWords {
  required: string;
  submit: string;
  choose: string;
  other: string;
  email: string;
  closed: string;
  recorded: string;
  another: string;
}

export const FORM_WORDS: Record<FormLanguage, FormWords> = {
  en: {
    required: 'Indicates required question',
    submit: 'Submit',
    choose: 'Choose',
    other: 'Other:',
    email: 'Email',
    closed: 'This form is no longer accepting responses.',
    recorded: 'Your response has been recorded.',
    another: 'Submit another response',
  },
  fr: {
    required: 'Indique une question obligatoire',
    submit: 'Envoyer',
    choose: 'Choisir',
    other: 'Autre :',
    email: 'Adresse e-mail',
    closed: "Ce formulaire n'accepte plus de réponses.",
    recorded: 'Votre réponse a bien été enregistrée.',
    another: 'Envoyer une autre réponse',
  },
  ar: {
    required: 'يشير إلى سؤال مطلوب',
    submit: 'إرسال',
    choose: 'اختيار',
    other: 'غير ذلك:',
    email: 'البريد الإلكتروني',
    closed: 'لم يعد هذا النموذج يقبل الردود.',
    recorded: 'تم تسجيل ردك.',
    another: 'إرسال رد آخر',
  },
  es: {
    required: 'Indica que la pregunta es obligatoria',
    submit: 'Enviar',
    choose: 'Elegir',
    other: 'Otro:',
    email: 'Correo electrónico',
    closed: 'Este formulario ya no acepta respuestas.',
    recorded: 'Se ha registrado tu respuesta.',
    another: 'Enviar otra respuesta',
  },
};

function isLanguage(code: string): code is FormLanguage {
  return code in FORM_WORDS;
}

/**
 * The form's language: `hl` when the link names one (Google Forms takes `?hl=` for the language of its page —
 * believed, from public reports), else its owner's language setting (the language the form was written in: the
 * emulator's per-user locale, Session.getActiveUserLocale), else English.
 */
export function formLanguage(
  form: FormModel,
  hl: string | null,
  localeOf: (user: string) => string | undefined,
): FormLanguage {
  for (const code of [hl ?? '', localeOf(form.owner) ?? '']) {
    const base = code.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** Google Forms' own answer checks (the emulator's English wording), in the form's language. */
const PROBLEMS: [RegExp, Record<Exclude<FormLanguage, 'en'>, (m: RegExpExecArray) => string>][] = [
  [
    /^This is a required question$/,
    {
      fr: () => 'Cette question est obligatoire',
      ar: () => 'هذا سؤال مطلوب',
      es: () => 'Esta pregunta es obligatoria',
    },
  ],
  [
    /^Must be (an email|a valid email address)$/,
    {
      fr: () => 'Saisissez une adresse e-mail valide',
      ar: () => 'يجب إدخال بريد إلكتروني صالح',
      es: () => 'Debe ser una dirección de correo electrónico válida',
    },
  ],
  [
    /^Must be fewer than (\d+) characters$/,
    {
      fr: (m) => `Doit contenir moins de ${m[1]} caractères`,
      ar: (m) => `يجب أن يكون أقل من ${m[1]} حرفًا`,
      es: (m) => `Debe tener menos de ${m[1]} caracteres`,
    },
  ],
  [
    /^Must be at least (\d+) characters$/,
    {
      fr: (m) => `Doit contenir au moins ${m[1]} caractères`,
      ar: (m) => `يجب ألا يقل عن ${m[1]} حرفًا`,
      es: (m) => `Debe tener al menos ${m[1]} caracteres`,
    },
  ],
  [
    /^Must be a (whole )?number$/,
    { fr: () => 'Doit être un nombre', ar: () => 'يجب أن يكون رقمًا', es: () => 'Debe ser un número' },
  ],
  [
    /^"(.*)" is not one of the choices$/,
    {
      fr: (m) => `« ${m[1]} » ne fait pas partie des choix`,
      ar: (m) => `«${m[1]}» ليس من الخيارات`,
      es: (m) => `«${m[1]}» no es una de las opciones`,
    },
  ],
  [
    /^The form is no longer accepting responses$/,
    {
      fr: () => FORM_WORDS.fr.closed,
      ar: () => FORM_WORDS.ar.closed,
      es: () => FORM_WORDS.es.closed,
    },
  ],
];

export function problemText(problem: string, language: FormLanguage): string {
  if (language === 'en') return problem;
  for (const [pattern, words] of PROBLEMS) {
    const m = pattern.exec(problem);
    if (m) return words[language](m);
  }
  // The form's own help text for a failed check, written in the form's language.
  return problem;
}
