// Minifies the text of `css` tagged templates, for the browser builds. JavaScript minifiers leave
// template text alone, so styles would keep their comments and indentation. Markup (`html`) is left
// as written: server-rendered elements hydrate only when the client's templates match the server's
// to the character.
import ts from 'typescript';

function minify(text: string): string {
  // Quoted strings (`content: ' · '`) are kept as they are; only the text between them changes.
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** Rewrites one TypeScript or JavaScript module; returns `undefined` when nothing changed. */
export function minifyCss(code: string, fileName: string): string | undefined {
  if (!/\bcss`/.test(code)) return undefined;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; text: string }[] = [];

  /** Replaces the text between a literal's delimiters (backtick, `${` or `}`). */
  const edit = (literal: ts.Node, open: number, close: number, trim: (t: string) => string) => {
    const start = literal.getStart(source) + open;
    const end = literal.end - close;
    const before = code.slice(start, end);
    const after = trim(minify(before));
    if (after !== before) edits.push({ start, end, text: after });
  };

  const visit = (node: ts.Node): void => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'css'
    ) {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        edit(template, 1, 1, (t) => t.trim());
      } else {
        edit(template.head, 1, 2, (t) => t.trimStart());
        template.templateSpans.forEach((span, i) => {
          const last = i === template.templateSpans.length - 1;
          edit(span.literal, 1, last ? 1 : 2, (t) => (last ? t.trimEnd() : t));
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return undefined;

  let out = code;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}
