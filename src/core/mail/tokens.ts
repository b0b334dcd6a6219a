// {{Field}} and {{Field|fallback}} tokens: parsing a template and filling it, refusing to leave a field silently blank.

/** A piece of a parsed template: literal text, or a token naming a field with an optional fallback. */
export type TemplatePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'field'; readonly name: string; readonly fallback: string | null };

export type FieldValues = Readonly<Record<string, string | number | null | undefined>>;

export class TemplateSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateSyntaxError';
  }
}

/** Fields a template needs that were not given (no value and no fallback). Lists every one, not just the first. */
export class MissingFieldsError extends Error {
  readonly fields: readonly string[];
  constructor(fields: readonly string[], where: string) {
    super(
      `${where}: no value for ${fields.map((f) => `{{${f}}}`).join(', ')}. Give a value or a fallback ({{Field|fallback}}).`,
    );
    this.name = 'MissingFieldsError';
    this.fields = fields;
  }
}

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_.]*$/;

export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let pos = 0;
  while (pos < template.length) {
    const open = template.indexOf('{{', pos);
    if (open < 0) {
      parts.push({ kind: 'text', text: template.slice(pos) });
      break;
    }
    if (open > pos) parts.push({ kind: 'text', text: template.slice(pos, open) });
    const close = template.indexOf('}}', open + 2);
    if (close < 0)
      throw new TemplateSyntaxError(`A "{{" at character ${open + 1} is never closed with "}}".`);
    const inner = template.slice(open + 2, close);
    const bar = inner.indexOf('|');
    const name = (bar < 0 ? inner : inner.slice(0, bar)).trim();
    if (!FIELD_NAME.test(name)) {
      throw new TemplateSyntaxError(
        `"{{${inner}}}" at character ${open + 1} is not a field name (letters, digits, _ or .).`,
      );
    }
    parts.push({ kind: 'field', name, fallback: bar < 0 ? null : inner.slice(bar + 1) });
    pos = close + 2;
  }
  return parts;
}

/** The field names a template uses, each once, in order of first use. */
export function templateFields(template: string): string[] {
  const names: string[] = [];
  for (const p of parseTemplate(template))
    if (p.kind === 'field' && names.indexOf(p.name) < 0) names.push(p.name);
  return names;
}

function fieldText(fields: FieldValues, name: string): string | null {
  const v = fields[name];
  if (v === null || v === undefined) return null;
  const text = typeof v === 'number' ? String(v) : v;
  // Whitespace only counts as missing: a greeting "Dear ," is exactly the silent blank we refuse.
  return text.trim() === '' ? null : text;
}

/** The field names that have neither a value nor a fallback. */
export function missingFields(template: string, fields: FieldValues): string[] {
  const missing: string[] = [];
  for (const p of parseTemplate(template)) {
    if (
      p.kind === 'field' &&
      p.fallback === null &&
      fieldText(fields, p.name) === null &&
      missing.indexOf(p.name) < 0
    ) {
      missing.push(p.name);
    }
  }
  return missing;
}

/** The fields a template uses that are not in `known` (each once, in order of first use). */
export function unknownFields(template: string, known: readonly string[]): string[] {
  return templateFields(template).filter((name) => known.indexOf(name) < 0);
}

/**
 * Fills a template. `{{Field|fallback}}` uses the fallback when the field is empty (an explicit empty
 * fallback, `{{Field|}}`, allows a blank on purpose). A field with no value and no fallback throws
 * MissingFieldsError naming every such field. `transform` is applied to what fills each token (the value or
 * the fallback), e.g. HTML escaping for an HTML body; literal template text is kept as written.
 */
export function fillTemplate(
  template: string,
  fields: FieldValues,
  where = 'Template',
  transform: (value: string) => string = (v) => v,
): string {
  const missing = missingFields(template, fields);
  if (missing.length > 0) throw new MissingFieldsError(missing, where);
  return parseTemplate(template)
    .map((p) => (p.kind === 'text' ? p.text : transform(fieldText(fields, p.name) ?? p.fallback ?? '')))
    .join('');
}
