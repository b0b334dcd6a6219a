// Built-in daily digest to coordinators: applications due today and overdue (lists prepared by the caller, one item a line).

import type { EmailTemplateDef } from './model';

export const DAILY_DIGEST: EmailTemplateDef = {
  key: 'dailyDigest',
  name: 'Daily digest',
  purpose: 'digest',
  description:
    'Sent each morning to coordinators: what is due today, what is overdue, what was recorded with problems, what could not be recorded, mailing emails to check by hand, follow-ups due (the reader’s, then the team’s) and cities to engage after an incident.',
  fields: [
    'Recipient',
    'Date',
    'DueTodayCount',
    'DueTodayList',
    'OverdueCount',
    'OverdueList',
    'NeedsAttentionCount',
    'NeedsAttentionList',
    'UnrecordedCount',
    'UnrecordedList',
    'UnknownSendsCount',
    'UnknownSendsList',
    'FollowUpsCount',
    'FollowUpsList',
    'TeamFollowUpsCount',
    'TeamFollowUpsList',
    'IncidentsCount',
    'IncidentsList',
    'WorkbookLink',
  ],
  variants: {
    en: {
      subject: 'Strong Cities CRM – {{Date}}: {{DueTodayCount}} due today, {{OverdueCount}} overdue',
      body: `Good morning {{Recipient|colleague}},

Here is today's summary of enquiries and applications awaiting an answer.

Due today ({{DueTodayCount}}):
{{DueTodayList|Nothing due today.}}

Overdue ({{OverdueCount}}):
{{OverdueList|Nothing overdue – well done.}}

Recorded with problems to check ({{NeedsAttentionCount|0}}):
{{NeedsAttentionList|None.}}

Form responses not yet recorded ({{UnrecordedCount|0}}):
{{UnrecordedList|None.}}

Mailing emails to check by hand in the Sent folder ({{UnknownSendsCount|0}}):
{{UnknownSendsList|None.}}

Your follow-ups due or overdue ({{FollowUpsCount|0}}):
{{FollowUpsList|None.}}

The team's follow-ups due or overdue ({{TeamFollowUpsCount|0}}):
{{TeamFollowUpsList|None.}}

Cities to get in touch with after an incident ({{IncidentsCount|0}}):
{{IncidentsList|None.}}

Open the workbook: {{WorkbookLink|the Strong Cities CRM workbook}}`,
    },
    fr: {
      subject:
        'Strong Cities CRM – {{Date}} : {{DueTodayCount}} à traiter aujourd’hui, {{OverdueCount}} en retard',
      body: `Bonjour {{Recipient|à toutes et à tous}},

Voici le point du jour sur les demandes et candidatures en attente de réponse.

À traiter aujourd’hui ({{DueTodayCount}}) :
{{DueTodayList|Rien à traiter aujourd’hui.}}

En retard ({{OverdueCount}}) :
{{OverdueList|Aucun retard – bravo.}}

Enregistrées avec des problèmes à vérifier ({{NeedsAttentionCount|0}}) :
{{NeedsAttentionList|Aucune.}}

Réponses aux formulaires pas encore enregistrées ({{UnrecordedCount|0}}) :
{{UnrecordedList|Aucune.}}

E-mails d’envois à vérifier à la main dans le dossier Envoyés ({{UnknownSendsCount|0}}) :
{{UnknownSendsList|Aucun.}}

Vos suivis dus ou en retard ({{FollowUpsCount|0}}) :
{{FollowUpsList|Aucun.}}

Les suivis de l’équipe dus ou en retard ({{TeamFollowUpsCount|0}}) :
{{TeamFollowUpsList|Aucun.}}

Villes à contacter après un incident ({{IncidentsCount|0}}) :
{{IncidentsList|Aucune.}}

Ouvrir le classeur : {{WorkbookLink|le classeur Strong Cities CRM}}`,
    },
    ar: {
      subject: 'Strong Cities CRM – {{Date}}: {{DueTodayCount}} مستحقة اليوم، {{OverdueCount}} متأخرة',
      body: `صباح الخير {{Recipient|زملاءنا الأعزاء}}،

إليكم ملخص اليوم للاستفسارات والطلبات التي تنتظر الرد.

مستحقة اليوم ({{DueTodayCount}}):
{{DueTodayList|لا شيء مستحق اليوم.}}

متأخرة ({{OverdueCount}}):
{{OverdueList|لا توجد عناصر متأخرة.}}

سُجّلت مع مشكلات تحتاج إلى مراجعة ({{NeedsAttentionCount|0}}):
{{NeedsAttentionList|لا شيء.}}

ردود على الاستمارات لم تُسجَّل بعد ({{UnrecordedCount|0}}):
{{UnrecordedList|لا شيء.}}

رسائل مراسلات تحتاج إلى تحقق يدوي في مجلد المرسلة ({{UnknownSendsCount|0}}):
{{UnknownSendsList|لا شيء.}}

متابعاتك المستحقة أو المتأخرة ({{FollowUpsCount|0}}):
{{FollowUpsList|لا شيء.}}

متابعات الفريق المستحقة أو المتأخرة ({{TeamFollowUpsCount|0}}):
{{TeamFollowUpsList|لا شيء.}}

مدن يُستحسن التواصل معها بعد حادث ({{IncidentsCount|0}}):
{{IncidentsList|لا شيء.}}

فتح المصنف: {{WorkbookLink|مصنف Strong Cities CRM}}`,
    },
    es: {
      subject: 'Strong Cities CRM – {{Date}}: {{DueTodayCount}} vencen hoy, {{OverdueCount}} atrasadas',
      body: `Buenos días, {{Recipient|colega}}:

Este es el resumen de hoy de las consultas y solicitudes pendientes de respuesta.

Vencen hoy ({{DueTodayCount}}):
{{DueTodayList|Nada vence hoy.}}

Atrasadas ({{OverdueCount}}):
{{OverdueList|Nada atrasado.}}

Registradas con problemas por revisar ({{NeedsAttentionCount|0}}):
{{NeedsAttentionList|Ninguna.}}

Respuestas de formularios aún no registradas ({{UnrecordedCount|0}}):
{{UnrecordedList|Ninguna.}}

Correos de envíos por comprobar a mano en la carpeta Enviados ({{UnknownSendsCount|0}}):
{{UnknownSendsList|Ninguno.}}

Sus seguimientos pendientes o atrasados ({{FollowUpsCount|0}}):
{{FollowUpsList|Ninguno.}}

Seguimientos del equipo pendientes o atrasados ({{TeamFollowUpsCount|0}}):
{{TeamFollowUpsList|Ninguno.}}

Ciudades con las que conviene contactar tras un incidente ({{IncidentsCount|0}}):
{{IncidentsList|Ninguna.}}

Abrir el libro: {{WorkbookLink|el libro Strong Cities CRM}}`,
    },
  },
};
