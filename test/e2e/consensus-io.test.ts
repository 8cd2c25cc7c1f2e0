/**
 * The consensus engine's failure policy for its own IO, with a real node
 * process and a real IO error, no test hooks (docs/consensus.md "Failures"):
 * a failing IO step is retried (`a consensus IO step failed; retrying`) and
 * the node goes on once the disk recovers; one that keeps failing
 * IO_ATTEMPTS times stops the node with one `consensus cannot go on` line
 * and exit code 70, for a supervisor to restart it, and the restarted node
 * has lost nothing. Before, such an error (EMFILE on `sign_state.json.tmp`,
 * seen in the field) left consensus stalled for good while RPC kept
 * answering.
 *
 * The failure: the double-sign guard writes its sign state to
 * `HOME/data/sign_state.json.tmp`, fsyncs it and renames it over
 * `sign_state.json` before every signature; a directory at the temp path
 * makes each of those writes fail with EISDIR.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_FATAL } from '../../src/cli/start.js';
import { IO_ATTEMPTS } from '../../src/consensus/engine.js';
import { homePaths, initHome } from '../../src/node/home.js';
import type { NodeProcess } from '../../src/node/spawn.js';
import { testGenesis, testKey, VALIDATOR } from '../support/chain.js';
import { startNodeProcess } from '../support/node-process.js';
import { tempDir } from '../support/tmp.js';

const alice = testKey('alice');
const RETRY = 'a consensus IO step failed; retrying';
const FATAL = 'consensus cannot go on: stopping the node';

function freshHome(): string {
  const home = tempDir('attrib-e2e-');
  initHome(home, testGenesis([alice]), { seed: VALIDATOR.seed, publicKey: VALIDATOR.publicKey });
  return home;
}

const tmpPath = (home: string) => `${homePaths(home).signState}.tmp`;

/**
 * Puts a directory where the sign state's temp file goes. The node's own
 * temp file exists there for a moment in each write (between its write and
 * its rename): then mkdir fails with EEXIST and is tried again.
 */
async function breakSignState(home: string): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      mkdirSync(tmpPath(home));
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || i >= 100) throw err;
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}

const lines = (output: string, text: string) => output.split('\n').filter((l) => l.includes(text));
const heights = (output: string) => [...output.matchAll(/committed block height=(\d+)/g)].map((m) => BigInt(m[1]!));
const headOf = (output: string) => heights(output).reduce((a, b) => (b > a ? b : a), 0n);
const running = (node: NodeProcess) => node.child.exitCode === null && node.child.signalCode === null;

/** Polls `done` (a hang guard of `polls` × 10 ms, not a speed check). */
async function until(done: () => boolean, what: string, output: () => string, polls = 4000): Promise<void> {
  for (let i = 0; i < polls; i++) {
    if (done()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`never saw ${what}:\n${output()}`);
}

const waitForHeight = (node: NodeProcess, height: bigint) => until(() => headOf(node.output()) >= height, `a block at height ${height}`, node.output);

describe('consensus IO failures', () => {
  it('a sign-state write that fails for a while is retried, and consensus goes on once it succeeds', { timeout: 60_000 }, async () => {
    const home = freshHome();
    const node = await startNodeProcess(home);
    await waitForHeight(node, 3n);

    await breakSignState(home);
    // Removed at the first retry warning, long before the retries (about 3 s of waits) run out.
    await until(() => lines(node.output(), RETRY).length > 0 || !running(node), 'a retry warning', node.output);
    rmSync(tmpPath(home), { recursive: true, force: true });
    const atRepair = headOf(node.output());

    await waitForHeight(node, atRepair + 3n);
    expect(running(node)).toBe(true);
    const output = node.output();
    const retries = lines(output, RETRY);
    expect(retries.length).toBeGreaterThanOrEqual(1);
    expect(retries.length).toBeLessThan(IO_ATTEMPTS);
    for (const line of retries) {
      expect(line).toMatch(/^\S+ WARN +node\/consensus: /);
      expect(line).toContain('code=EISDIR');
      expect(line).toContain('sign_state.json.tmp');
    }
    expect(output).not.toContain('consensus cannot go on');
    expect(output).not.toContain('consensus stopped');
  });

  it('a sign-state write that keeps failing stops the node with exit code 70; restarted, it has lost nothing', { timeout: 60_000 }, async () => {
    const home = freshHome();
    const node = await startNodeProcess(home);
    await waitForHeight(node, 3n);

    await breakSignState(home);
    expect(await node.exited).toBe(EXIT_FATAL);

    const output = node.output();
    const fatal = lines(output, FATAL);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatch(/^\S+ ERROR node: consensus cannot go on: stopping the node code=IO_FAILED /);
    expect(fatal[0]).toContain(`failed ${IO_ATTEMPTS} times`);
    expect(fatal[0]).toContain('EISDIR');
    // Each failed attempt but the last is retried, all before the node stops, and after it none.
    const all = output.split('\n');
    const fatalAt = all.findIndex((l) => l.includes(FATAL));
    const retries = all.filter((l, i) => l.includes(RETRY) && i < fatalAt);
    expect(retries).toHaveLength(IO_ATTEMPTS - 1);
    expect(lines(output, RETRY)).toHaveLength(IO_ATTEMPTS - 1);
    expect(retries.map((l) => /attempt=(\d+)/.exec(l)?.[1])).toEqual(['1', '2', '3', '4', '5']);
    const step = /step=("[^"]*"|\S+)/.exec(retries[0]!)?.[1];
    for (const line of retries) {
      expect(line).toContain(`step=${step}`);
      expect(line).toContain('code=EISDIR');
    }
    // Nothing was committed after the failure started: the last block logged is the head on disk.
    const last = headOf(output);
    expect(last).toBeGreaterThanOrEqual(3n);

    expect(existsSync(tmpPath(home))).toBe(true);
    rmSync(tmpPath(home), { recursive: true, force: true });
    const restarted = await startNodeProcess(home);
    expect(restarted.output()).toMatch(new RegExp(`height: +${last}\\n`));
    await waitForHeight(restarted, last + 3n);
    expect(running(restarted)).toBe(true);
    expect(heights(restarted.output())[0]).toBe(last + 1n);
    expect(restarted.output()).not.toContain(RETRY);
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
  });
});
