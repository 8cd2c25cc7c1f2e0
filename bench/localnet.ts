/**
 * The node processes of the multi-node scenarios (network, validators4): a
 * local network in a temp directory (`createLocalnet`, `attrib devnet`'s
 * layout) with the load's senders funded at genesis, every node started
 * with `attrib start` (1 s blocks), and all of them stopped and their homes
 * removed afterwards. With a profile directory each node writes CPU
 * profiles (`--cpu-prof`) under DIR/nodeI/ when it stops.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AttribClient } from '../src/client/index.js';
import { createLocalnet } from '../src/node/localnet.js';
import { spawnNode, type NodeProcess } from '../src/node/spawn.js';
import type { GenesisAccount } from '../src/state/genesis.js';
import type { BenchContext, BenchRow } from './types.js';
import { VERIFY_CEILING, verifyCeiling } from './scenarios/ceilings.js';

export interface BenchNetOptions {
  validators: number;
  nodes: number;
  accounts: GenesisAccount[];
  progress: BenchContext['progress'];
  /** Each node writes its CPU profiles under DIR/nodeI/. */
  profile?: string;
}

/** Runs `body` against a fresh local network of node processes, then stops them and removes their homes. */
export async function withLocalnet<T>(o: BenchNetOptions, body: (nodes: NodeProcess[]) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'attrib-bench-net-'));
  const running: NodeProcess[] = [];
  try {
    const homes = await createLocalnet({ dir, validators: o.validators, nodes: o.nodes, basePort: 0, accounts: o.accounts });
    o.progress(0, o.nodes, 'starting nodes');
    // All at once: each spends seconds loading its code, mostly waiting on the others' CPU.
    const started = await Promise.allSettled(
      homes.map(async (n) => {
        const profileDir = o.profile && join(o.profile, n.name);
        if (profileDir) mkdirSync(profileDir, { recursive: true });
        const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
        const node = await spawnNode(n.home, ['--log-level', 'warn'], { ...process.env, ATTRIB_BLOCK_TIME_MS: '1000' }, nodeArgs);
        running.push(node);
        o.progress(running.length, o.nodes, 'starting nodes');
        return node;
      }),
    );
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    return await body(started.map((s) => (s as PromiseFulfilledResult<NodeProcess>).value));
  } finally {
    for (const p of running) p.child.kill('SIGTERM');
    await Promise.all(running.map((p) => p.exited));
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What `nodes` node processes on this host can commit if signature checks
 * were all they did: every node verifies every tx, so 2 cores × the
 * one-thread verify ceiling of the same run ÷ the node count (DESIGN §6).
 */
export function sharedHostBound(measured: BenchContext['measured'], nodes: number): BenchRow['ceiling'] {
  const ceiling = verifyCeiling(measured);
  return ceiling && { metric: `2 cores × ${VERIFY_CEILING} ÷ ${nodes} nodes`, value: (2 * ceiling.value) / nodes, unit: 'tx/s' };
}

/** Resolves once every node's chain has reached `height` (the network is up and its validators take part). */
export async function untilHeight(nodes: readonly NodeProcess[], height: bigint, progress: BenchContext['progress']): Promise<void> {
  const clients = nodes.map((n) => new AttribClient(n.rpcUrl));
  try {
    for (;;) {
      const heights = await Promise.all(clients.map(async (c) => BigInt((await c.status()).height)));
      const lowest = heights.reduce((a, b) => (b < a ? b : a));
      progress(Number(lowest), Number(height), 'warming up');
      if (lowest >= height) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
}
