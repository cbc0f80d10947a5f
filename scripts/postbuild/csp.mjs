// Puts a Content-Security-Policy <meta> in every exported page, allowing exactly that page's
// inline scripts by their sha256 hash.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { pagePolicy } from './policy.mjs';

// Inline scripts only: a tag with src= loads from our origin and is covered by 'self'. Next
// escapes `</script` inside its payloads, so the first closing tag really ends the script.
const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const existingMeta = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/i;

/** sha256 of each distinct non-empty inline script, base64 as CSP expects. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(inlineScript)) {
    if (match[1].length === 0) continue;
    hashes.add(createHash('sha256').update(match[1], 'utf8').digest('base64'));
  }
  return [...hashes];
}

/**
 * Returns the page with its policy at the top of <head>. It goes right after the charset <meta>
 * when that comes first: the charset must sit in the first 1024 bytes, and it runs no code, so
 * the policy still precedes every script and stylesheet.
 */
export function withPolicy(html, path) {
  const clean = html.replace(existingMeta, '');
  const tag = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScriptHashes(clean), path)}"/>`;
  const charset = /^(<!DOCTYPE html>)?<html[^>]*><head><meta charSet="utf-8"\/>/i.exec(clean);
  if (charset) return clean.replace(charset[0], `${charset[0]}${tag}`);
  const head = /<head[^>]*>/i.exec(clean);
  if (!head) throw new Error('No <head> to put the Content-Security-Policy in');
  return clean.replace(head[0], `${head[0]}${tag}`);
}

/** `sitePath` maps a file to its site path, which picks the page's policy. */
export function addPolicies(htmlFiles, sitePath) {
  for (const file of htmlFiles) {
    try {
      writeFileSync(file, withPolicy(readFileSync(file, 'utf8'), sitePath(file)));
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
