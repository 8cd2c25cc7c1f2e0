/**
 * Crash safety with real node processes: a node killed with SIGKILL at each
 * fail point of the commit path, or at an arbitrary moment under load, is
 * restarted and has lost no committed block and holds no half-written one.
 */
import { describe, expect, it } from 'vitest';
import { toHex } from '../../src/crypto/bytes.js';
import { homePaths, initHome } from '../../src/node/home.js';
import { LevelStore } from '../../src/store/level-store.js';
import { testGenesis, testKey, VALIDATOR } from '../support/chain.js';
import { startFaultyNode, startNodeProcess } from '../support/node-process.js';
import { tempDir } from '../support/tmp.js';

const alice = testKey('alice');

function freshHome(): string {
  const home = tempDir('attrib-e2e-');
  initHome(home, testGenesis([alice]), { seed: VALIDATOR.seed, publicKey: VALIDATOR.publicKey });
  return home;
}

/** Opens the home's LevelDB (the node must have exited) and checks that head, block and results agree. */
async function inspect(home: string): Promise<{ height: bigint; stateRoot: string }> {
  const store = await LevelStore.open(homePaths(home).data);
  try {
    const head = (await store.head())!;
    if (head.height > 0n) {
      const block = (await store.block(head.height))!;
      expect(toHex(block.header!.stateRoot)).toBe(toHex(head.stateRoot));
      expect(await store.results(head.height)).toBeDefined();
      expect(await store.block(head.height + 1n)).toBeUndefined();
    }
    return { height: head.height, stateRoot: toHex(head.stateRoot) };
  } finally {
    await store.close();
  }
}

describe('crash safety', () => {
  it.each([
    ['commit:before-batch', 0n],
    ['commit:after-batch', 1n],
  ] as const)('a node killed at %s restarts at height %s and keeps committing', async (point, height) => {
    const home = freshHome();
    const crashed = await startFaultyNode(home, { failPoint: point }, {}, ['--rpc-port', '0', '--p2p-port', '0']);
    expect(await crashed.exited).toBe('SIGKILL');
    expect(crashed.output()).toContain(`fail point reached`);
    expect((await inspect(home)).height).toBe(height);

    const restarted = await startNodeProcess(home);
    const target = height + 3n;
    await waitForHeight(restarted.output, target);
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
    expect((await inspect(home)).height).toBeGreaterThanOrEqual(target);
  });

  it('SIGKILL at arbitrary moments never leaves a half-written block', async () => {
    const home = freshHome();
    let last = 0n;
    for (let round = 0; round < 4; round++) {
      const node = await startNodeProcess(home, { ATTRIB_BLOCK_TIME_MS: '20' });
      await waitForHeight(node.output, last + 2n);
      node.child.kill('SIGKILL');
      await node.exited;
      const { height } = await inspect(home);
      expect(height).toBeGreaterThanOrEqual(last + 2n);
      last = height;
    }
  });
});

/** Waits until the node's log reports a committed block at `height` or above. */
async function waitForHeight(output: () => string, height: bigint): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const heights = [...output().matchAll(/committed block height=(\d+)/g)].map((m) => BigInt(m[1]!));
    if (heights.some((h) => h >= height)) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no block at height ${height}:\n${output()}`);
}
