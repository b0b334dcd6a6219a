// A deliberately small formula evaluator: literals, same-sheet cell references, + - * / ^ &, comparisons.
// Anything else (functions, ranges, other sheets) evaluates to the error value '#NAME?', which is what
// getValue returns for an error cell in Sheets ("#NAME?", "#DIV/0!" are returned as strings).
// Source: https://developers.google.com/apps-script/reference/spreadsheet/range#getvalue
// Formulas keep being stored and returned by getFormula(s) exactly; only their computed value is limited.
import { columnNumber } from './a1';
import type { CellValue } from './valueConversion';

export type CellLookup = (row: number, col: number) => CellValue;

class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"]|"")*")|(\$?[A-Za-z]{1,3}\$?\d+)(?![A-Za-z0-9_(!:])|(TRUE|FALSE)(?![A-Za-z0-9_(])|(<>|<=|>=|[-+*/^&=<>()]))/iy;

type Token = { kind: 'num' | 'str' | 'ref' | 'bool' | 'op'; text: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new FormulaError('#NAME?');
    pos = TOKEN.lastIndex;
    if (m[1] !== undefined) out.push({ kind: 'num', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'str', text: m[2].slice(1, -1).replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ kind: 'ref', text: m[3].replace(/\$/g, '') });
    else if (m[4] !== undefined) out.push({ kind: 'bool', text: m[4].toUpperCase() });
    else out.push({ kind: 'op', text: m[5] });
  }
  return out;
}

/** Evaluates `=…`; returns the value or an error string such as '#NAME?'. */
export function evaluateFormula(formula: string, lookup: CellLookup, depth = 0): CellValue {
  if (depth > 50) return '#REF!';
  try {
    const tokens = tokenize(formula.replace(/^=/, ''));
    let i = 0;
    const peek = () => tokens[i];
    const next = () => tokens[i++];
    const num = (v: CellValue): number => {
      if (v === '') return 0;
      if (typeof v === 'number') return v;
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (v instanceof Date) return v.getTime();
      if (/^#/.test(v)) throw new FormulaError(v);
      const n = Number(v);
      if (v.trim() === '' || Number.isNaN(n)) throw new FormulaError('#VALUE!');
      return n;
    };
    const str = (v: CellValue): string => (typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));
    const primary = (): CellValue => {
      const t = next();
      if (!t) throw new FormulaError('#ERROR!');
      if (t.kind === 'num') return Number(t.text);
      if (t.kind === 'str') return t.text;
      if (t.kind === 'bool') return t.text === 'TRUE';
      if (t.kind === 'ref') {
        const m = /^([A-Za-z]+)(\d+)$/.exec(t.text)!;
        return lookup(Number(m[2]), columnNumber(m[1]));
      }
      if (t.text === '(') {
        const v = comparison();
        if (next()?.text !== ')') throw new FormulaError('#ERROR!');
        return v;
      }
      if (t.text === '-') return -num(primary());
      if (t.text === '+') return num(primary());
      throw new FormulaError('#ERROR!');
    };
    const power = (): CellValue => {
      let v = primary();
      while (peek()?.text === '^') {
        next();
        v = num(v) ** num(primary());
      }
      return v;
    };
    const term = (): CellValue => {
      let v = power();
      while (peek()?.text === '*' || peek()?.text === '/') {
        const op = next().text;
        const r = num(power());
        if (op === '/' && r === 0) throw new FormulaError('#DIV/0!');
        v = op === '*' ? num(v) * r : num(v) / r;
      }
      return v;
    };
    const sum = (): CellValue => {
      let v = term();
      while (peek()?.text === '+' || peek()?.text === '-') {
        const op = next().text;
        const r = num(term());
        v = op === '+' ? num(v) + r : num(v) - r;
      }
      return v;
    };
    const concat = (): CellValue => {
      let v = sum();
      while (peek()?.text === '&') {
        next();
        v = str(v) + str(sum());
      }
      return v;
    };
    const comparison = (): CellValue => {
      const v = concat();
      const op = peek()?.text;
      if (op && ['=', '<>', '<', '>', '<=', '>='].includes(op)) {
        next();
        const r = concat();
        const a = typeof v === 'string' ? v.toLowerCase() : num(v);
        const b = typeof r === 'string' ? r.toLowerCase() : num(r);
        switch (op) {
          case '=':
            return a === b;
          case '<>':
            return a !== b;
          case '<':
            return a < b;
          case '>':
            return a > b;
          case '<=':
            return a <= b;
          default:
            return a >= b;
        }
      }
      return v;
    };
    const result = comparison();
    if (i < tokens.length) throw new FormulaError('#ERROR!');
    return result;
  } catch (e) {
    if (e instanceof FormulaError) return e.code;
    throw e;
  }
}
