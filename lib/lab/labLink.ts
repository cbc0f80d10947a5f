import { configFromSearch } from './config';

/**
 * Whether a page's link opens the Attention Lab at `path`, with settings every one of which the
 * lab accepts (a link that dropped one would open another model than the one the text names).
 */
export function isLabLink(link: string, path: string): boolean {
  if (link === path) return true;
  if (!link.startsWith(`${path}?`)) return false;
  return configFromSearch(link.slice(path.length)).ignored.length === 0;
}
