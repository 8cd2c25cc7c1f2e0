/** Keeps `npm run bench` working: the quick run completes and reports every figure (no timing is asserted). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBench, table } from '../../bench/run.js';
import { tempDir } from '../support/tmp.js';

describe('npm run bench --quick', () => {
  it('measures the ceilings and the single validator and writes the JSON result', async () => {
    const { rows, file } = await runBench({ quick: true, outDir: tempDir('attrib-bench-out-') });
    const metrics = rows.map((r) => `${r.scenario}/${r.metric}`);
    expect(metrics).toEqual(
      expect.arrayContaining([
        'ceilings/ed25519 verify (1 thread, node:crypto)',
        'single-validator/committed tx/s',
        'single-validator/submit→commit p99',
      ]),
    );
    for (const r of rows) expect(r.value).toBeGreaterThan(0);
    expect(rows.find((r) => r.metric === 'committed tx/s')?.ceiling?.metric).toBe('ed25519 verify (1 thread, node:crypto)');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { rows: unknown[]; machine: { cores: number } };
    expect(saved.rows).toHaveLength(rows.length);
    expect(saved.machine.cores).toBeGreaterThan(0);
    expect(table(rows)).toContain('committed tx/s');
  }, 120_000);
});
