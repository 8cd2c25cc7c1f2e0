/**
 * DESIGN §1: crypto/ codec/ tx/ state/ attribution/ do no IO, read no clock
 * and draw no randomness. This reads their sources and fails on any import
 * outside the core (node:crypto and protobufjs excepted) or any clock,
 * randomness or timer call.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src', import.meta.url));
const CORE = ['crypto', 'codec', 'tx', 'state', 'attribution'];
const ALLOWED_PACKAGES = new Set(['node:crypto', 'protobufjs/minimal.js']);
const FORBIDDEN_CALLS = /\b(Date\.now|new Date|Math\.random|performance\.now|setTimeout|setInterval|setImmediate|process\.)/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|js)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = CORE.flatMap((d) => sources(join(src, d)));

describe('the deterministic core', () => {
  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [f.slice(src.length + 1), f]))('%s imports only the core and reads no clock', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const statements = /^\s*(?:import|export)\b[^;]*?(?:\sfrom\s+|import\s+)['"]([^'"]+)['"]/gm;
    const dynamic = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
    for (const [, spec] of [...text.matchAll(statements), ...text.matchAll(dynamic)]) {
      if (spec!.startsWith('.')) {
        const target = join(file, '..', spec!);
        const top = target.slice(src.length + 1).split('/')[0]!;
        expect(CORE.includes(top) || top === 'errors.js', `${spec} leaves the core`).toBe(true);
      } else {
        expect(ALLOWED_PACKAGES.has(spec!), `imports ${spec}`).toBe(true);
      }
    }
    expect(text).not.toMatch(FORBIDDEN_CALLS);
  });
});
