// Demo email templates: each purpose in English, French, Arabic and Spanish, with {{Field}} and {{Field|fallback}} tokens.

import type { TemplateRecord } from '../../sheets-templates/index';

type Purpose = TemplateRecord['purpose'];
type Text = readonly [subject: string, body: string];

export interface TemplateFamily {
  name: string;
  purpose: Purpose;
  variants: Readonly<Record<string, Text>>;
}

const SIGN_EN = '\n\nBest regards,\n{{SenderName|Strong Cities Network}}';
const SIGN_FR = '\n\nBien cordialement,\n{{SenderName|Strong Cities Network}}';
const SIGN_AR = '\n\nمع أطيب التحيات،\n{{SenderName|Strong Cities Network}}';
const SIGN_ES = '\n\nAtentamente,\n{{SenderName|Strong Cities Network}}';
const OPT_EN = '\n\nTo stop receiving these emails: {{OptOutLink}}';
const OPT_FR = '\n\nPour ne plus recevoir ces messages : {{OptOutLink}}';
const OPT_AR = '\n\nلإيقاف استلام هذه الرسائل: {{OptOutLink}}';
const OPT_ES = '\n\nPara dejar de recibir estos mensajes: {{OptOutLink}}';

export const TEMPLATE_FAMILIES: readonly TemplateFamily[] = [
  {
    name: 'Enquiry acknowledgement',
    purpose: 'acknowledgement',
    variants: {
      en: [
        'We received your enquiry',
        'Dear {{Name|colleague}},\n\nThank you for your interest in the Strong Cities Network. We have received the enquiry from {{City}} and will reply within 2–3 working days.' +
          SIGN_EN,
      ],
      fr: [
        'Nous avons bien reçu votre demande',
        'Bonjour {{Name|}},\n\nMerci de votre intérêt pour le Strong Cities Network. Nous avons bien reçu la demande de {{City}} et vous répondrons sous 2 à 3 jours ouvrés.' +
          SIGN_FR,
      ],
      ar: [
        'تم استلام استفساركم',
        'السيد/السيدة {{Name|}}،\n\nشكراً لاهتمامكم بشبكة المدن القوية. لقد استلمنا استفسار {{City}} وسنرد عليكم خلال يومين إلى ثلاثة أيام عمل.' +
          SIGN_AR,
      ],
      es: [
        'Hemos recibido su consulta',
        'Estimado/a {{Name|colega}}:\n\nGracias por su interés en la Strong Cities Network. Hemos recibido la consulta de {{City}} y le responderemos en un plazo de 2 a 3 días hábiles.' +
          SIGN_ES,
      ],
    },
  },
  {
    name: 'Application form',
    purpose: 'application form',
    variants: {
      en: [
        'Your Strong Cities Network application form',
        'Dear {{Name|colleague}},\n\nPlease complete the short application form for {{City}}: {{ApplicationFormLink}}\nIt asks for 2–3 points of contact and a brief background on the issues and approaches in your city.' +
          SIGN_EN,
      ],
      fr: [
        'Votre formulaire de candidature',
        'Bonjour {{Name|}},\n\nMerci de remplir le court formulaire de candidature pour {{City}} : {{ApplicationFormLink}}\nIl demande 2 à 3 points de contact et un bref contexte sur les enjeux et les approches de votre ville.' +
          SIGN_FR,
      ],
      ar: [
        'استمارة طلب العضوية',
        'السيد/السيدة {{Name|}}،\n\nيرجى تعبئة استمارة الطلب القصيرة الخاصة بـ {{City}}: {{ApplicationFormLink}}\nتطلب الاستمارة ذكر شخصين إلى ثلاثة أشخاص للتواصل ونبذة موجزة عن التحديات والمقاربات في مدينتكم.' +
          SIGN_AR,
      ],
      es: [
        'Su formulario de solicitud',
        'Estimado/a {{Name|colega}}:\n\nLe rogamos complete el breve formulario de solicitud de {{City}}: {{ApplicationFormLink}}\nSe piden 2 o 3 personas de contacto y un breve contexto sobre los retos y enfoques de su ciudad.' +
          SIGN_ES,
      ],
    },
  },
  {
    name: 'More information needed',
    purpose: 'more info',
    variants: {
      en: [
        'A question about your application',
        'Dear {{Name|colleague}},\n\nThank you for the application from {{City}}. Before we confirm membership: {{Reason}}' +
          SIGN_EN,
      ],
      fr: [
        'Une question sur votre candidature',
        'Bonjour {{Name|}},\n\nMerci pour la candidature de {{City}}. Avant de confirmer l’adhésion : {{Reason}}' +
          SIGN_FR,
      ],
      ar: [
        'استفسار بخصوص طلبكم',
        'السيد/السيدة {{Name|}}،\n\nشكراً على طلب {{City}}. قبل تأكيد العضوية: {{Reason}}' + SIGN_AR,
      ],
      es: [
        'Una pregunta sobre su solicitud',
        'Estimado/a {{Name|colega}}:\n\nGracias por la solicitud de {{City}}. Antes de confirmar la adhesión: {{Reason}}' +
          SIGN_ES,
      ],
    },
  },
  {
    name: 'Welcome to the network',
    purpose: 'welcome',
    variants: {
      en: [
        'Welcome to the Strong Cities Network',
        'Dear {{Name|colleague}},\n\nWe are delighted to confirm that {{City}} is now a member of the Strong Cities Network.\nTerms of Reference: {{TermsOfReferenceLink}}\nOnline Hub: {{OnlineHubLink}}' +
          SIGN_EN,
      ],
      fr: [
        'Bienvenue au Strong Cities Network',
        'Bonjour {{Name|}},\n\nNous avons le plaisir de confirmer l’adhésion de {{City}} au Strong Cities Network.\nTermes de référence : {{TermsOfReferenceLink}}\nOnline Hub : {{OnlineHubLink}}' +
          SIGN_FR,
      ],
      ar: [
        'مرحباً بكم في شبكة المدن القوية',
        'السيد/السيدة {{Name|}}،\n\nيسعدنا أن نؤكد انضمام {{City}} إلى شبكة المدن القوية.\nالاختصاصات: {{TermsOfReferenceLink}}\nالمنصة الإلكترونية للأعضاء: {{OnlineHubLink}}' +
          SIGN_AR,
      ],
      es: [
        'Bienvenidos a la Strong Cities Network',
        'Estimado/a {{Name|colega}}:\n\nNos complace confirmar que {{City}} es miembro de la Strong Cities Network.\nTérminos de referencia: {{TermsOfReferenceLink}}\nOnline Hub: {{OnlineHubLink}}' +
          SIGN_ES,
      ],
    },
  },
  {
    name: 'Application declined',
    purpose: 'decline',
    variants: {
      en: [
        'Your application to the Strong Cities Network',
        'Dear {{Name|colleague}},\n\nThank you for the application from {{City}}. We are unable to confirm membership at this time: {{Reason}}' +
          SIGN_EN,
      ],
      fr: [
        'Votre candidature au Strong Cities Network',
        'Bonjour {{Name|}},\n\nMerci pour la candidature de {{City}}. Nous ne pouvons pas confirmer l’adhésion pour le moment : {{Reason}}' +
          SIGN_FR,
      ],
      ar: [
        'بخصوص طلب انضمامكم',
        'السيد/السيدة {{Name|}}،\n\nشكراً على طلب {{City}}. يتعذر علينا تأكيد العضوية في الوقت الحالي: {{Reason}}' +
          SIGN_AR,
      ],
      es: [
        'Su solicitud a la Strong Cities Network',
        'Estimado/a {{Name|colega}}:\n\nGracias por la solicitud de {{City}}. Por ahora no podemos confirmar la adhesión: {{Reason}}' +
          SIGN_ES,
      ],
    },
  },
  {
    name: 'Monthly newsletter',
    purpose: 'newsletter',
    variants: {
      en: [
        'Strong Cities news',
        'Dear {{Name|colleague}},\n\nThis month: new resources on social cohesion, upcoming events and news from member cities.' +
          SIGN_EN +
          OPT_EN,
      ],
      fr: [
        'Les nouvelles du Strong Cities Network',
        'Bonjour {{Name|}},\n\nCe mois-ci : de nouvelles ressources sur la cohésion sociale, les prochains événements et des nouvelles des villes membres.' +
          SIGN_FR +
          OPT_FR,
      ],
      ar: [
        'أخبار شبكة المدن القوية',
        'السيد/السيدة {{Name|}}،\n\nفي هذا الشهر: موارد جديدة حول التماسك الاجتماعي، والفعاليات القادمة، وأخبار المدن الأعضاء.' +
          SIGN_AR +
          OPT_AR,
      ],
      es: [
        'Noticias de la Strong Cities Network',
        'Estimado/a {{Name|colega}}:\n\nEste mes: nuevos recursos sobre cohesión social, próximos eventos y noticias de las ciudades miembro.' +
          SIGN_ES +
          OPT_ES,
      ],
    },
  },
  {
    name: 'Event invitation',
    purpose: 'invitation',
    variants: {
      en: [
        'Invitation: {{EventName}}',
        'Dear {{Name|colleague}},\n\nWe would be glad to welcome you to {{EventName}} ({{EventDates}}). Interpretation is available on request.' +
          SIGN_EN +
          OPT_EN,
      ],
      fr: [
        'Invitation : {{EventName}}',
        'Bonjour {{Name|}},\n\nNous serions heureux de vous accueillir à {{EventName}} ({{EventDates}}). Une interprétation est possible sur demande.' +
          SIGN_FR +
          OPT_FR,
      ],
      ar: [
        'دعوة: {{EventName}}',
        'السيد/السيدة {{Name|}}،\n\nيسعدنا دعوتكم إلى {{EventName}} ({{EventDates}}). تتوفر الترجمة الفورية عند الطلب.' +
          SIGN_AR +
          OPT_AR,
      ],
      es: [
        'Invitación: {{EventName}}',
        'Estimado/a {{Name|colega}}:\n\nNos complacería contar con usted en {{EventName}} ({{EventDates}}). Hay interpretación disponible a petición.' +
          SIGN_ES +
          OPT_ES,
      ],
    },
  },
  {
    name: 'Peer introduction',
    purpose: 'introduction',
    variants: {
      en: [
        'Introduction: {{City}} and {{PeerCity}}',
        'Dear colleagues,\n\n{{City}} is looking for experience on {{Topic}}, and {{PeerCity}} has practice to share. We hope this introduction is useful.' +
          SIGN_EN,
      ],
      fr: [
        'Mise en relation : {{City}} et {{PeerCity}}',
        'Chers collègues,\n\n{{City}} recherche une expérience sur {{Topic}} et {{PeerCity}} a une pratique à partager. Nous espérons que cette mise en relation vous sera utile.' +
          SIGN_FR,
      ],
      ar: [
        'تعارف: {{City}} و{{PeerCity}}',
        'الزملاء الأعزاء،\n\nتبحث {{City}} عن تجارب في مجال {{Topic}}، ولدى {{PeerCity}} خبرة يمكن مشاركتها. نأمل أن يكون هذا التعارف مفيداً.' +
          SIGN_AR,
      ],
      es: [
        'Presentación: {{City}} y {{PeerCity}}',
        'Estimados colegas:\n\n{{City}} busca experiencia en {{Topic}} y {{PeerCity}} tiene práctica que compartir. Esperamos que esta presentación les sea útil.' +
          SIGN_ES,
      ],
    },
  },
  {
    name: 'Daily digest',
    purpose: 'digest',
    variants: {
      en: ['CRM digest: {{OverdueCount|0}} overdue', 'Overdue applications and follow-ups:\n\n{{Items}}'],
    },
  },
];
