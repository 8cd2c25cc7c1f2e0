/**
 * The README walkthrough, as written: its shell block runs in bash against a
 * node process, each `npx attrib …` line a separate `attrib` process (an
 * `npx` shim on PATH runs bin/attrib.js). Then the node is killed with
 * SIGKILL and restarted on the same home: every committed balance and
 * payout is still there.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AttribClient } from '../../src/client/index.js';
import { addressOf } from '../../src/crypto/address.js';
import { toHex } from '../../src/crypto/bytes.js';
import { DEVNET_DEV, DEVNET_OPERATOR, DEVNET_VALIDATOR, devnetGenesis, initDevnetKeys } from '../../src/node/devnet.js';
import { initHome } from '../../src/node/home.js';
import { ATTRIB_BIN } from '../../src/node/spawn.js';
import { startNodeProcess } from '../support/node-process.js';
import { tempDir } from '../support/tmp.js';

/** The ```sh block of README.md's "## Walkthrough" section. */
export function readmeWalkthrough(): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.split('\n## Walkthrough\n')[1]?.split('\n## ')[0];
  const block = section === undefined ? undefined : /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error('README.md has no ```sh block under "## Walkthrough"');
  return block;
}

function runBash(script: string, cwd: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn('bash', ['-e', '-c', script], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

describe('the README walkthrough through the attrib binary', () => {
  it('pays the contributor, and a kill -9 and restart keep every balance and payout', async () => {
    const home = tempDir('attrib-cli-');
    initHome(home, devnetGenesis(), DEVNET_VALIDATOR);
    initDevnetKeys(home);
    const work = join(home, 'work');
    const bin = join(home, 'bin');
    mkdirSync(work);
    mkdirSync(bin);
    // `npx attrib ARGS` → `node bin/attrib.js ARGS`, without npm's own startup time.
    writeFileSync(join(bin, 'npx'), `#!/bin/sh\n[ "$1" = attrib ] && shift\nexec "${process.execPath}" "${ATTRIB_BIN}" "$@"\n`);
    chmodSync(join(bin, 'npx'), 0o755);

    const node = await startNodeProcess(home);
    const env = { ATTRIB_HOME: home, ATTRIB_RPC: node.rpcUrl, PATH: `${bin}:${process.env.PATH ?? ''}` };
    const run = await runBash(readmeWalkthrough(), work, env);
    expect(run.output).not.toMatch(/attrib: /);
    expect(run.code, run.output).toBe(0);
    // The usage's payouts, printed by `tx use`; the claim; alice's balance.
    expect(run.output).toMatch(/payouts of this tx:[\s\S]*POOL/);
    expect(run.output).toMatch(/claim of 4,\d{3} units \(2 entries\)/);
    // The near copy is caught, and the sketch-mode usage is explained.
    expect(run.output).toMatch(/status:\s+DUPLICATE/);
    expect(run.output).toMatch(/\(10000 bps\): sketch/);

    const alice = (JSON.parse(readFileSync(join(home, 'keys', 'alice.json'), 'utf8')) as { address: string }).address;
    const client = new AttribClient(node.rpcUrl);
    const snapshot = async (c: AttribClient) => {
      const height = BigInt((await c.status()).height);
      return {
        accounts: await Promise.all([alice, toHex(addressOf(DEVNET_DEV.publicKey)), toHex(addressOf(DEVNET_OPERATOR.publicKey))].map((a) => c.getAccount(a))),
        payouts: await Promise.all(Array.from({ length: Number(height) }, (_, i) => c.payouts(i + 1))),
        claimable: await c.claimable(alice),
        height,
      };
    };
    const before = await snapshot(client);
    // alice: 100 000 received, 2 × 1 000 staked, 2 contribution fees of 10, then the claim (fee 10) of her
    // pool share, and the DATA row of the sketch-mode usage that matched her poem.
    const claimed = BigInt(/claim of ([\d,]+) units/.exec(run.output)![1]!.replaceAll(',', ''));
    expect(claimed).toBeGreaterThan(0n);
    const data = before.payouts.flatMap((p) => p.rows).filter((r) => r.role === 'DATA' && r.recipient === alice);
    expect(data).toHaveLength(1);
    expect(BigInt(before.accounts[0]!.balance)).toBe(100_000n - 2n * 1_000n - 3n * 10n + claimed + BigInt(data[0]!.amount));
    expect(before.claimable.entries).toEqual([]);
    const rows = before.payouts.flatMap((p) => p.rows.map((r) => r.role));
    expect(rows).toEqual(expect.arrayContaining(['FEE', 'VALIDATOR', 'OWNER', 'POOL']));

    node.child.kill('SIGKILL');
    expect(await node.exited).toBe('SIGKILL');
    const restarted = await startNodeProcess(home);
    const after = new AttribClient(restarted.rpcUrl);
    const again = await snapshot(after);
    expect({ ...again, height: undefined, payouts: again.payouts.slice(0, before.payouts.length) }).toEqual({ ...before, height: undefined });
    expect(again.height).toBeGreaterThanOrEqual(before.height);
  }, 120_000); // ~20 attrib processes in a row: a hang guard, not a speed check
});
