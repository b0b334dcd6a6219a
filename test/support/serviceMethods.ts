// Lists, by type, the Apps Script methods the shipped sources call, those the emulator implements and those fidelity tests exercise.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ServiceObject } from '../../src/emulator/runtime/serviceObject';

const ROOT = path.resolve(__dirname, '../..');
const GAS_TYPES_DIR = `${path.sep}node_modules${path.sep}@types${path.sep}google-apps-script${path.sep}`;

/**
 * Every `Type.method` the shipped sources call on an Apps Script object, with where each call is.
 *
 * The TypeScript checker resolves each `receiver.method(…)`'s receiver type over the code that
 * ships (tsconfig.gas.json: src/server, src/core, sheets-templates). A call counts when that type is
 * an interface of @types/google-apps-script (`GoogleAppsScript.Spreadsheet.Range` → `Range`, and the
 * globals such as `SpreadsheetApp` whose types live there too). A receiver typed as something else
 * (a `Pick<Range, …>`, an own interface) still counts when the method's declaration is in those types,
 * under the interface that declares it. Type names are the interface's own name: the emulator's `_type`.
 */
export function serviceCallsOfShippedSources(): Map<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.gas.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.gas.json could not be read');
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options: { ...config.options, noEmit: true },
  });
  const checker = program.getTypeChecker();
  const calls = new Map<string, string[]>();
  const record = (name: string, node: ts.Node) => {
    const sf = node.getSourceFile();
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const where = `${path.relative(ROOT, sf.fileName)}:${line}`;
    calls.set(name, [...(calls.get(name) ?? []), where]);
  };
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || !config.fileNames.includes(sf.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        const receiver = checker.getNonNullableType(checker.getTypeAtLocation(node.expression.expression));
        const types = (receiver.isUnion() ? receiver.types : [receiver])
          .map(appsScriptTypeName)
          .filter(isString);
        if (types.length === 0) {
          const declaring = declaringAppsScriptInterface(checker.getSymbolAtLocation(node.expression.name));
          if (declaring) types.push(declaring);
        }
        for (const t of types) record(`${t}.${method}`, node.expression.name);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return calls;

  /** `Range` for `GoogleAppsScript.Spreadsheet.Range`; undefined for any type not declared by @types/google-apps-script. */
  function appsScriptTypeName(type: ts.Type): string | undefined {
    const symbol = type.getSymbol();
    // Interfaces and classes only: `GoogleAppsScript.Integer` is an alias of number, whose methods are JavaScript's.
    if (!symbol || !(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class))) return undefined;
    if (!symbol.declarations?.some((d) => d.getSourceFile().fileName.includes(GAS_TYPES_DIR)))
      return undefined;
    const qualified = checker.getFullyQualifiedName(symbol);
    // Base.Date is how the types spell what scripts get as JavaScript's own Date (FormResponse.getTimestamp).
    if (!qualified.startsWith('GoogleAppsScript.') || qualified === 'GoogleAppsScript.Base.Date')
      return undefined;
    return qualified.split('.').pop();
  }

  function declaringAppsScriptInterface(method: ts.Symbol | undefined): string | undefined {
    const decl = method?.declarations?.[0];
    if (!decl || !decl.getSourceFile().fileName.includes(GAS_TYPES_DIR)) return undefined;
    const owner = decl.parent;
    if (!ts.isInterfaceDeclaration(owner) && !ts.isClassDeclaration(owner)) return undefined;
    return appsScriptTypeName(checker.getTypeAtLocation(owner));
  }
}

function isString(x: string | undefined): x is string {
  return x !== undefined;
}

function walk(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, ext) : e.name.endsWith(ext) ? [p] : [];
  });
}

/**
 * The script-callable methods of each emulated Apps Script type, keyed by `_type`. A type that several
 * classes emulate (the spreadsheet's and the session's `User`) keeps only the methods all of them have,
 * since a script may be handed either.
 */
export function methodsImplementedByEmulator(): Map<string, Set<string>> {
  const typeOfClass = new Map<string, string>();
  const files = walk(path.join(ROOT, 'src/emulator/services'), '.ts');
  for (const file of files) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const st of sf.statements) {
      if (!ts.isClassDeclaration(st) || !st.name) continue;
      for (const m of st.members) {
        if (ts.isPropertyDeclaration(m) && m.name.getText(sf) === '_type' && m.initializer) {
          if (!ts.isStringLiteral(m.initializer))
            throw new Error(`${file}: ${st.name.text}._type is not a literal`);
          const known = typeOfClass.get(st.name.text);
          if (known && known !== m.initializer.text) throw new Error(`two classes named ${st.name.text}`);
          typeOfClass.set(st.name.text, m.initializer.text);
        }
      }
    }
  }
  const byType = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const file of files) {
    const mod = require(file) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (typeof value !== 'function' || !(value.prototype instanceof ServiceObject)) continue;
      const type = emulatedTypeOf(value.prototype);
      if (type === undefined) continue;
      seen.add(value.name);
      const methods = new Set<string>();
      for (let p = value.prototype; p && p !== ServiceObject.prototype; p = Object.getPrototypeOf(p)) {
        for (const n of Object.getOwnPropertyNames(p)) {
          const d = Object.getOwnPropertyDescriptor(p, n);
          if (n !== 'constructor' && !n.startsWith('_') && typeof d?.value === 'function') methods.add(n);
        }
      }
      const known = byType.get(type);
      byType.set(type, known ? new Set([...known].filter((n) => methods.has(n))) : methods);
    }
  }
  const unexported = [...typeOfClass.keys()].filter((c) => !seen.has(c));
  if (unexported.length > 0)
    throw new Error(`emulator classes with a _type that are not exported: ${unexported}`);
  return byType;

  function emulatedTypeOf(proto: object): string | undefined {
    for (let p = proto; p && p !== ServiceObject.prototype; p = Object.getPrototypeOf(p)) {
      const type = typeOfClass.get(p.constructor.name);
      if (type !== undefined) return type;
    }
    return undefined;
  }
}

/** One `it(…)`/`test(…)` of a fidelity test file: its title, its describe titles, and the code it runs. */
export interface FidelityTest {
  file: string;
  titles: string[];
  /** The test's own text plus the script functions it runs by name (`emu.call('setAndRead')`), transitively. */
  code: string;
}

export function fidelityTests(): FidelityTest[] {
  const tests: FidelityTest[] = [];
  for (const file of walk(path.join(ROOT, 'test/emulator'), '.test.ts')) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const scripts = scriptFunctionsOf(sf);
    const visit = (node: ts.Node, titles: string[]): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const fn = node.expression.text;
        const title = node.arguments[0];
        const titleText = title && ts.isStringLiteralLike(title) ? title.text : (title?.getText(sf) ?? '');
        if (fn === 'it' || fn === 'test') {
          tests.push({
            file: path.relative(ROOT, file),
            titles: [...titles, titleText],
            code: codeRunBy(node),
          });
          return;
        }
        if (fn === 'describe') titles = [...titles, titleText];
      }
      ts.forEachChild(node, (child) => visit(child, titles));
    };
    visit(sf, []);

    /** The test's text and, for each string in it naming a script function of this file, that function's text. */
    function codeRunBy(test: ts.Node): string {
      const parts = [test.getText(sf)];
      const named = new Set<string>();
      const collect = (n: ts.Node): void => {
        if (ts.isStringLiteralLike(n) && scripts.has(n.text)) named.add(n.text);
        ts.forEachChild(n, collect);
      };
      collect(test);
      // A script function's own calls of other script functions run too.
      for (const name of named) {
        const body = scripts.get(name) ?? '';
        parts.push(body);
        for (const other of scripts.keys()) if (body.includes(`${other}(`)) named.add(other);
      }
      return parts.join('\n');
    }
  }
  return tests;
}

/** Top-level function declarations of the Apps Script sources written as string or template literals in a test file. */
function scriptFunctionsOf(sf: ts.SourceFile): Map<string, string> {
  const functions = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    let text: string | undefined;
    if (ts.isStringLiteralLike(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) {
      text = node.head.text + node.templateSpans.map((s) => `0${s.literal.text}`).join('');
    }
    if (text?.includes('function ')) {
      const script = ts.createSourceFile('script.js', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
      for (const st of script.statements) {
        if (ts.isFunctionDeclaration(st) && st.name) functions.set(st.name.text, st.getText(script));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return functions;
}

/**
 * For each Apps Script type, the methods of other Apps Script types that return it (or an array of it):
 * `DataValidationBuilder` ← `newDataValidation`, `ClockTriggerBuilder` ← `timeBased`. Read from the
 * declarations in @types/google-apps-script, so a test that builds one need not spell its type name.
 */
export function producersOfAppsScriptTypes(): Map<string, Set<string>> {
  const dir = path.join(ROOT, 'node_modules/@types/google-apps-script');
  const producers = new Map<string, Set<string>>();
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => n.startsWith('google-apps-script.') && n.endsWith('.d.ts'))) {
    const sf = ts.createSourceFile(
      f,
      fs.readFileSync(path.join(dir, f), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node): void => {
      if (ts.isInterfaceDeclaration(node)) {
        for (const m of node.members) {
          if (!ts.isMethodSignature(m) || !m.type || !ts.isIdentifier(m.name)) continue;
          const returned = typeNameOf(m.type);
          if (returned === undefined || returned === node.name.text) continue;
          producers.set(returned, new Set([...(producers.get(returned) ?? []), m.name.text]));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return producers;

  function typeNameOf(t: ts.TypeNode): string | undefined {
    if (ts.isArrayTypeNode(t)) return typeNameOf(t.elementType);
    if (!ts.isTypeReferenceNode(t)) return undefined;
    return ts.isIdentifier(t.typeName) ? t.typeName.text : t.typeName.right.text;
  }
}

/**
 * Whether a fidelity test exercises `Type.method`: the code the test runs (see FidelityTest.code) calls
 * `.method(`, and the test is about that type — its code or titles name the type, case-sensitively
 * (`getRange(…)`, `SpreadsheetApp.`, `getUi()`, `addTextItem()` all name theirs), or its code calls a
 * method that returns that type (`.newDataValidation(` gives a DataValidationBuilder).
 * The rule is textual (the scripts are strings no checker types): it does not prove that the receiver of
 * that `.method(` call has that type, only that the test calls the method and handles the type.
 */
export function exercises(
  test: FidelityTest,
  typeMethod: string,
  producers: Map<string, Set<string>>,
): boolean {
  const [type, method] = typeMethod.split('.');
  if (!test.code.includes(`.${method}(`)) return false;
  if (test.code.includes(type) || test.titles.some((t) => t.includes(type))) return true;
  return [...(producers.get(type) ?? [])].some((p) => test.code.includes(`.${p}(`));
}
