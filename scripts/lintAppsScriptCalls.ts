// `npm run lint`: shipped code may not hide an Apps Script call from the service-method coverage check
// (test/support/serviceMethods.ts), which finds calls by the receiver's type. Refused on Apps Script values:
// a cast to another type (`as any`, `as unknown as X`, a local interface), a member read by index (`range['setValues']`),
// destructuring (`const { getRange } = sheet`), and handing the value to a variable, parameter, property or return
// typed as something else (a local interface or `any`), whose calls the checker no longer sees as Apps Script calls.

import path from 'node:path';
import ts from 'typescript';
import { appsScriptTypesOf, ROOT, shippedProgram } from './appsScriptTypes';

export interface HiddenCall {
  where: string;
  what: string;
}

/** The hidden calls in the shipped sources (plus `extraFiles`, which the lint's own test uses). */
export function hiddenAppsScriptCalls(extraFiles: readonly string[] = []): HiddenCall[] {
  const { program, files } = shippedProgram(extraFiles);
  const checker = program.getTypeChecker();
  const out: HiddenCall[] = [];
  // Service objects only: event objects (Events.TimeDriven…) are plain data with no method to hide.
  const hasMethods = (node: ts.Node) =>
    checker
      .getNonNullableType(checker.getTypeAtLocation(node))
      .getProperties()
      .some((p) => p.declarations?.some((d) => ts.isMethodSignature(d) || ts.isMethodDeclaration(d)));
  const gas = (node: ts.Node) =>
    hasMethods(node) ? appsScriptTypesOf(checker, checker.getTypeAtLocation(node)) : [];
  /** A target type that still lets the checker see Apps Script calls: Apps Script types, or a type parameter. */
  const keepsType = (t: ts.Type): boolean => {
    const n = checker.getNonNullableType(t);
    if (n.flags & ts.TypeFlags.TypeParameter) return true;
    if (n.isUnion()) return n.types.every(keepsType);
    if (n.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
    if (appsScriptTypesOf(checker, n).length > 0) return true;
    // Arrays and tuples of Apps Script values, Pick<Range, …> (its members keep their declarations).
    if (checker.isArrayType(n) || checker.isTupleType(n))
      return checker.getTypeArguments(n as ts.TypeReference).every(keepsType);
    const props = n.getProperties();
    return (
      props.length > 0 &&
      props.every((p) => p.declarations?.every((d) => /google-apps-script/.test(d.getSourceFile().fileName)))
    );
  };
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || !files.includes(sf.fileName)) continue;
    const report = (node: ts.Node, what: string) => {
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      out.push({
        where: `${path.relative(ROOT, sf.fileName)}:${line}`,
        what: `${what}: ${node.getText(sf).slice(0, 80)}`,
      });
    };
    const visit = (node: ts.Node): void => {
      if (
        (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) &&
        gas(node.expression).length > 0
      ) {
        if (!keepsType(checker.getTypeFromTypeNode(node.type)))
          report(node, `${gas(node.expression).join('|')} cast to another type`);
      } else if (ts.isElementAccessExpression(node) && gas(node.expression).length > 0) {
        report(node, `${gas(node.expression).join('|')} member read by index`);
      } else if (ts.isObjectBindingPattern(node)) {
        const parent = node.parent;
        const source = ts.isVariableDeclaration(parent) ? parent.initializer : undefined;
        const typed = source ? gas(source) : gas(node);
        if (typed.length > 0) report(node, `${typed.join('|')} destructured`);
      } else if (ts.isExpression(node) && !ts.isPartOfTypeNode(node) && isHandedOn(node)) {
        const types = gas(node);
        const target = checker.getContextualType(node);
        if (types.length > 0 && target && !keepsType(target))
          report(node, `${types.join('|')} handed on as ${checker.typeToString(target).slice(0, 60)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** An expression whose value goes somewhere typed: an argument, an initializer, a return, a property value. */
function isHandedOn(node: ts.Expression): boolean {
  const p = node.parent;
  if (!p) return false;
  if (ts.isCallExpression(p) || ts.isNewExpression(p))
    return (p.arguments ?? ([] as readonly ts.Expression[])).includes(node);
  if (ts.isVariableDeclaration(p)) return p.initializer === node && p.type !== undefined;
  if (ts.isReturnStatement(p)) return true;
  if (ts.isPropertyAssignment(p)) return p.initializer === node;
  if (ts.isShorthandPropertyAssignment(p)) return true;
  if (ts.isBinaryExpression(p)) return p.right === node && p.operatorToken.kind === ts.SyntaxKind.EqualsToken;
  return false;
}

if (require.main === module) {
  const found = hiddenAppsScriptCalls();
  for (const f of found) console.error(`${f.where}: ${f.what}`);
  if (found.length > 0) {
    console.error(
      `\n${found.length} place(s) hide an Apps Script value from the service-method coverage check; keep the Apps Script type (see scripts/lintAppsScriptCalls.ts).`,
    );
    process.exitCode = 1;
  } else console.log('Apps Script calls: none hidden from the coverage check.');
}
