/**
 * Loads public/editor-types.json (built by scripts/editor-types/build.mjs): the declarations of
 * tfjs-core, lib/attention and the sandbox globals, keyed by their editor path (file:///...).
 */
export const editorTypesUrl = '/editor-types.json';

export type EditorTypeFiles = { filePath: string; content: string }[];

/**
 * Which globals an editor's code has: a page's runner gets the attention core and the lesson
 * models as globals; a drill's code runs without them (grading must not be passed by calling
 * the reference), so its editor does not offer them either.
 */
export type GlobalsContext = 'lesson' | 'drill';

/** The declarations of the lesson globals (scripts/editor-types/globals.mjs writes them). */
export const lessonGlobalsPath = 'file:///sandbox/lessonGlobals.d.ts';

/** The files an editor of this context loads. */
export function filesFor(files: EditorTypeFiles, context: GlobalsContext): EditorTypeFiles {
  return context === 'lesson' ? files : files.filter((f) => f.filePath !== lessonGlobalsPath);
}

/** Narrows the fetched JSON instead of trusting it: a stale or broken file fails clearly. */
export function parseEditorTypes(data: unknown): EditorTypeFiles {
  if (typeof data !== 'object' || data === null || !('files' in data)) {
    throw new Error(`${editorTypesUrl}: expected an object with "files"`);
  }
  const { files } = data;
  if (typeof files !== 'object' || files === null) {
    throw new Error(`${editorTypesUrl}: "files" is not an object`);
  }
  return Object.entries(files).map(([filePath, content]) => {
    if (typeof content !== 'string') {
      throw new Error(`${editorTypesUrl}: the content of ${filePath} is not a string`);
    }
    return { filePath, content };
  });
}

export async function fetchEditorTypes(): Promise<EditorTypeFiles> {
  const response = await fetch(editorTypesUrl);
  if (!response.ok) throw new Error(`${editorTypesUrl}: HTTP ${response.status}`);
  return parseEditorTypes((await response.json()) as unknown);
}
