// Built-in emails of the membership journey's first steps: enquiry acknowledgement, application form invitation, application acknowledgement.

import type { EmailTemplateDef } from './model';

export const ENQUIRY_ACKNOWLEDGEMENT: EmailTemplateDef = {
  key: 'enquiryAcknowledgement',
  name: 'Enquiry acknowledgement',
  purpose: 'acknowledgement',
  description: 'Sent automatically when a membership enquiry arrives.',
  fields: ['Name', 'City', 'SenderName'],
  variants: {
    en: {
      subject: 'Your enquiry about joining the Strong Cities Network',
      body: `Dear {{Name}},

Thank you for your interest in the Strong Cities Network on behalf of {{City}}. We have received your enquiry and are glad to hear from you.

A member of our team will reply within 2–3 working days with a short application form and more about how the network works with its members.

In the meantime, if you have any questions, simply reply to this email.

With warm regards,
{{SenderName|The Strong Cities Network team}}`,
    },
    fr: {
      subject: 'Votre demande d’adhésion au Strong Cities Network',
      body: `Bonjour {{Name}},

Merci de l’intérêt que vous portez au Strong Cities Network au nom de {{City}}. Nous avons bien reçu votre demande et nous sommes heureux d’avoir de vos nouvelles.

Un membre de notre équipe vous répondra sous 2 à 3 jours ouvrés avec un court formulaire de candidature et des informations sur la manière dont le réseau travaille avec ses membres.

D’ici là, pour toute question, il vous suffit de répondre à ce message.

Bien cordialement,
{{SenderName|L’équipe du Strong Cities Network}}`,
    },
    ar: {
      subject: 'استفساركم بشأن الانضمام إلى شبكة المدن القوية',
      body: `السيد/السيدة {{Name}} المحترم/ة،

نشكركم على اهتمامكم بشبكة المدن القوية (Strong Cities Network) باسم {{City}}. لقد تسلّمنا استفساركم ويسعدنا تواصلكم معنا.

سيردّ عليكم أحد أعضاء فريقنا خلال يومين إلى ثلاثة أيام عمل، مرفقًا باستمارة طلب قصيرة ومعلومات حول طريقة عمل الشبكة مع أعضائها.

وإلى ذلك الحين، يمكنكم الرد على هذه الرسالة لأي استفسار.

مع أطيب التحيات،
{{SenderName|فريق شبكة المدن القوية}}`,
    },
    es: {
      subject: 'Su consulta sobre la adhesión a la Strong Cities Network',
      body: `Estimado/a {{Name}}:

Gracias por el interés de {{City}} en la Strong Cities Network. Hemos recibido su consulta y nos alegra que se haya puesto en contacto con nosotros.

Un miembro de nuestro equipo le responderá en un plazo de 2 a 3 días hábiles con un breve formulario de solicitud y más información sobre cómo trabaja la red con sus miembros.

Mientras tanto, si tiene alguna pregunta, basta con responder a este correo.

Un cordial saludo,
{{SenderName|El equipo de la Strong Cities Network}}`,
    },
  },
};

export const APPLICATION_INVITATION: EmailTemplateDef = {
  key: 'applicationInvitation',
  name: 'Application form invitation',
  purpose: 'application form',
  description:
    'Sent by the coordinator in one click: the application form link, pre-filled with the reference.',
  fields: ['Name', 'City', 'ApplicationId', 'ApplicationFormLink', 'SenderName'],
  variants: {
    en: {
      subject: 'Strong Cities Network: your application form ({{ApplicationId}})',
      body: `Dear {{Name}},

Thank you again for your enquiry. We would be delighted to welcome {{City}} to the Strong Cities Network, and the next step is a short application form:

{{ApplicationFormLink}}

It asks for 2–3 points of contact – ideally one in the mayor's office or the relevant policy team, who can represent the city in the network, and one practitioner – a brief background on the issues your city faces and the approaches you take, and your commitment to the network's principles.

Your reference, {{ApplicationId}}, is already filled in. Once we receive the form, we aim to confirm membership within 2–3 working days.

With warm regards,
{{SenderName|The Strong Cities Network team}}`,
    },
    fr: {
      subject: 'Strong Cities Network : votre formulaire de candidature ({{ApplicationId}})',
      body: `Bonjour {{Name}},

Merci encore pour votre demande. Nous serions ravis d’accueillir {{City}} au sein du Strong Cities Network ; l’étape suivante est un court formulaire de candidature :

{{ApplicationFormLink}}

Il vous demande 2 ou 3 points de contact – idéalement une personne au cabinet du maire ou dans l’équipe chargée des politiques concernées, qui pourra représenter la ville au sein du réseau, et un praticien –, une brève présentation des enjeux de votre ville et des approches que vous menez, ainsi que votre engagement envers les principes du réseau.

Votre référence, {{ApplicationId}}, est déjà renseignée. Dès réception du formulaire, nous nous efforçons de confirmer l’adhésion sous 2 à 3 jours ouvrés.

Bien cordialement,
{{SenderName|L’équipe du Strong Cities Network}}`,
    },
    ar: {
      subject: 'شبكة المدن القوية: استمارة طلب الانضمام ({{ApplicationId}})',
      body: `السيد/السيدة {{Name}} المحترم/ة،

نشكركم مجددًا على استفساركم. يسعدنا أن نرحّب بمدينة {{City}} في شبكة المدن القوية، والخطوة التالية هي تعبئة استمارة طلب قصيرة:

{{ApplicationFormLink}}

تطلب الاستمارة تحديد جهتي اتصال أو ثلاث — ويُفضَّل أن تكون إحداها في مكتب رئيس البلدية أو في فريق السياسات المعني لتمثيل المدينة في الشبكة، وأخرى من العاملين الميدانيين — إضافة إلى نبذة موجزة عن التحديات التي تواجهها مدينتكم والمقاربات التي تعتمدونها، والتزامكم بمبادئ الشبكة.

رقمكم المرجعي {{ApplicationId}} مُدرج مسبقًا في الاستمارة. وبعد تسلّمها، نسعى إلى تأكيد العضوية خلال يومين إلى ثلاثة أيام عمل.

مع أطيب التحيات،
{{SenderName|فريق شبكة المدن القوية}}`,
    },
    es: {
      subject: 'Strong Cities Network: su formulario de solicitud ({{ApplicationId}})',
      body: `Estimado/a {{Name}}:

Gracias de nuevo por su consulta. Nos encantaría dar la bienvenida a {{City}} en la Strong Cities Network; el siguiente paso es un breve formulario de solicitud:

{{ApplicationFormLink}}

En él le pedimos 2 o 3 personas de contacto –idealmente una en la alcaldía o en el equipo de políticas correspondiente, que pueda representar a la ciudad en la red, y otra que trabaje sobre el terreno–, una breve descripción de los retos de su ciudad y de los enfoques que aplican, y su compromiso con los principios de la red.

Su referencia, {{ApplicationId}}, ya figura en el formulario. Una vez recibido, procuramos confirmar la adhesión en un plazo de 2 a 3 días hábiles.

Un cordial saludo,
{{SenderName|El equipo de la Strong Cities Network}}`,
    },
  },
};

export const APPLICATION_ACKNOWLEDGEMENT: EmailTemplateDef = {
  key: 'applicationAcknowledgement',
  name: 'Application acknowledgement',
  purpose: 'acknowledgement',
  description: 'Sent automatically when an application form arrives.',
  fields: ['Name', 'City', 'ApplicationId', 'SenderName'],
  variants: {
    en: {
      subject: 'We have received the application from {{City}} ({{ApplicationId}})',
      body: `Dear {{Name}},

Thank you for completing the Strong Cities Network application form for {{City}}. We have received it and will review it carefully.

We aim to confirm membership within 2–3 working days. If we need anything else, we will let you know.

With warm regards,
{{SenderName|The Strong Cities Network team}}`,
    },
    fr: {
      subject: 'Nous avons bien reçu la candidature de {{City}} ({{ApplicationId}})',
      body: `Bonjour {{Name}},

Merci d’avoir rempli le formulaire de candidature au Strong Cities Network pour {{City}}. Nous l’avons bien reçu et l’examinerons avec attention.

Nous nous efforçons de confirmer l’adhésion sous 2 à 3 jours ouvrés. Si nous avons besoin d’autres informations, nous vous le ferons savoir.

Bien cordialement,
{{SenderName|L’équipe du Strong Cities Network}}`,
    },
    ar: {
      subject: 'تسلّمنا طلب انضمام {{City}} ({{ApplicationId}})',
      body: `السيد/السيدة {{Name}} المحترم/ة،

نشكركم على تعبئة استمارة طلب الانضمام إلى شبكة المدن القوية باسم {{City}}. لقد تسلّمناها وسندرسها بعناية.

نسعى إلى تأكيد العضوية خلال يومين إلى ثلاثة أيام عمل، وسنُعلمكم إن احتجنا إلى أي معلومات إضافية.

مع أطيب التحيات،
{{SenderName|فريق شبكة المدن القوية}}`,
    },
    es: {
      subject: 'Hemos recibido la solicitud de {{City}} ({{ApplicationId}})',
      body: `Estimado/a {{Name}}:

Gracias por completar el formulario de solicitud de la Strong Cities Network para {{City}}. Lo hemos recibido y lo revisaremos con atención.

Procuramos confirmar la adhesión en un plazo de 2 a 3 días hábiles. Si necesitamos algo más, se lo haremos saber.

Un cordial saludo,
{{SenderName|El equipo de la Strong Cities Network}}`,
    },
  },
};
