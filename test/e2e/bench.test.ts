/** Keeps `npm run bench` working: the quick run completes and reports every figure (no timing is asserted). */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBench, table } from '../../bench/run.js';
import { PAYLOAD_KINDS } from '../../bench/workload.js';
import { tempDir } from '../support/tmp.js';

const ATTRIBUTION_LINES = ['LevelDB point get', 'sketch-mode usage', 'fallback usage', 'duplicate check'];
const QUICK_SIZES = ['1,000', '10,000'];

describe('npm run bench --quick', () => {
  it('measures the ceilings, attribution, the cost of each payload kind, the single validator (transfers and the payload mix), four validators, gossip between nodes and sync, and writes the JSON result and plot', async () => {
    const { rows, file, report, plots } = await runBench({ quick: true, outDir: tempDir('attrib-bench-out-') });
    const metrics = rows.map((r) => `${r.scenario}/${r.metric}`);
    expect(metrics).toEqual(
      expect.arrayContaining([
        'ceilings/ed25519 verify (1 thread, node:crypto)',
        'ceilings/ed25519 verify (1 thread, @noble/curves)',
        'ceilings/sha256 (node:crypto, 1 MiB blocks)',
        'ceilings/protobuf decode+encode+decode of a signed transfer (canonical check)',
        'ceilings/LevelDB batch put (classic-level, 1 000 keys a batch)',
        'single-validator/committed tx/s',
        'single-validator/submit→commit p90',
        'single-validator/submit→commit p99',
        'single-validator/node CPU, the node',
        'single-validator/node peak memory, the node',
        'single-validator/committed tx/s, payload mix',
        'single-validator/submit→commit p99, payload mix',
        'single-validator/node CPU, the node, payload mix',
        'validators4/committed tx/s, 200 tx/s offered',
        'validators4/committed tx/s, closed loop, transfers',
        'validators4/heights decided in round 0',
        ...PAYLOAD_KINDS.map((kind) => `payloads/executed tx/s, ${kind}`),
        'network/node CPU, all nodes',
        'network/node peak memory, all nodes',
        'network/committed tx/s via gossip',
        'network/submit→commit p99 via gossip',
        'sync/blocks replayed/s',
        'sync/txs replayed/s',
        ...QUICK_SIZES.flatMap((size) => [
          `attribution/population, ${size} contributions`,
          ...ATTRIBUTION_LINES.map((line) => `attribution/${line}, ${size} contributions`),
        ]),
      ]),
    );
    expect(metrics.some((m) => m.startsWith('attribution/population check:'))).toBe(true);
    expect(metrics.some((m) => m.includes('100,000 contributions'))).toBe(false);
    for (const r of rows) expect(r.value).toBeGreaterThan(0);
    expect(rows.find((r) => r.metric === 'committed tx/s')?.ceiling?.metric).toBe('ed25519 verify (1 thread, node:crypto)');
    // The payload mix ran after its set-up waves, and every payload applied (a failure is named in the note).
    const mix = rows.find((r) => r.metric === 'committed tx/s, payload mix')!;
    expect(mix.note).toMatch(/^1100 usages, 600 contributions \(60 near copies\), 300 transfers; after 64 seed contributions/);
    expect(mix.note).not.toContain('FAILED');
    for (const r of rows.filter((r) => r.scenario === 'payloads')) expect(r.note).not.toContain('FAILED');
    expect(rows.find((r) => r.metric === 'committed tx/s via gossip')?.ceiling?.metric).toBe('2 cores × ed25519 verify (1 thread, node:crypto) ÷ 4 nodes');
    expect(rows.find((r) => r.metric === 'blocks replayed/s')?.ceiling?.metric).toBe('ed25519 verify (1 thread, node:crypto) ÷ 21 sigs/block');
    expect(rows.find((r) => r.metric === 'sketch-mode usage, 10,000 contributions')?.ceiling?.metric).toBe('LevelDB point get, 10,000 contributions');

    const saved = JSON.parse(readFileSync(file, 'utf8')) as { rows: { plot?: { x: number } }[]; machine: { cores: number } };
    expect(saved.rows).toHaveLength(rows.length);
    expect(saved.machine.cores).toBeGreaterThan(0);
    expect(new Set(saved.rows.flatMap((r) => (r.plot ? [r.plot.x] : [])))).toEqual(new Set([1_000, 10_000]));
    expect(table(rows)).toContain('committed tx/s');

    expect(plots).toEqual([file.replace(/\.json$/, '-attribution.svg')]);
    const markdown = readFileSync(report, 'utf8');
    expect(report).toBe(file.replace(/\.json$/, '.md'));
    expect(markdown).toContain('| scenario | metric | value | vs ceiling | note |');
    for (const r of rows) expect(markdown).toContain(`| ${r.scenario} | ${r.metric} |`);
    expect(markdown).toContain(`](${basename(plots[0]!)})`);
    const svg = readFileSync(plots[0]!, 'utf8');
    expect(svg).toMatch(/^<svg /);
    for (const line of ATTRIBUTION_LINES) expect(svg).toContain(line);
  }, 300_000);
});
