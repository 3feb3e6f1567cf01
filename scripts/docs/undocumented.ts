// The exported declarations of a TypeScript file that carry no JSDoc comment (house style: every
// public function and type says its shapes, units, errors and, for a rule from a spec, its source).
import ts from 'typescript';

/** An exported declaration without a JSDoc comment: its 1-based line and its name(s). */
export interface Undocumented {
  line: number;
  name: string;
}

/**
 * The top-level exports of `text` (the source of `fileName`) with no `/** … *\/` comment of their
 * own: functions, classes, interfaces, type aliases, enums and variable statements, and the
 * public methods and getters of exported classes (`Class.method`). Re-exports (`export { … }
 * from`) and `export default` expressions are not declarations and are skipped.
 * Pure; never throws (a file that does not parse yields what the parser recovered).
 */
export function undocumentedExports(fileName: string, text: string): Undocumented[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: Undocumented[] = [];
  const note = (node: ts.Node, name: string): void => {
    if (ts.getJSDocCommentsAndTags(node).length > 0) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ line: line + 1, name });
  };
  for (const statement of source.statements) {
    const name = exportedName(statement);
    if (name === undefined) continue;
    note(statement, name);
    if (!ts.isClassDeclaration(statement)) continue;
    for (const member of statement.members) {
      if (isPublicMethod(member)) note(member, `${name}.${member.name.getText(source)}`);
    }
  }
  return found;
}

/** A method or getter of a class that callers outside it may use (not private, protected or #). */
function isPublicMethod(
  member: ts.ClassElement,
): member is ts.MethodDeclaration | ts.GetAccessorDeclaration {
  if (!ts.isMethodDeclaration(member) && !ts.isGetAccessorDeclaration(member)) return false;
  if (ts.isPrivateIdentifier(member.name)) return false;
  const hidden = [ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword];
  return !ts.getModifiers(member)?.some((m) => hidden.includes(m.kind));
}

/** The declared name(s) of an exported declaration; undefined for anything else. */
function exportedName(statement: ts.Statement): string | undefined {
  if (!ts.canHaveModifiers(statement)) return undefined;
  const exported = ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  if (!exported) return undefined;
  if (
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isEnumDeclaration(statement)
  ) {
    return statement.name?.text ?? 'default';
  }
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.map((d) => d.name.getText()).join(', ');
  }
  return undefined;
}
