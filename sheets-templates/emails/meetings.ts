// Built-in email of member meetings (issue 17): the invitation and agenda sent to each guest in their own language.

import type { EmailTemplateDef } from './model';

export const MEETING_INVITATION: EmailTemplateDef = {
  key: 'meetingInvitation',
  name: 'Member meeting invitation',
  purpose: 'invitation',
  description:
    'Sent to each guest of a member meeting series in their language, with the time in their own time zone, the Meet link and the agenda (Calendar sends its own invitation too).',
  fields: ['Name', 'City', 'Title', 'FirstDate', 'LocalTime', 'Every', 'MeetLink', 'Agenda', 'SenderName'],
  variants: {
    en: {
      subject: '{{Title}}: every {{Every}} weeks from {{FirstDate}}',
      body: `Dear {{Name}},

The Strong Cities Network invites {{City}} to its member meetings, "{{Title}}": every {{Every}} weeks from {{FirstDate}}, at {{LocalTime}}.

Join with Google Meet: {{MeetLink}}

Agenda:
{{Agenda|To be shared before the meeting.}}

The invitation is in your calendar too. With warm regards,
{{SenderName|The Strong Cities Network team}}`,
    },
    fr: {
      subject: '{{Title}} : toutes les {{Every}} semaines à partir du {{FirstDate}}',
      body: `Bonjour {{Name}},

Le Strong Cities Network invite {{City}} à ses réunions de membres, « {{Title}} » : toutes les {{Every}} semaines à partir du {{FirstDate}}, à {{LocalTime}}.

Rejoindre avec Google Meet : {{MeetLink}}

Ordre du jour :
{{Agenda|Communiqué avant la réunion.}}

L’invitation figure aussi dans votre agenda. Bien cordialement,
{{SenderName|L’équipe du Strong Cities Network}}`,
    },
    ar: {
      subject: '{{Title}}: كل {{Every}} أسابيع ابتداءً من {{FirstDate}}',
      body: `السيد/السيدة {{Name}}،

تدعو شبكة المدن القوية {{City}} إلى اجتماعات أعضائها، "{{Title}}": كل {{Every}} أسابيع ابتداءً من {{FirstDate}}، في الساعة {{LocalTime}}.

الانضمام عبر Google Meet: {{MeetLink}}

جدول الأعمال:
{{Agenda|يُرسل قبل الاجتماع.}}

الدعوة موجودة في تقويمكم أيضاً. مع أطيب التحيات،
{{SenderName|فريق شبكة المدن القوية}}`,
    },
    es: {
      subject: '{{Title}}: cada {{Every}} semanas desde el {{FirstDate}}',
      body: `Estimado/a {{Name}}:

La Strong Cities Network invita a {{City}} a sus reuniones de miembros, «{{Title}}»: cada {{Every}} semanas desde el {{FirstDate}}, a las {{LocalTime}}.

Únase con Google Meet: {{MeetLink}}

Orden del día:
{{Agenda|Se compartirá antes de la reunión.}}

La invitación también está en su calendario. Un cordial saludo,
{{SenderName|El equipo de la Strong Cities Network}}`,
    },
  },
};
