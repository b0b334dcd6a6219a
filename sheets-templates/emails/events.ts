// Built-in emails of events (issue 16): a place come free for a wait-listed participant; the reminder before.

import type { EmailTemplateDef } from './model';

export const EVENT_PLACE_OFFERED: EmailTemplateDef = {
  key: 'eventPlaceOffered',
  name: 'Event place offered from the wait list',
  purpose: 'other',
  description:
    'Sent to a wait-listed participant when a place at the event comes free (a cancellation, a capacity raised) and they are registered.',
  fields: ['Name', 'EventName', 'EventDates', 'SenderName'],
  variants: {
    en: {
      subject: 'A place for you at {{EventName}}',
      body: `Dear {{Name}},

A place has come free at {{EventName}} ({{EventDates}}), and you were next on the wait list: you are now registered.

If you can no longer attend, please reply to this email so that we can offer the place to someone else.

With warm regards,
{{SenderName|The Strong Cities Network team}}`,
    },
    fr: {
      subject: 'Une place pour vous à {{EventName}}',
      body: `Bonjour {{Name}},

Une place s’est libérée à {{EventName}} ({{EventDates}}) et vous étiez le suivant sur la liste d’attente : vous êtes désormais inscrit.

Si vous ne pouvez plus venir, merci de répondre à ce message afin que nous proposions la place à quelqu’un d’autre.

Bien cordialement,
{{SenderName|L’équipe du Strong Cities Network}}`,
    },
    ar: {
      subject: 'مكان لكم في {{EventName}}',
      body: `السيد/السيدة {{Name}} المحترم/ة،

أصبح هناك مكان شاغر في {{EventName}} ({{EventDates}})، وكنتم التالين على قائمة الانتظار: أنتم الآن مسجّلون.

إذا لم يعد بإمكانكم الحضور، يرجى الرد على هذه الرسالة حتى نتمكن من منح المكان لشخص آخر.

مع أطيب التحيات،
{{SenderName|فريق شبكة المدن القوية}}`,
    },
    es: {
      subject: 'Una plaza para usted en {{EventName}}',
      body: `Estimado/a {{Name}}:

Se ha liberado una plaza en {{EventName}} ({{EventDates}}) y usted era el siguiente en la lista de espera: ya está inscrito/a.

Si ya no puede asistir, responda a este mensaje para que podamos ofrecer la plaza a otra persona.

Un cordial saludo,
{{SenderName|El equipo de la Strong Cities Network}}`,
    },
  },
};

export const EVENT_REMINDER: EmailTemplateDef = {
  key: 'eventReminder',
  name: 'Event reminder',
  purpose: 'other',
  description:
    'Sent by the daily jobs to each registered or confirmed participant the number of days before the event that Settings gives.',
  fields: ['Name', 'EventName', 'EventDates', 'EventPlace', 'SenderName'],
  variants: {
    en: {
      subject: 'Reminder: {{EventName}} on {{EventDates}}',
      body: `Dear {{Name}},

This is a reminder that {{EventName}} takes place on {{EventDates}} ({{EventPlace|details to follow}}). We look forward to seeing you.

If you can no longer attend, please reply to this email so that we can offer your place to someone else.

With warm regards,
{{SenderName|The Strong Cities Network team}}`,
    },
    fr: {
      subject: 'Rappel : {{EventName}} le {{EventDates}}',
      body: `Bonjour {{Name}},

Nous vous rappelons que {{EventName}} a lieu le {{EventDates}} ({{EventPlace|détails à venir}}). Nous nous réjouissons de vous y retrouver.

Si vous ne pouvez plus venir, merci de répondre à ce message afin que nous proposions votre place à quelqu’un d’autre.

Bien cordialement,
{{SenderName|L’équipe du Strong Cities Network}}`,
    },
    ar: {
      subject: 'تذكير: {{EventName}} في {{EventDates}}',
      body: `السيد/السيدة {{Name}} المحترم/ة،

نذكّركم بأن {{EventName}} ستُعقد في {{EventDates}} ({{EventPlace|ستصلكم التفاصيل لاحقاً}}). نتطلع إلى لقائكم.

إذا لم يعد بإمكانكم الحضور، يرجى الرد على هذه الرسالة حتى نتمكن من منح مكانكم لشخص آخر.

مع أطيب التحيات،
{{SenderName|فريق شبكة المدن القوية}}`,
    },
    es: {
      subject: 'Recordatorio: {{EventName}} el {{EventDates}}',
      body: `Estimado/a {{Name}}:

Le recordamos que {{EventName}} tendrá lugar el {{EventDates}} ({{EventPlace|detalles próximamente}}). Esperamos verle allí.

Si ya no puede asistir, responda a este mensaje para que podamos ofrecer su plaza a otra persona.

Un cordial saludo,
{{SenderName|El equipo de la Strong Cities Network}}`,
    },
  },
};
