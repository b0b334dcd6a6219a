// Built-in emails of the review: more information needed, decline, and the welcome to a new member.

import type { EmailTemplateDef } from './model';

export const MORE_INFORMATION_REQUEST: EmailTemplateDef = {
  key: 'moreInformationRequest',
  name: 'More information request',
  purpose: 'more info',
  description:
    'Sent when the coordinator needs more before deciding; the reason is written by the coordinator.',
  fields: ['Name', 'City', 'ApplicationId', 'Reason', 'SenderName'],
  variants: {
    en: {
      subject: 'Your Strong Cities Network application ({{ApplicationId}}): a little more information',
      body: `Dear {{Name}},

Thank you for the application from {{City}}. Before we can confirm membership, we would be grateful for a little more information:

{{Reason}}

You can simply reply to this email. We will come back to you within 2–3 working days of hearing from you.

With warm regards,
{{SenderName|The Strong Cities Network team}}`,
    },
    fr: {
      subject: 'Votre candidature au Strong Cities Network ({{ApplicationId}}) : quelques précisions',
      body: `Bonjour {{Name}},

Merci pour la candidature de {{City}}. Avant de pouvoir confirmer l’adhésion, nous aurions besoin de quelques précisions :

{{Reason}}

Il vous suffit de répondre à ce message. Nous reviendrons vers vous sous 2 à 3 jours ouvrés après votre réponse.

Bien cordialement,
{{SenderName|L’équipe du Strong Cities Network}}`,
    },
    ar: {
      subject: 'طلب انضمامكم إلى شبكة المدن القوية ({{ApplicationId}}): معلومات إضافية',
      body: `السيد/السيدة {{Name}} المحترم/ة،

نشكركم على طلب انضمام {{City}}. وقبل تأكيد العضوية، نرجو تزويدنا ببعض المعلومات الإضافية:

{{Reason}}

يكفي الرد على هذه الرسالة، وسنعود إليكم خلال يومين إلى ثلاثة أيام عمل من تلقّي ردّكم.

مع أطيب التحيات،
{{SenderName|فريق شبكة المدن القوية}}`,
    },
    es: {
      subject: 'Su solicitud a la Strong Cities Network ({{ApplicationId}}): algo más de información',
      body: `Estimado/a {{Name}}:

Gracias por la solicitud de {{City}}. Antes de confirmar la adhesión, le agradeceríamos algo más de información:

{{Reason}}

Basta con responder a este correo. Le contestaremos en un plazo de 2 a 3 días hábiles desde su respuesta.

Un cordial saludo,
{{SenderName|El equipo de la Strong Cities Network}}`,
    },
  },
};

export const DECLINE: EmailTemplateDef = {
  key: 'decline',
  name: 'Application declined',
  purpose: 'decline',
  description: 'Sent when an application is declined, with the reason written by the coordinator.',
  fields: ['Name', 'City', 'Reason', 'SenderName'],
  variants: {
    en: {
      subject: 'Your application to the Strong Cities Network',
      body: `Dear {{Name}},

Thank you for the interest {{City}} has shown in the Strong Cities Network and for the time you took to apply.

After careful consideration, we are not able to confirm membership at this stage, for the following reason:

{{Reason}}

We value the work you are doing and would be glad to stay in touch. Please do not hesitate to reply if you would like to discuss this.

With kind regards,
{{SenderName|The Strong Cities Network team}}`,
    },
    fr: {
      subject: 'Votre candidature au Strong Cities Network',
      body: `Bonjour {{Name}},

Merci de l’intérêt que {{City}} porte au Strong Cities Network et du temps consacré à votre candidature.

Après un examen attentif, nous ne sommes pas en mesure de confirmer l’adhésion à ce stade, pour la raison suivante :

{{Reason}}

Nous apprécions le travail que vous menez et serions heureux de rester en contact. N’hésitez pas à répondre à ce message si vous souhaitez en parler.

Bien cordialement,
{{SenderName|L’équipe du Strong Cities Network}}`,
    },
    ar: {
      subject: 'طلب انضمامكم إلى شبكة المدن القوية',
      body: `السيد/السيدة {{Name}} المحترم/ة،

نشكركم على اهتمام {{City}} بشبكة المدن القوية وعلى الوقت الذي خصصتموه لتقديم الطلب.

بعد دراسة متأنية، يتعذّر علينا تأكيد العضوية في هذه المرحلة، للسبب التالي:

{{Reason}}

نقدّر العمل الذي تقومون به ويسعدنا أن نبقى على تواصل. لا تترددوا في الرد على هذه الرسالة إن رغبتم في مناقشة الأمر.

مع خالص التحيات،
{{SenderName|فريق شبكة المدن القوية}}`,
    },
    es: {
      subject: 'Su solicitud a la Strong Cities Network',
      body: `Estimado/a {{Name}}:

Gracias por el interés de {{City}} en la Strong Cities Network y por el tiempo dedicado a su solicitud.

Tras un examen detenido, no podemos confirmar la adhesión en este momento, por el siguiente motivo:

{{Reason}}

Valoramos el trabajo que realizan y nos encantaría seguir en contacto. No dude en responder a este correo si desea hablarlo.

Un cordial saludo,
{{SenderName|El equipo de la Strong Cities Network}}`,
    },
  },
};

export const WELCOME: EmailTemplateDef = {
  key: 'welcome',
  name: 'Welcome to the network',
  purpose: 'welcome',
  description:
    'Sent on approval to each point of contact, with the Terms of Reference and Online Hub links from Settings.',
  fields: ['Name', 'City', 'TermsOfReferenceLink', 'OnlineHubLink', 'SenderName'],
  variants: {
    en: {
      subject: 'Welcome to the Strong Cities Network, {{City}}',
      body: `Dear {{Name}},

It is a pleasure to confirm that {{City}} is now a member of the Strong Cities Network. Welcome!

Our Terms of Reference set out the network's aims and the principles that guide our work together:
{{TermsOfReferenceLink}}

As a member, you now have access to the Online Hub, our portal for members, with upcoming activities, collaborative research and resources for new members:
{{OnlineHubLink}}

We look forward to learning from your city's experience and to connecting you with peers around the world. Reply to this email at any time – we are here to help.

With warm regards,
{{SenderName|The Strong Cities Network team}}`,
    },
    fr: {
      subject: 'Bienvenue au Strong Cities Network, {{City}}',
      body: `Bonjour {{Name}},

Nous avons le plaisir de vous confirmer que {{City}} est désormais membre du Strong Cities Network. Bienvenue !

Nos Termes de référence présentent les objectifs du réseau et les principes qui guident notre travail commun :
{{TermsOfReferenceLink}}

En tant que membre, vous avez désormais accès à l’Online Hub, notre portail réservé aux membres, avec les activités à venir, les recherches collaboratives et des ressources pour les nouveaux membres :
{{OnlineHubLink}}

Nous nous réjouissons d’apprendre de l’expérience de votre ville et de vous mettre en relation avec vos pairs dans le monde entier. N’hésitez pas à répondre à ce message à tout moment.

Bien cordialement,
{{SenderName|L’équipe du Strong Cities Network}}`,
    },
    ar: {
      subject: 'مرحبًا بـ{{City}} في شبكة المدن القوية',
      body: `السيد/السيدة {{Name}} المحترم/ة،

يسرّنا أن نؤكد أن {{City}} أصبحت عضوًا في شبكة المدن القوية. أهلًا وسهلًا بكم!

تعرض الاختصاصات المرجعية للشبكة أهدافها والمبادئ التي توجّه عملنا المشترك:
{{TermsOfReferenceLink}}

وبصفتكم أعضاء، يمكنكم الآن الدخول إلى المنصة الإلكترونية للأعضاء (Online Hub)، حيث تجدون الأنشطة القادمة والأبحاث التعاونية وموارد الأعضاء الجدد:
{{OnlineHubLink}}

نتطلع إلى الاستفادة من تجربة مدينتكم وإلى ربطكم بنظرائكم حول العالم. يمكنكم الرد على هذه الرسالة في أي وقت، فنحن هنا للمساعدة.

مع أطيب التحيات،
{{SenderName|فريق شبكة المدن القوية}}`,
    },
    es: {
      subject: 'Bienvenidos a la Strong Cities Network, {{City}}',
      body: `Estimado/a {{Name}}:

Nos complace confirmar que {{City}} ya es miembro de la Strong Cities Network. ¡Bienvenidos!

Nuestros Términos de Referencia recogen los objetivos de la red y los principios que guían nuestro trabajo conjunto:
{{TermsOfReferenceLink}}

Como miembro, ya tiene acceso al Online Hub, nuestro portal para miembros, con las próximas actividades, investigaciones colaborativas y recursos para nuevos miembros:
{{OnlineHubLink}}

Esperamos aprender de la experiencia de su ciudad y ponerle en contacto con homólogos de todo el mundo. Puede responder a este correo en cualquier momento; estamos para ayudarle.

Un cordial saludo,
{{SenderName|El equipo de la Strong Cities Network}}`,
    },
  },
};
