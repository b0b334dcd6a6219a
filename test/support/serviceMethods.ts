// Lists, by type, the Apps Script methods the shipped sources call and those the emulator implements (which fidelity
// tests call them: serviceCalls/record.ts).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {
  appsScriptTypesOf,
  declaringAppsScriptInterface,
  shippedProgram,
} from '../../scripts/appsScriptTypes';
import { ServiceObject } from '../../src/emulator/runtime/serviceObject';

const ROOT = path.resolve(__dirname, '../..');

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
  const { program, files } = shippedProgram();
  const checker = program.getTypeChecker();
  const calls = new Map<string, string[]>();
  const record = (name: string, node: ts.Node) => {
    const sf = node.getSourceFile();
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const where = `${path.relative(ROOT, sf.fileName)}:${line}`;
    calls.set(name, [...(calls.get(name) ?? []), where]);
  };
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || !files.includes(sf.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        const types = appsScriptTypesOf(checker, checker.getTypeAtLocation(node.expression.expression));
        if (types.length === 0) {
          const declaring = declaringAppsScriptInterface(
            checker,
            checker.getSymbolAtLocation(node.expression.name),
          );
          if (declaring) types.push(declaring);
        }
        for (const t of types) record(`${t}.${method}`, node.expression.name);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return calls;
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
