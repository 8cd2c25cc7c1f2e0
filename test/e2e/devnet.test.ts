/**
 * `attrib devnet` as a user runs it: one process that writes a local network,
 * starts its node processes, prints their addresses, and stops them all on
 * Ctrl-C (SIGINT); a second run reuses the homes. Bad layouts exit 2.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { AttribClient } from '../../src/client/index.js';
import { ATTRIB_BIN } from '../../src/node/spawn.js';
import { runToExit } from '../support/node-process.js';
import { tempDir } from '../support/tmp.js';

/** Runs `attrib devnet …` until it prints its table; returns the RPC URLs and a stop that sends SIGINT. */
async function devnet(dir: string) {
  const child = spawn(process.execPath, [ATTRIB_BIN, 'devnet', '--validators', '1', '--nodes', '3', '--dir', dir, '--base-port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => output.includes('Ctrl-C stops every node') && resolve());
    void exited.then((code) => reject(new Error(`devnet exited (${code}):\n${output}`)));
  });
  const urls = [...output.matchAll(/(http:\/\/127\.0\.0\.1:\d+)/g)].map((m) => m[1]!).slice(0, 3);
  return { urls, output: () => output, stop: () => (child.kill('SIGINT'), exited) };
}

describe('attrib devnet', () => {
  it('runs 3 nodes that agree, stops them all on Ctrl-C, and restarts on the same homes', async () => {
    const dir = tempDir('attrib-devnet-');
    const first = await devnet(dir);
    expect(first.output()).toMatch(/node0\s+validator/);
    expect(first.output()).toMatch(/node2\s+follower/);
    const clients = first.urls.map((u) => new AttribClient(u));
    for (;;) {
      const heights = await Promise.all(clients.map(async (c) => BigInt((await c.status()).height)));
      if (heights.every((h) => h >= 3n)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const block3 = await Promise.all(clients.map((c) => c.getBlock({ height: 3 })));
    expect(new Set(block3.map((b) => b.hash)).size).toBe(1);
    await Promise.all(clients.map((c) => c.close()));
    expect(await first.stop()).toBe(0);
    await expect(new AttribClient(first.urls[1]!, { timeoutMs: 2000 }).status()).rejects.toMatchObject({ code: 'NODE_UNREACHABLE' });

    const second = await devnet(dir);
    expect(second.urls).toEqual(first.urls); // the ports are kept in each home's config.json
    const again = new AttribClient(second.urls[2]!);
    expect(BigInt((await again.status()).height)).toBeGreaterThanOrEqual(3n);
    await again.close();
    expect(await second.stop()).toBe(0);
  }, 120_000);

  it('refuses fewer nodes than validators, and no validator at all', async () => {
    const [few, none] = await Promise.all([
      runToExit(['devnet', '--validators', '3', '--nodes', '2', '--dir', tempDir('attrib-devnet-')]),
      runToExit(['devnet', '--validators', '0', '--dir', tempDir('attrib-devnet-')]),
    ]);
    expect(few.code).toBe(2);
    expect(few.output).toContain('--nodes must be between 3 and 32');
    expect(none.code).toBe(2);
  });
});
