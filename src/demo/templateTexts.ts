// Demo mailing templates in English, French, Arabic and Spanish (the built-in emails come from sheets-templates/emails).

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
];
