/** src/codec/gen/ must be what scripts/gen-proto.sh makes of proto/ledger/v1 today. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'attrib-gen-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('generated protobuf code', () => {
  it('is up to date with proto/ledger/v1 (run scripts/gen-proto.sh if not)', () => {
    execFileSync('bash', ['scripts/gen-proto.sh', out], { cwd: root, stdio: 'pipe' });
    for (const file of ['ledger.js', 'ledger.d.ts']) {
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(root, 'src/codec/gen', file), 'utf8'));
    }
  }, 60_000);
});
