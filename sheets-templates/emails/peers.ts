// Built-in email of peer learning (issue 14): the introduction sent to each side of an accepted match.

import type { EmailTemplateDef } from './model';

export const PEER_INTRODUCTION: EmailTemplateDef = {
  key: 'peerIntroduction',
  name: 'Peer-learning introduction',
  purpose: 'introduction',
  description:
    'Sent to the primary contact of each side when the coordinator accepts a peer match, in a language both sides share.',
  fields: ['Name', 'City', 'OtherName', 'OtherContact', 'OtherEmail', 'Topic', 'Rationale', 'SenderName'],
  variants: {
    en: {
      subject: 'Peer learning on {{Topic}}: meet {{OtherName}}',
      body: `Dear {{Name}},

The Strong Cities Network would like to introduce {{City}} to {{OtherName}} for a peer exchange on {{Topic}}.

Why we think you should talk: {{Rationale}}

Your counterpart is {{OtherContact}} ({{OtherEmail}}), who receives this introduction too. We suggest a first call in the coming weeks; we will check in with you both after it.

With warm regards,
{{SenderName|The Strong Cities Network team}}`,
    },
    fr: {
      subject: 'Échange entre pairs sur {{Topic}} : faites connaissance avec {{OtherName}}',
      body: `Bonjour {{Name}},

Le Strong Cities Network souhaite mettre {{City}} en relation avec {{OtherName}} pour un échange entre pairs sur {{Topic}}.

Pourquoi nous pensons que vous devriez échanger : {{Rationale}}

Votre interlocuteur est {{OtherContact}} ({{OtherEmail}}), qui reçoit aussi ce message. Nous vous proposons un premier appel dans les semaines à venir ; nous reviendrons vers vous deux ensuite.

Bien cordialement,
{{SenderName|L’équipe du Strong Cities Network}}`,
    },
    ar: {
      subject: 'التعلّم بين الأقران حول {{Topic}}: تعرّفوا على {{OtherName}}',
      body: `السيد/السيدة {{Name}} المحترم/ة،

تودّ شبكة المدن القوية أن تعرّف {{City}} على {{OtherName}} من أجل تبادل بين الأقران حول {{Topic}}.

لماذا نقترح هذا التواصل: {{Rationale}}

نظيركم هو {{OtherContact}} ({{OtherEmail}})، وقد تلقّى هذه الرسالة أيضاً. نقترح اتصالاً أولياً خلال الأسابيع المقبلة، وسنتواصل معكما بعده.

مع أطيب التحيات،
{{SenderName|فريق شبكة المدن القوية}}`,
    },
    es: {
      subject: 'Aprendizaje entre pares sobre {{Topic}}: conozca a {{OtherName}}',
      body: `Estimado/a {{Name}}:

La Strong Cities Network desea presentar {{City}} a {{OtherName}} para un intercambio entre pares sobre {{Topic}}.

Por qué creemos que deberían hablar: {{Rationale}}

Su contraparte es {{OtherContact}} ({{OtherEmail}}), que también recibe esta presentación. Les sugerimos una primera llamada en las próximas semanas; después nos pondremos en contacto con ambos.

Un cordial saludo,
{{SenderName|El equipo de la Strong Cities Network}}`,
    },
  },
};
