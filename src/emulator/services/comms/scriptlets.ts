// Compiles an HtmlService template (<? ?>, <?= ?>, <?!= ?>) into JavaScript, and the contextual escaping it prints with.
//
// https://developers.google.com/apps-script/guides/html/templates: standard scriptlets run code,
// printing scriptlets "output the results of their code into the page using contextual escaping" —
// "Apps Script keeps track of the output's context on the page — inside an HTML attribute, inside a
// client-side script tag, or anywhere else — and automatically adds escape characters to protect
// against cross-site scripting (XSS) attacks" — and force-printing scriptlets output "without contextual escaping".

export type OutputContext = 'text' | 'attribute' | 'script';

/** HTML-escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Inside <script>: the value as a JavaScript literal that cannot close the script element. */
function escapeForScript(value: unknown): string {
  const json = value === undefined ? 'undefined' : JSON.stringify(value);
  return (json ?? 'undefined')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Printing-scriptlet output: called from the compiled template with the context found at compile time. */
export function printValue(value: unknown, context: OutputContext): string {
  if (context === 'script') return escapeForScript(value);
  return escapeHtml(value === undefined || value === null ? '' : String(value));
}

/** Force-printing output: the value as is. */
export function rawValue(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** Tracks, across the literal HTML between scriptlets, whether output lands in text, a tag's attribute, or a script. */
class ContextTracker {
  private inScript = false;
  private inTag = false;
  private quote: '"' | "'" | null = null;

  feed(html: string): void {
    let i = 0;
    while (i < html.length) {
      const ch = html[i];
      if (this.inTag) {
        if (this.quote) {
          if (ch === this.quote) this.quote = null;
        } else if (ch === '"' || ch === "'") {
          this.quote = ch;
        } else if (ch === '>') {
          this.inTag = false;
        }
        i++;
        continue;
      }
      if (this.inScript) {
        const close = html.slice(i).search(/<\/script/i);
        if (close < 0) return;
        this.inScript = false;
        i += close;
        continue;
      }
      if (ch === '<' && /^<\/?[a-zA-Z]/.test(html.slice(i, i + 3))) {
        this.inTag = true;
        if (/^<script\b/i.test(html.slice(i, i + 8))) {
          // The element's content starts after this tag closes.
          const end = html.indexOf('>', i);
          if (end >= 0) {
            this.inTag = false;
            this.inScript = true;
            i = end + 1;
            continue;
          }
        }
      }
      i++;
    }
  }

  get context(): OutputContext {
    if (this.inTag) return 'attribute';
    if (this.inScript) return 'script';
    return 'text';
  }
}

/**
 * Splits a printing scriptlet's code at its first top-level `;`: the guide says "printing scriptlets only output
 * the value of their first statement; any remaining statements behave as if they were contained in a standard
 * scriptlet", so `<?= 'Hello, world!'; 'abc' ?>` prints only "Hello, world!"
 * (https://developers.google.com/apps-script/guides/html/templates). Semicolons inside strings, template
 * literals, comments and brackets do not count.
 */
export function splitFirstStatement(code: string): { first: string; rest: string } {
  let depth = 0;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      for (i++; i < code.length && code[i] !== ch; i++) if (code[i] === '\\') i++;
    } else if (ch === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (ch === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end < 0 ? code.length : end + 1;
    } else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === ';' && depth === 0) return { first: code.slice(0, i), rest: code.slice(i + 1) };
  }
  return { first: code, rest: '' };
}

/**
 * The JavaScript source of a function `(__vars, __print, __raw) => string` that renders the template.
 * Template properties are visible as variables through `with (__vars)`, so the function must be
 * evaluated in sloppy mode; anything else (the script's globals) resolves in the realm it runs in.
 */
export function compileTemplate(source: string): string {
  const parts: string[] = [];
  const tracker = new ContextTracker();
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const literal = source.slice(last, m.index);
    if (literal) parts.push(`__out.push(${JSON.stringify(literal)});`);
    tracker.feed(literal);
    if (m[1]) {
      const { first, rest } = splitFirstStatement(m[2]);
      const code = first.trim();
      if (m[1] === '=') parts.push(`__out.push(__print((${code}), ${JSON.stringify(tracker.context)}));`);
      else parts.push(`__out.push(__raw((${code})));`);
      if (rest.trim()) parts.push(rest);
    } else parts.push(m[2]);
    last = m.index + m[0].length;
  }
  const tail = source.slice(last);
  if (tail) parts.push(`__out.push(${JSON.stringify(tail)});`);
  return [
    '(function (__vars, __print, __raw) {',
    'var __out = [];',
    'with (__vars) {',
    ...parts,
    '}',
    "return __out.join('');",
    '})',
  ].join('\n');
}
