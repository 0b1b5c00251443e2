/**
 * Reads the doc comment of every schema field from the source of `src/schemas/`, so the
 * form editor's hints, the JSON Schemas' descriptions and CONTRIBUTING's field reference
 * all come from the one place a developer writes them: the comment above the field.
 *
 * Zod keeps no trace of comments at run time, so the comments are read with the
 * TypeScript compiler's parser (syntax only, no type checking: a few milliseconds) and
 * matched to run-time objects by their set of keys (see {@link docsForKeys}).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** The doc comments of one object literal in the schema sources. */
export interface ObjectDocs {
  /** Where the literal is, `file:line`, for error messages. */
  where: string;
  /** Every key of the object, including those spread in from a helper. */
  keys: readonly string[];
  /** Doc comment of each key that has one. */
  docs: ReadonlyMap<string, string>;
}

/** Clean JSDoc text: `{@link X}` becomes `X`, lines joined with single spaces. */
function cleanComment(text: string): string {
  return text
    .replace(/\{@link\s+([^}|\s]+)(?:\s*\|\s*([^}]+))?\s*\}/g, (_m, target: string, label?: string) => label ?? target)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function docOf(node: ts.Node): string | undefined {
  const parts = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => (typeof doc.comment === 'string' ? doc.comment : ts.getTextOfJSDocComment(doc.comment)) ?? '');
  const text = parts.join(' ').trim();
  return text ? cleanComment(text) : undefined;
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

/** The object literal a helper returns: `() => ({ ... })` or `function f() { return { ... } }`. */
function returnedObject(fn: ts.Node): ts.ObjectLiteralExpression | undefined {
  let body: ts.Node | undefined;
  if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isFunctionDeclaration(fn)) body = fn.body;
  if (!body) return undefined;
  let expr: ts.Node | undefined = body;
  if (ts.isBlock(body)) {
    const ret = body.statements.find(ts.isReturnStatement);
    expr = ret?.expression;
  }
  while (expr && ts.isParenthesizedExpression(expr)) expr = expr.expression;
  return expr && ts.isObjectLiteralExpression(expr) ? expr : undefined;
}

/**
 * Doc comments of every object literal in the `.ts` files of `dir` (tests excluded).
 * A spread of a helper call (`...editorialFields()`) contributes that helper's keys
 * and comments, so an object built from shared pieces is described in full.
 */
export function readSchemaDocs(dir: string): ObjectDocs[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()
    .map((f) => ts.createSourceFile(join(dir, f), readFileSync(join(dir, f), 'utf8'), ts.ScriptTarget.Latest, true));

  // Helpers that return an object literal, by name, for resolving spreads.
  const helpers = new Map<string, ts.ObjectLiteralExpression>();
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        const obj = returnedObject(node.initializer);
        if (obj) helpers.set(node.name.text, obj);
      } else if (ts.isFunctionDeclaration(node) && node.name) {
        const obj = returnedObject(node);
        if (obj) helpers.set(node.name.text, obj);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  const collect = (obj: ts.ObjectLiteralExpression, keys: string[], docs: Map<string, string>, depth = 0): void => {
    for (const prop of obj.properties) {
      if (ts.isSpreadAssignment(prop) && depth < 5) {
        const call = prop.expression;
        const name = ts.isCallExpression(call) && ts.isIdentifier(call.expression) ? call.expression.text : undefined;
        const helper = name ? helpers.get(name) : undefined;
        if (helper) collect(helper, keys, docs, depth + 1);
        continue;
      }
      const key = prop.name ? propertyName(prop.name) : undefined;
      if (key === undefined) continue;
      keys.push(key);
      const doc = docOf(prop);
      if (doc) docs.set(key, doc);
    }
  };

  const result: ObjectDocs[] = [];
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node)) {
        const keys: string[] = [];
        const docs = new Map<string, string>();
        collect(node, keys, docs);
        if (docs.size > 0) {
          const { line } = file.getLineAndCharacterOfPosition(node.getStart());
          result.push({ where: `${file.fileName}:${line + 1}`, keys, docs });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return result;
}

/**
 * The doc comments for a run-time object with exactly these keys. Several literals may
 * match (a helper and the object spreading it cannot, since their key sets differ; two
 * copies of one shape can): they must then agree, or the ambiguity is an error.
 */
export function docsForKeys(all: readonly ObjectDocs[], keys: readonly string[]): ReadonlyMap<string, string> {
  const wanted = [...keys].sort().join('\0');
  const matches = all.filter((o) => [...o.keys].sort().join('\0') === wanted);
  if (matches.length === 0) return new Map();
  const [first, ...rest] = matches as [ObjectDocs, ...ObjectDocs[]];
  for (const other of rest) {
    for (const key of keys) {
      if (other.docs.get(key) !== first.docs.get(key)) {
        throw new Error(
          `Two schema objects have the keys {${keys.join(', ')}} but different doc comments for "${key}" (${first.where}, ${other.where}); give them one shared helper.`,
        );
      }
    }
  }
  return first.docs;
}
