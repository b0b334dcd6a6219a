// Built-in daily email to a follow-up owner who reads no digest (issue 17): their own follow-ups due or overdue.

import type { EmailTemplateDef } from './model';

export const FOLLOW_UP_DIGEST: EmailTemplateDef = {
  key: 'followUpDigest',
  name: 'Daily follow-ups',
  purpose: 'digest',
  description:
    'Sent each morning to a colleague who owns follow-ups due today or overdue and does not receive the daily digest: their follow-ups only, one a line.',
  fields: ['Recipient', 'Date', 'FollowUpsCount', 'FollowUpsList', 'WorkbookLink'],
  variants: {
    en: {
      subject: 'Strong Cities CRM – {{Date}}: {{FollowUpsCount}} follow-ups due',
      body: `Good morning {{Recipient|colleague}},

Your follow-ups due today or overdue ({{FollowUpsCount}}):
{{FollowUpsList|None.}}

Mark them done, snooze or reassign them in SCN CRM › My follow-ups.

Open the workbook: {{WorkbookLink|the Strong Cities CRM workbook}}`,
    },
    fr: {
      subject: 'Strong Cities CRM – {{Date}} : {{FollowUpsCount}} suivis à traiter',
      body: `Bonjour {{Recipient|à vous}},

Vos suivis dus aujourd’hui ou en retard ({{FollowUpsCount}}) :
{{FollowUpsList|Aucun.}}

Marquez-les faits, reportez-les ou confiez-les à un collègue dans SCN CRM › Mes suivis.

Ouvrir le classeur : {{WorkbookLink|le classeur Strong Cities CRM}}`,
    },
    ar: {
      subject: 'Strong Cities CRM – {{Date}}: {{FollowUpsCount}} متابعات مستحقة',
      body: `صباح الخير {{Recipient|زميلنا العزيز}}،

متابعاتك المستحقة اليوم أو المتأخرة ({{FollowUpsCount}}):
{{FollowUpsList|لا شيء.}}

يمكنك وضع علامة الإنجاز عليها أو تأجيلها أو إسنادها إلى زميل من SCN CRM › متابعاتي.

فتح المصنف: {{WorkbookLink|مصنف Strong Cities CRM}}`,
    },
    es: {
      subject: 'Strong Cities CRM – {{Date}}: {{FollowUpsCount}} seguimientos pendientes',
      body: `Buenos días, {{Recipient|colega}}:

Sus seguimientos que vencen hoy o están atrasados ({{FollowUpsCount}}):
{{FollowUpsList|Ninguno.}}

Márquelos como hechos, pospóngalos o reasígnelos en SCN CRM › Mis seguimientos.

Abrir el libro: {{WorkbookLink|el libro Strong Cities CRM}}`,
    },
  },
};
