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
  },
};
