// Reads Templates tab rows into templates: each row one language variant, checked (syntax, one-line subject, known tokens).

import type { EmailTemplateDef, EmailVariant } from '../../../sheets-templates/emails';
import { TEMPLATE_PURPOSES } from '../../../sheets-templates/vocabularies';
import { normaliseLanguage } from './renderEmail';
import { parseTemplate, unknownFields } from './tokens';

export interface TemplateRow {
  readonly id: string;
  readonly name: string;
  /** The built-in email the row is a variant of ('' for a mailing's own template). */
  readonly key: string;
  readonly purpose: string;
  readonly language: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
  readonly active: boolean;
  /** Inline images and attachments of the variant (Drive files, issue 12 item 1); none when absent. */
  readonly files?: readonly TemplateFile[];
}

/** A Drive file a variant carries: an inline image (its cid, as the HTML refers to it) or an attachment (cid null). */
export interface TemplateFile {
  readonly fileId: string;
  readonly name: string;
  readonly cid: string | null;
}

/** The Files cell (JSON) as files; entries that are not a file are left out, and an unreadable cell is none. */
export function templateFilesFrom(json: unknown): TemplateFile[] {
  let value = json;
  if (typeof json === 'string') {
    if (json.trim() === '') return [];
    try {
      value = JSON.parse(json);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(value)) return [];
  const out: TemplateFile[] = [];
  for (const v of value as unknown[]) {
    const o = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
    if (typeof o['fileId'] !== 'string' || !/^[A-Za-z0-9_-]{10,100}$/.test(o['fileId'])) continue;
    const cid = typeof o['cid'] === 'string' && o['cid'] !== '' ? o['cid'] : null;
    out.push({ fileId: o['fileId'], name: typeof o['name'] === 'string' ? o['name'] : '', cid });
  }
  return out;
}

/** A variant that cannot be used, with the words naming the template, its language and what is wrong. */
export interface VariantProblem {
  readonly template: string;
  readonly language: string;
  readonly rowId: string;
  /** Tokens the variant uses that nobody fills (empty when the problem is another one). */
  readonly unknownTokens: readonly string[];
  readonly message: string;
}

export function variantWhere(template: string, language: string): string {
  return `Template "${template}" (${language})`;
}

/**
 * Why a row cannot be used as a variant, or null: a token that does not parse, a subject on several lines, an
 * empty subject or body, or (when `known` is given) a token no source fills.
 */
export function rowProblem(row: TemplateRow, known?: readonly string[]): VariantProblem | null {
  const language = normaliseLanguage(row.language);
  const where = variantWhere(row.name, language);
  const problem = (message: string, unknownTokens: readonly string[] = []): VariantProblem => ({
    template: row.name,
    language,
    rowId: row.id,
    unknownTokens,
    message: `${where}: ${message}`,
  });
  if (row.subject.trim() === '') return problem('the subject is empty.');
  if (row.body.trim() === '') return problem('the body is empty.');
  if (/[\r\n\u2028\u2029]/.test(row.subject)) return problem('the subject must be one line.');
  const texts: [string, string][] = [
    ['subject', row.subject],
    ['body', row.body],
    ['HTML body', row.htmlBody],
  ];
  for (const [part, text] of texts) {
    try {
      parseTemplate(text);
    } catch (e) {
      return problem(`${part}: ${(e as Error).message}`);
    }
  }
  if (known) {
    const unknown = unknownFields(`${row.subject}\n${row.body}\n${row.htmlBody}`, known);
    if (unknown.length > 0)
      return problem(
        `unknown token ${unknown.map((t) => `{{${t}}}`).join(', ')}: no field of that name exists.`,
        unknown,
      );
  }
  return null;
}

export function variantOf(row: TemplateRow): EmailVariant {
  return row.htmlBody.trim() === ''
    ? { subject: row.subject, body: row.body }
    : { subject: row.subject, body: row.body, html: row.htmlBody };
}

function purposeOf(purpose: string): EmailTemplateDef['purpose'] {
  return (
    (TEMPLATE_PURPOSES as readonly string[]).indexOf(purpose) >= 0 ? purpose : 'other'
  ) as EmailTemplateDef['purpose'];
}

export interface TemplateFamily {
  readonly name: string;
  readonly purpose: EmailTemplateDef['purpose'];
  /** Usable variants by language. */
  readonly variants: Readonly<Record<string, EmailVariant>>;
  readonly rowIds: Readonly<Record<string, string>>;
  /** The files each usable variant carries, by language (absent: none). */
  readonly files: Readonly<Record<string, readonly TemplateFile[]>>;
  /** Variants left out, with why. */
  readonly problems: readonly VariantProblem[];
}

/**
 * The active rows named `name` (case-insensitive) as one template: a variant per language; rows that cannot be
 * used are in `problems` and not in `variants`. A second row for the same language is a problem too.
 */
export function familyFromRows(
  rows: readonly TemplateRow[],
  name: string,
  known?: readonly string[],
): TemplateFamily | null {
  const wanted = name.trim().toLowerCase();
  const mine = rows.filter((r) => r.active && r.name.trim().toLowerCase() === wanted);
  if (mine.length === 0) return null;
  const variants: Record<string, EmailVariant> = {};
  const rowIds: Record<string, string> = {};
  const files: Record<string, readonly TemplateFile[]> = {};
  const problems: VariantProblem[] = [];
  for (const r of mine) {
    const language = normaliseLanguage(r.language);
    const problem = rowProblem(r, known);
    if (problem) {
      problems.push(problem);
      continue;
    }
    if (variants[language]) {
      problems.push({
        template: r.name,
        language,
        rowId: r.id,
        unknownTokens: [],
        message: `${variantWhere(r.name, language)}: a second row for this language (${r.id}); only ${rowIds[language]} is used.`,
      });
      continue;
    }
    variants[language] = variantOf(r);
    rowIds[language] = r.id;
    if (r.files && r.files.length > 0) files[language] = r.files;
  }
  return {
    name: mine[0]!.name.trim(),
    purpose: purposeOf(mine[0]!.purpose),
    variants,
    rowIds,
    files,
    problems,
  };
}

/** The distinct names of the active rows (a mailing picks its template among them). */
export function templateNames(rows: readonly TemplateRow[]): string[] {
  const seen: Record<string, boolean> = {};
  const out: string[] = [];
  for (const r of rows) {
    const n = r.name.trim();
    if (!r.active || n === '' || seen[n.toLowerCase()]) continue;
    seen[n.toLowerCase()] = true;
    out.push(n);
  }
  return out.sort();
}
