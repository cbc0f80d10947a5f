// Copies tfjs' WebAssembly binaries into public/ so the wasm backend loads them from our own
// origin (no CDN; the site works offline).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const from = join('node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');
const to = join('public', 'tfjs-wasm');
mkdirSync(to, { recursive: true });
const files = readdirSync(from).filter((name) => name.endsWith('.wasm'));
if (files.length === 0) throw new Error(`No .wasm files in ${from}`);
for (const name of files) copyFileSync(join(from, name), join(to, name));
console.log(`Copied ${files.join(', ')} to ${to}`);
