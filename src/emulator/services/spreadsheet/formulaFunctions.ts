// The functions formulas call: @formulajs/formulajs (MIT) for the arithmetic and logic ones, with the few whose
// Sheets behaviour it does not match written here: IF, IFERROR and IFNA evaluate only the branch they need,
// TODAY and NOW read the emulator's virtual clock, and the *IF(S) family matches text without case, as Sheets does.
// Function reference: https://support.google.com/docs/table/25273 (Google Sheets function list).
import * as formulajs from '@formulajs/formulajs';

/** A value inside a formula: dates are serial numbers here (formula.ts converts at the edges). */
export type Scalar = string | number | boolean;
type Value = Scalar | { range: Scalar[][] };

export class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export const ERROR_CODES: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#ERROR!',
]);

/** Functions whose number is a date serial (formula.ts returns a Date for them, as getValue does). */
export const DATE_FUNCTIONS: ReadonlySet<string> = new Set([
  'TODAY',
  'NOW',
  'DATE',
  'EDATE',
  'EOMONTH',
  'WORKDAY',
]);

/** What a function needs from the evaluator: its arguments evaluated on demand, and the clock. */
export interface CallHelpers {
  arg(node: unknown): Value;
  scalar(node: unknown): Scalar;
  /** The current time as a date serial in the workbook's time zone. */
  now(): number;
}

const isError = (v: unknown): boolean => typeof v === 'string' && ERROR_CODES.has(v);
const cellsOf = (v: Value): Scalar[] => (typeof v === 'object' && 'range' in v ? v.range.flat() : [v]);

/** A criterion's text as a regular expression: * any run, ? one character, ~* and ~? the characters themselves. */
function wildcardSource(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '~' && (text[i + 1] === '*' || text[i + 1] === '?')) out += `\\${text[++i]}`;
    else if (ch === '*') out += '[\\s\\S]*';
    else if (ch === '?') out += '[\\s\\S]';
    else out += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

/** A COUNTIF criterion ("member", ">3", "<>", "=x", "a*") as a test of one cell, without case for text. */
function criterion(c: Scalar): (v: Scalar) => boolean {
  if (typeof c !== 'string') return (v) => v === c || (typeof v === 'string' && v !== '' && Number(v) === c);
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(c)!;
  const op = m[1] ?? '=';
  const operand = m[2]!;
  const n = operand.trim() !== '' && !Number.isNaN(Number(operand)) ? Number(operand) : null;
  if (n !== null && op !== '=' && op !== '<>') {
    return (v) => {
      if (typeof v !== 'number') return false;
      return op === '<' ? v < n : op === '>' ? v > n : op === '<=' ? v <= n : v >= n;
    };
  }
  const pattern = new RegExp(`^${wildcardSource(operand)}$`, 'i');
  const equal = (v: Scalar) => {
    if (n !== null && typeof v === 'number') return v === n;
    if (operand === '') return v === '';
    return typeof v === 'string'
      ? pattern.test(v)
      : typeof v === 'boolean' && operand.toUpperCase() === String(v).toUpperCase();
  };
  return op === '<>' ? (v) => !equal(v) : equal;
}

/** COUNTIFS / SUMIFS / AVERAGEIFS: the positions of cells meeting every (range, criterion) pair. */
function matching(pairs: [Scalar[], Scalar][]): number[] {
  const size = pairs[0]?.[0].length ?? 0;
  if (pairs.some(([r]) => r.length !== size)) throw new FormulaError('#VALUE!');
  const tests = pairs.map(([r, c]) => [r, criterion(c)] as const);
  const out: number[] = [];
  for (let i = 0; i < size; i++) if (tests.every(([r, t]) => t(r[i]!))) out.push(i);
  return out;
}

const numbers = (cells: Scalar[]) => cells.filter((v): v is number => typeof v === 'number');

/** Functions with Sheets behaviour formulajs does not give (lazy branches, clock, criteria without case). */
const OWN: Record<string, (args: unknown[], h: CallHelpers) => Value> = {
  IF: (args, h) => {
    const test = h.scalar(args[0]);
    if (isError(test)) throw new FormulaError(String(test));
    const yes = typeof test === 'string' ? test !== '' && test.toUpperCase() !== 'FALSE' : !!test;
    if (yes) return args.length > 1 ? h.arg(args[1]) : true;
    return args.length > 2 ? h.arg(args[2]) : false;
  },
  IFERROR: (args, h) => {
    try {
      const v = h.scalar(args[0]);
      if (!isError(v)) return v;
    } catch (e) {
      if (!(e instanceof FormulaError)) throw e;
    }
    return args.length > 1 ? h.arg(args[1]) : '';
  },
  IFNA: (args, h) => {
    try {
      const v = h.scalar(args[0]);
      if (v !== '#N/A') return v;
    } catch (e) {
      if (!(e instanceof FormulaError) || e.code !== '#N/A') throw e;
    }
    return h.arg(args[1]);
  },
  ISERROR: (args, h) => {
    try {
      return isError(h.scalar(args[0]));
    } catch (e) {
      if (e instanceof FormulaError) return true;
      throw e;
    }
  },
  TODAY: (_args, h) => Math.floor(h.now()),
  NOW: (_args, h) => h.now(),
  COUNTIF: (args, h) => matching([[cellsOf(h.arg(args[0])), h.scalar(args[1])]]).length,
  COUNTIFS: (args, h) => matching(pairsOf(args, h, 0)).length,
  SUMIF: (args, h) => {
    const range = cellsOf(h.arg(args[0]));
    const sum = args.length > 2 ? cellsOf(h.arg(args[2])) : range;
    return matching([[range, h.scalar(args[1])]]).reduce(
      (t, i) => t + (typeof sum[i] === 'number' ? sum[i] : 0),
      0,
    );
  },
  SUMIFS: (args, h) => {
    const sum = cellsOf(h.arg(args[0]));
    return matching(pairsOf(args, h, 1)).reduce((t, i) => t + (typeof sum[i] === 'number' ? sum[i] : 0), 0);
  },
  AVERAGE: (args, h) => {
    const all = numbers(args.flatMap((a) => cellsOf(h.arg(a))));
    if (all.length === 0) throw new FormulaError('#DIV/0!');
    return all.reduce((t, v) => t + v, 0) / all.length;
  },
};

function pairsOf(args: unknown[], h: CallHelpers, from: number): [Scalar[], Scalar][] {
  const pairs: [Scalar[], Scalar][] = [];
  for (let i = from; i + 1 < args.length; i += 2)
    pairs.push([cellsOf(h.arg(args[i])), h.scalar(args[i + 1])]);
  if (pairs.length === 0) throw new FormulaError('#N/A');
  return pairs;
}

/** Functions that take errors as data rather than passing them on. */
const ERROR_TOLERANT = new Set([
  'COUNT',
  'COUNTA',
  'COUNTBLANK',
  'ISERR',
  'ISNA',
  'ISTEXT',
  'ISNUMBER',
  'ISBLANK',
]);

const LIBRARY = formulajs as unknown as Record<string, unknown>;

/** Calls a function by its (upper-case) name; an unknown name is '#NAME?', as in Sheets. */
export function callFunction(name: string, args: unknown[], h: CallHelpers): Value {
  const own = OWN[name];
  if (own) return own(args, h);
  const fn = LIBRARY[name];
  if (typeof fn !== 'function') throw new FormulaError('#NAME?');
  const values = args.map((a) => h.arg(a));
  if (!ERROR_TOLERANT.has(name)) {
    for (const v of values) for (const c of cellsOf(v)) if (isError(c)) throw new FormulaError(String(c));
  }
  const plain = values.map((v) => (typeof v === 'object' && 'range' in v ? v.range : v));
  const result: unknown = (fn as (...a: unknown[]) => unknown)(...plain);
  if (result instanceof Error)
    throw new FormulaError(ERROR_CODES.has(result.message) ? result.message : '#VALUE!');
  if (Array.isArray(result)) return (result.flat(Infinity)[0] as Scalar | undefined) ?? '';
  if (result instanceof Date) return (result.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return result;
  return '';
}
