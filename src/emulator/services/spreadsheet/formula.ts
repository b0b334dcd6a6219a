// The formula evaluator: literals, references (A1, ranges, open-ended A2:A and B:B, other tabs 'Tab'!A2:A),
// operators and functions, as Sheets computes what getValue returns for a formula cell.
// Parsing: @borgar/fx (MIT), a tokenizer and parser for spreadsheet formulas. Functions: formulaFunctions.ts.
// An error cell's value is its error text ("#NAME?", "#DIV/0!"), which is what getValue returns for it in Sheets.
// Source: https://developers.google.com/apps-script/reference/spreadsheet/range#getvalue
// Formulas keep being stored and returned by getFormula(s) exactly; only their computed value is computed here.
import { parse, parseA1Ref, tokenize } from '@borgar/fx';
import { dateOfSerial, serialOf } from '../shared/zonedTime';
import { callFunction, DATE_FUNCTIONS, ERROR_CODES, FormulaError, type Scalar } from './formulaFunctions';
import type { CellValue } from './valueConversion';

/** What a formula can see: cells of its own tab (sheet null) or of another, the used size of a tab, and the clock. */
export interface FormulaContext {
  /** A cell's value (1-based), or undefined when no tab has that name. */
  cell(sheet: string | null, row: number, col: number): CellValue | undefined;
  /** The last row and column with content of a tab (for A2:A and B:B), or undefined when there is no such tab. */
  used(sheet: string | null): { rows: number; cols: number } | undefined;
  now(): Date;
  timeZone: string;
}

/** A parsed A1 reference: the tab it names (if any) and its 0-based bounds, null where the range is open. */
interface A1Ref {
  context?: string[];
  range: { top: number | null; left: number | null; bottom: number | null; right: number | null };
}

function a1Ref(text: string): A1Ref | null {
  const ref = parseA1Ref(text, { allowTernary: true }) as unknown as Partial<A1Ref> | null;
  return ref && ref.range ? (ref as A1Ref) : null;
}

/** A value during evaluation: a scalar, or the cells of a range (rows of columns). */
type Value = Scalar | { range: Scalar[][] };

// The node shapes the parser emits (docs/AST_format.md of @borgar/fx).
type Node =
  | { type: 'Literal'; value: string | number | boolean }
  | { type: 'ErrorLiteral'; value: string }
  | { type: 'ReferenceIdentifier'; value: string; kind: string }
  | { type: 'UnaryExpression'; operator: string; arguments: Node[] }
  | { type: 'BinaryExpression'; operator: string; arguments: Node[] }
  | { type: 'CallExpression'; callee: { name: string }; arguments: Node[] }
  | { type: string; arguments?: Node[] };

const isError = (v: unknown): boolean => typeof v === 'string' && ERROR_CODES.has(v);

function scalarOf(v: Value): Scalar {
  if (typeof v === 'object' && v !== null && 'range' in v) {
    // A range used as one value: its top-left cell (Sheets' implicit intersection differs; rare in tabs' formulas).
    return v.range[0]?.[0] ?? '';
  }
  return v;
}

function num(v: Scalar): number {
  if (isError(v)) throw new FormulaError(String(v));
  if (v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v);
  if (v.trim() === '' || Number.isNaN(n)) throw new FormulaError('#VALUE!');
  return n;
}

function text(v: Scalar): string {
  if (isError(v)) throw new FormulaError(String(v));
  return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
}

function compare(op: string, l: Scalar, r: Scalar): boolean {
  if (isError(l)) throw new FormulaError(String(l));
  if (isError(r)) throw new FormulaError(String(r));
  // Numbers sort before text, text before booleans; text compares without case (as in Sheets).
  const rank = (v: Scalar) => (typeof v === 'boolean' ? 2 : typeof v === 'string' && v !== '' ? 1 : 0);
  const key = (v: Scalar) => (v === '' ? 0 : typeof v === 'string' ? v.toLowerCase() : Number(v));
  const [a, b] = rank(l) === rank(r) ? [key(l), key(r)] : [rank(l), rank(r)];
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

/** Whether an expression gives a date (its number is then a date serial): TODAY(), a date ± days. */
function givesDate(n: Node, ctx: Evaluator): boolean {
  if (n.type === 'CallExpression')
    return DATE_FUNCTIONS.has((n as { callee: { name: string } }).callee.name.toUpperCase());
  if (n.type === 'ReferenceIdentifier') return ctx.refIsDate(n as { value: string });
  if (n.type === 'BinaryExpression' && n.arguments) {
    const op = (n as { operator: string }).operator;
    const [a, b] = n.arguments.map((x) => givesDate(x, ctx));
    if (op === '+') return a !== b;
    if (op === '-') return !!a && !b;
  }
  return false;
}

class Evaluator {
  constructor(
    private readonly ctx: FormulaContext,
    private readonly depth: number,
  ) {}

  private cellValue(sheet: string | null, row: number, col: number): Scalar {
    const v = this.ctx.cell(sheet, row, col);
    if (v === undefined) throw new FormulaError('#REF!');
    return v instanceof Date ? serialOf(v, this.ctx.timeZone) : v;
  }

  refIsDate(n: { value: string }): boolean {
    const ref = a1Ref(n.value);
    const r = ref?.range;
    if (!ref || !r || r.top === null || r.left === null || r.top !== r.bottom || r.left !== r.right)
      return false;
    return this.ctx.cell(ref.context?.[0] ?? null, r.top + 1, r.left + 1) instanceof Date;
  }

  reference(value: string): Value {
    const ref = a1Ref(value);
    if (!ref) throw new FormulaError('#NAME?');
    const sheet = ref.context?.[0] ?? null;
    const used = this.ctx.used(sheet);
    if (!used) throw new FormulaError('#REF!');
    const r = ref.range;
    const top = (r.top ?? 0) + 1;
    const left = (r.left ?? 0) + 1;
    const bottom = r.bottom === null ? Math.max(used.rows, top) : r.bottom + 1;
    const right = r.right === null ? Math.max(used.cols, left) : r.right + 1;
    if (top === bottom && left === right && r.top !== null && r.left !== null)
      return this.cellValue(sheet, top, left);
    const rows: Scalar[][] = [];
    for (let i = top; i <= bottom; i++) {
      const line: Scalar[] = [];
      for (let j = left; j <= right; j++) line.push(this.cellValue(sheet, i, j));
      rows.push(line);
    }
    return { range: rows };
  }

  eval(n: Node): Value {
    switch (n.type) {
      case 'Literal':
        return (n as { value: Scalar }).value;
      case 'ErrorLiteral':
        return String((n as { value: string }).value).toUpperCase();
      case 'ReferenceIdentifier':
        return this.reference((n as { value: string }).value);
      case 'UnaryExpression': {
        const v = num(scalarOf(this.eval(n.arguments![0]!)));
        const op = (n as { operator: string }).operator;
        return op === '-' ? -v : op === '%' ? v / 100 : v;
      }
      case 'BinaryExpression':
        return this.binary((n as { operator: string }).operator, n.arguments![0]!, n.arguments![1]!);
      case 'CallExpression': {
        const name = (n as { callee: { name: string } }).callee.name.toUpperCase();
        return callFunction(name, n.arguments ?? [], {
          arg: (a) => this.eval(a as Node),
          scalar: (a) => scalarOf(this.eval(a as Node)),
          now: () => serialOf(this.ctx.now(), this.ctx.timeZone),
        });
      }
      default:
        // Arrays, LAMBDA, LET, unions and range operators between expressions: not modelled.
        throw new FormulaError('#N/A');
    }
  }

  private binary(op: string, l: Node, r: Node): Value {
    const a = scalarOf(this.eval(l));
    const b = scalarOf(this.eval(r));
    switch (op) {
      case '+':
        return num(a) + num(b);
      case '-':
        return num(a) - num(b);
      case '*':
        return num(a) * num(b);
      case '/': {
        const d = num(b);
        const x = num(a);
        if (d === 0) throw new FormulaError('#DIV/0!');
        return x / d;
      }
      case '^':
        return num(a) ** num(b);
      case '&':
        return text(a) + text(b);
      case '=':
      case '<>':
      case '<':
      case '>':
      case '<=':
      case '>=':
        return compare(op, a, b);
      default:
        throw new FormulaError('#N/A');
    }
  }

  run(formula: string): CellValue {
    if (this.depth > 50) return '#REF!';
    let ast: Node;
    try {
      ast = parse(tokenize(formula, { mergeRefs: true, negativeNumbers: true, allowTernary: true })) as Node;
    } catch {
      // What Sheets shows for a formula it cannot parse.
      return '#ERROR!';
    }
    try {
      const v = scalarOf(this.eval(ast));
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) return '#NUM!';
        if (givesDate(ast, this)) return dateOfSerial(v, this.ctx.timeZone);
      }
      return v;
    } catch (e) {
      if (e instanceof FormulaError) return e.code;
      throw e;
    }
  }
}

/** Evaluates `=…`; returns the value or an error string such as '#NAME?'. */
export function evaluateFormula(formula: string, ctx: FormulaContext, depth = 0): CellValue {
  return new Evaluator(ctx, depth).run(formula);
}
