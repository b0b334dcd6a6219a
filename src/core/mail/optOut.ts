// The opt-out footer every mailing carries (DESIGN §5), in the language the email is rendered in.

import { assertHeaderSafe } from './headerSafety';
import type { FooterHook } from './renderEmail';

const OPT_OUT_TEXT: Readonly<Record<string, (url: string) => string>> = {
  en: (url) =>
    `You receive this email as a contact of the Strong Cities Network. To stop receiving our mailings: ${url}`,
  fr: (url) =>
    `Vous recevez ce message en tant que contact du Strong Cities Network. Pour ne plus recevoir nos envois : ${url}`,
  ar: (url) => `تصلكم هذه الرسالة بصفتكم من جهات اتصال شبكة المدن القوية. لإيقاف تلقي رسائلنا: ${url}`,
  es: (url) =>
    `Recibe este correo como contacto de la Strong Cities Network. Para dejar de recibir nuestros envíos: ${url}`,
};

/** A footer hook adding the opt-out line with this recipient's own link. */
export function optOutFooter(url: string): FooterHook {
  assertHeaderSafe('Opt-out link', url); // one line, so it cannot break the footer into smuggled text
  return (language) => (OPT_OUT_TEXT[language] ?? OPT_OUT_TEXT.en!)(url);
}
