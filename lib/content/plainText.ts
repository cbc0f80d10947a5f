/**
 * Turns an MDX body into plain words for the search index: code, JSX tags and markup go,
 * prose and the words inside formulas stay.
 */
export function plainText(mdx: string): string {
  return mdx
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/\$\$?([^$]*)\$\$?/g, ' $1 ')
    .replace(/\\[a-zA-Z]+/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|{}\\^~=-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
