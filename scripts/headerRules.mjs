// Reads out/_headers (Netlify / Cloudflare Pages format) so the local server sends the same
// headers a static host would: `/pattern` lines, each followed by indented `Name: value` lines.

/** Parses the file into rules; `*` matches anything, `:name` one path segment. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:\w+/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: cannot read "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers for one path: every matching rule applies; repeated names join with ", ". */
export function headersFor(rules, path) {
  const result = {};
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) {
      result[name] = result[name] ? `${result[name]}, ${value}` : value;
    }
  }
  return result;
}
