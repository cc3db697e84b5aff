// Compiles Lit's reactive-property decorators away, for the browser builds. The sources use
// standard decorators (`@property() accessor name = value`); lowered generically, each one costs
// helper code and a private field per property. Lit's own non-decorator form is smaller and
// behaves the same: the property goes into `static properties`, its initial value is assigned in
// the constructor (class fields with `useDefineForClassFields: false`), and `@consume` becomes a
// `ContextConsumer` created with the element. Decorators this does not know are left in place.
// Every insertion stays on the line it replaces, so source maps keep their lines.
import ts from 'typescript';

/** Where each decorator this compiles comes from. */
const ORIGIN: Record<string, RegExp> = {
  property: /^lit\/decorators(\.js|\/property\.js)$/,
  state: /^lit\/decorators(\.js|\/state\.js)$/,
  consume: /^@lit\/context$/,
};

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Local name → decorator, for the Lit decorators the module imports (under any name). */
function litDecorators(source: ts.SourceFile): Map<string, string> {
  const names = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier))
      continue;
    const from = statement.moduleSpecifier.text;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (ORIGIN[imported]?.test(from)) names.set(element.name.text, imported);
    }
  }
  return names;
}

/** The decorator's name and its single argument's source text, if it is a known call. */
function known(
  decorator: ts.Decorator,
  source: ts.SourceFile,
  names: Map<string, string>,
): { name: string; arg: string | undefined } | undefined {
  const call = decorator.expression;
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return undefined;
  const name = names.get(call.expression.text);
  if (!name || call.arguments.length > 1) return undefined;
  return { name, arg: call.arguments[0]?.getText(source) };
}

/** Rewrites one TypeScript module; returns `undefined` when there is nothing to rewrite. */
export function compileLitDecorators(code: string, fileName: string): string | undefined {
  if (!/@\w+\(/.test(code)) return undefined;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const names = litDecorators(source);
  if (names.size === 0) return undefined;
  const edits: Edit[] = [];
  let needsConsumer = false;

  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
      const properties: string[] = [];
      const consumers: { name: string; arg: string | undefined }[] = [];
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
        const modifiers: readonly ts.ModifierLike[] = member.modifiers ?? [];
        const decorators = modifiers.filter((m): m is ts.Decorator => ts.isDecorator(m));
        const accessor = modifiers.find((m) => m.kind === ts.SyntaxKind.AccessorKeyword);
        if (!accessor || decorators.length === 0) continue;
        const parsed = decorators.map((d) => known(d, source, names));
        if (parsed.some((p) => !p)) continue;
        const name = member.name.text;
        let options: string | undefined;
        for (const { name: kind, arg } of parsed as { name: string; arg: string | undefined }[]) {
          if (kind === 'property') options = arg ?? '{}';
          if (kind === 'state') options = '{ state: true }';
          if (kind === 'consume') consumers.push({ name, arg });
        }
        if (options) properties.push(`${name}: ${options}`);
        for (const d of decorators) edits.push({ start: d.getStart(source), end: d.end, text: '' });
        edits.push({ start: accessor.getStart(source), end: accessor.end, text: '' });
      }
      if (properties.length || consumers.length) {
        const open = node.members.pos;
        let inserted = '';
        if (properties.length) inserted += ` static properties = { ${properties.join(', ')} };`;
        for (const { name, arg } of consumers) {
          needsConsumer = true;
          inserted += ` private __consume_${name} = new __ContextConsumer(this, { ...${arg}, callback: (value: any) => { (this as any).${name} = value; } });`;
        }
        edits.push({ start: open, end: open, text: inserted });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return undefined;

  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  if (needsConsumer)
    out = `import { ContextConsumer as __ContextConsumer } from '@lit/context'; ${out}`;
  return out;
}
