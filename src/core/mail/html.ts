// Turns a rendered plain-text email into HTML: everything escaped, paragraphs and line breaks kept, links clickable.

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

// Applied to escaped text, so a URL can hold no < > " and its & are already &amp;.
const URL_IN_ESCAPED = /\bhttps?:\/\/[^\s<>"]+/g;

function linkify(escaped: string): string {
  return escaped.replace(URL_IN_ESCAPED, (url) => {
    // Leave sentence punctuation that follows a link outside it.
    const m = /^(.*?)([.,;:!?)]*)$/.exec(url)!;
    return `<a href="${m[1]}">${m[1]}</a>${m[2]}`;
  });
}

/** A field value placed in an HTML body: escaped, its line breaks kept as <br> (DESIGN §8 XSS). */
export function htmlValue(value: string): string {
  return escapeHtml(value.replace(/\r\n?/g, '\n')).replace(/\n/g, '<br>\n');
}

/** Plain text as HTML paragraphs: everything escaped, blank lines → paragraphs, line breaks → <br>, links clickable. */
export function paragraphsFromText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${linkify(escapeHtml(p)).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}

/**
 * The whole HTML document around a body fragment, in the variant's language and direction (Arabic: dir="rtl"
 * on both <html> and <body>, right-aligned, for clients that drop one of them). UTF-8 declared, so accents and
 * emoji arrive intact.
 */
export function htmlDocument(inner: string, lang: string, dir: 'ltr' | 'rtl'): string {
  const align = dir === 'rtl' ? 'right' : 'left';
  return (
    `<!DOCTYPE html>\n<html lang="${escapeHtml(lang)}" dir="${dir}">\n<head><meta charset="utf-8"></head>\n` +
    `<body dir="${dir}" style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; line-height: 1.5; text-align: ${align};">\n` +
    `${inner}\n</body>\n</html>\n`
  );
}

/**
 * The HTML body for a plain-text body. The whole text — template wording and field values alike — is
 * HTML-escaped, so a value such as "<script>" arrives as text, never markup (DESIGN §8 XSS).
 */
export function htmlFromText(text: string, lang: string, dir: 'ltr' | 'rtl'): string {
  return htmlDocument(paragraphsFromText(text), lang, dir);
}
