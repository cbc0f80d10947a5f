// Emits declarations for lib/attention/index.ts (and what it imports) into memory with the
// TypeScript compiler API, plus the JSDoc of each exported function for the globals file.
import path from 'node:path';
import ts from 'typescript';

/** Formats diagnostics with file and line, the way tsc prints them. */
export function formatDiagnostics(diagnostics, cwd) {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => cwd,
    getNewLine: () => '\n',
  });
}

/** Renders a symbol's JSDoc (text and tags such as @param) back into a comment block. */
function jsDocOf(symbol, checker) {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  const tags = symbol.getJsDocTags(checker).map((tag) => {
    const body = ts.displayPartsToString(tag.text ?? []).trim();
    return `@${tag.name}${body ? ` ${body}` : ''}`;
  });
  const lines = [text, ...tags].filter(Boolean).join('\n').split('\n');
  if (lines.length === 0 || (lines.length === 1 && lines[0] === '')) return '';
  return `/**\n${lines.map((l) => ` * ${l}`.trimEnd()).join('\n')}\n */\n`;
}

/**
 * @param {string} root project root
 * @returns {{ files: Record<string, string>, exports: { name: string, doc: string }[] }}
 *   files keyed by virtual path (/lib/attention/*.d.ts); exports are the value exports.
 */
export function emitAttention(root, entryPath = 'lib/attention/index.ts') {
  const entry = path.join(root, entryPath);
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    types: [],
    declaration: true,
    emitDeclarationOnly: true,
    stripInternal: true,
    rootDir: root,
    // The project's own import alias (tsconfig.json), used by lib/models.
    baseUrl: root,
    paths: { '@/*': ['./*'] },
  });
  const errors = [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()];
  const files = {};
  const result = program.emit(undefined, (fileName, text) => {
    const rel = path.relative(root, fileName).split(path.sep).join('/');
    if (rel.startsWith('..') || !rel.startsWith('lib/')) {
      throw new Error(`editor-types: declaration emitted outside lib/: ${fileName}`);
    }
    files[`/${rel}`] = text;
  });
  errors.push(...result.diagnostics);
  if (errors.length > 0) {
    throw new Error(
      `editor-types: ${entryPath} does not compile:\n${formatDiagnostics(errors, root)}`,
    );
  }

  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`editor-types: ${entry} is not a module`);
  const exports = checker
    .getExportsOfModule(moduleSymbol)
    .map((s) => ({
      name: s.getName(),
      target: s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s,
    }))
    .filter(({ target }) => target.flags & ts.SymbolFlags.Value)
    .map(({ name, target }) => ({ name, doc: jsDocOf(target, checker) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { files, exports };
}
