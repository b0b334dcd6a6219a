// Which TypeScript types are Apps Script service types (declared by @types/google-apps-script): shared by the lint
// that keeps shipped code from hiding a service call and the service-method coverage check.

import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '..');
const GAS_TYPES_DIR = `${path.sep}node_modules${path.sep}@types${path.sep}google-apps-script${path.sep}`;

/** The program of the code that ships (tsconfig.gas.json: src/core, src/server, sheets-templates). */
export function shippedProgram(extraFiles: readonly string[] = []): { program: ts.Program; files: string[] } {
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
  const files = [...config.fileNames, ...extraFiles];
  const program = ts.createProgram({ rootNames: files, options: { ...config.options, noEmit: true } });
  return { program, files };
}

/** `Range` for `GoogleAppsScript.Spreadsheet.Range`; undefined for any type not declared by @types/google-apps-script. */
export function appsScriptTypeName(checker: ts.TypeChecker, type: ts.Type): string | undefined {
  const symbol = type.getSymbol();
  // Interfaces and classes only: `GoogleAppsScript.Integer` is an alias of number, whose methods are JavaScript's.
  if (!symbol || !(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class))) return undefined;
  if (!symbol.declarations?.some((d) => d.getSourceFile().fileName.includes(GAS_TYPES_DIR))) return undefined;
  const qualified = checker.getFullyQualifiedName(symbol);
  // Base.Date is how the types spell what scripts get as JavaScript's own Date (FormResponse.getTimestamp).
  if (!qualified.startsWith('GoogleAppsScript.') || qualified === 'GoogleAppsScript.Base.Date')
    return undefined;
  return qualified.split('.').pop();
}

/** The Apps Script type names a (possibly union, nullable) type is made of. */
export function appsScriptTypesOf(checker: ts.TypeChecker, type: ts.Type): string[] {
  const t = checker.getNonNullableType(type);
  return (t.isUnion() ? t.types : [t])
    .map((x) => appsScriptTypeName(checker, x))
    .filter((x): x is string => x !== undefined);
}

/** Whether the method's declaration is a member of an Apps Script interface, and which. */
export function declaringAppsScriptInterface(
  checker: ts.TypeChecker,
  method: ts.Symbol | undefined,
): string | undefined {
  const decl = method?.declarations?.[0];
  if (!decl || !decl.getSourceFile().fileName.includes(GAS_TYPES_DIR)) return undefined;
  const owner = decl.parent;
  if (!ts.isInterfaceDeclaration(owner) && !ts.isClassDeclaration(owner)) return undefined;
  return appsScriptTypeName(checker, checker.getTypeAtLocation(owner));
}
