// Types for the editor-types build scripts (plain .mjs) that editorTypes.test.ts reuses.
declare module '@/scripts/editor-types/attention.mjs' {
  export function formatDiagnostics(diagnostics: readonly unknown[], cwd: string): string;
}
declare module '@/scripts/editor-types/globals.mjs' {
  export const globalsPath: string;
  export function globalsFiles(
    attentionExports: readonly unknown[],
    modelExports?: readonly unknown[],
  ): Record<string, string>;
}
declare module '@/scripts/editor-types/tfjs.mjs' {
  export function collectTfjs(root: string): { files: Record<string, string>; notice: string };
}
declare module '@/scripts/editor-types/verify.mjs' {
  export function diagnose(
    config: unknown,
    virtual: Map<string, string>,
    checked: readonly string[],
  ): unknown[];
}
