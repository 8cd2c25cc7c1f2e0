/**
 * BFT consensus under validator faults, with real validator processes
 * (`attrib devnet`'s layout: 4 validators of equal stake, libp2p on
 * 127.0.0.1, real LevelDB, WAL and sign-state files):
 * - with 2 of the 4 killed, the other two hold only half the stake, no +2/3
 *   quorum: they stop (deciding at most the one height that was in flight)
 *   and never fork; when one of the killed comes back, the three commit
 *   again and agree on every block;
 * - a validator SIGKILLed again and again around the moment it votes, and
 *   restarted on the same home each time, never signs two different votes
 *   for one (height, round, type): every vote of it that the other nodes
 *   received (their `log_level: debug` lines) is checked.
 *
 * No wall-clock time is asserted: the waits only bound how long the test
 * watches, and the vitest timeouts are generous for a loaded 2-core machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AttribClient } from '../../src/client/index.js';
import { homePaths } from '../../src/node/home.js';
import { createLocalnet } from '../../src/node/localnet.js';
import type { NodeProcess } from '../../src/node/spawn.js';
import { consensusKeyOf, startConfiguredNode } from '../support/node-process.js';
import { tempDir } from '../support/tmp.js';
import { allReach, heightOf } from '../support/heights.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const max = (xs: bigint[]): bigint => xs.reduce((a, b) => (b > a ? b : a));
const min = (xs: bigint[]): bigint => xs.reduce((a, b) => (b < a ? b : a));

/** Every client has the same block hash at each height of from..to. */
async function expectSameBlocks(clients: AttribClient[], from: bigint, to: bigint): Promise<void> {
  for (let h = from; h <= to; h++) {
    const hashes = await Promise.all(clients.map(async (c) => (await c.getBlock({ height: h })).hash));
    expect(new Set(hashes).size, `block hashes at height ${h}: ${hashes.join(' ')}`).toBe(1);
  }
}

/** The consensus key of a home, as the engine's debug lines abbreviate it (`0x` and 4 bytes). */
function logPrefixOfValidator(home: string): string {
  return consensusKeyOf(home).slice(0, 10);
}

/** A vote as the engine logs it at debug level, for each vote it feeds its machine (its own too). */
interface LoggedVote {
  height: bigint;
  round: number;
  type: string;
  validator: string;
  block: string;
}

const VOTE_LINE = /DEBUG +\S+: vote height=(\d+) round=(\d+) type=(\w+) validator=(0x[0-9a-f]+) block=(\S+)/;

function votesIn(text: string): LoggedVote[] {
  const votes: LoggedVote[] = [];
  for (const line of text.split('\n')) {
    const m = VOTE_LINE.exec(line);
    if (m) votes.push({ height: BigInt(m[1]!), round: Number(m[2]), type: m[3]!, validator: m[4]!, block: m[5]! });
  }
  return votes;
}

/** What the engine logs (warn) for a machine's `equivocation` action. */
const EQUIVOCATION = 'a validator signed two different votes';

/**
 * SIGKILLs `node` `delayMs` after it logs its own `type` vote at `minHeight`
 * or above (the line is written once the vote is signed, in the WAL and
 * handed to gossip), and waits for it to exit.
 */
async function killAfterOwnVote(node: NodeProcess, validator: string, type: 'prevote' | 'precommit', minHeight: bigint, delayMs: number): Promise<void> {
  let scanned = 0;
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      const text = node.output();
      const end = text.lastIndexOf('\n') + 1;
      if (end <= scanned) return;
      const lines = text.slice(scanned, end);
      scanned = end;
      if (!votesIn(lines).some((v) => v.validator === validator && v.type === type && v.height >= minHeight)) return;
      node.child.stderr!.off('data', check);
      const kill = () => {
        node.child.kill('SIGKILL');
        resolve();
      };
      if (delayMs === 0) kill();
      else setTimeout(kill, delayMs);
    };
    node.child.stderr!.on('data', check);
    void node.exited.then((code) => reject(new Error(`the node exited (${code}) before its ${type} at height ≥ ${minHeight}`)));
    check();
  });
  await node.exited;
}

/** Waits until one of `nodes` has logged a vote of `validator` at `height` or above; returns the highest such height. */
async function someoneReceivesVoteAtOrAbove(nodes: NodeProcess[], validator: string, height: bigint): Promise<bigint> {
  for (;;) {
    const heights = nodes.flatMap((n) => votesIn(n.output())).filter((v) => v.validator === validator).map((v) => v.height);
    if (heights.length > 0 && max(heights) >= height) return max(heights);
    await sleep(200);
  }
}

describe('BFT consensus with validator processes killed', () => {
  it('stops without forking while 2 of 4 validators are down, and commits again when one of them returns', async () => {
    const net = await createLocalnet({ dir: tempDir('attrib-bft-faults-'), validators: 4, nodes: 4, basePort: 0 });
    const procs = await Promise.all(net.map((n) => startConfiguredNode(n.home)));
    const clients = procs.map((p) => new AttribClient(p.rpcUrl));
    const open = [...clients];
    try {
      await allReach(clients, 3n);
      procs[2]!.child.kill('SIGKILL');
      procs[3]!.child.kill('SIGKILL');
      await Promise.all([procs[2]!.exited, procs[3]!.exited]);
      const survivors = clients.slice(0, 2);
      const atKill = max(await Promise.all(survivors.map(heightOf)));
      // From here the killed validators send nothing more, and any block needs precommits of
      // 3 of the 4, so of at least one killed validator: every height decided from now on is
      // one they precommitted before dying. Such a height is at most atKill + 1: a validator
      // precommits height h only from within h, after a +2/3 of prevotes for it, so after at
      // least one survivor has entered h, i.e. committed h − 1 — which is ≤ atKill. That one
      // height may well be decided now (the killed validators' precommits still in flight or
      // already received, the decision not yet committed); none after it can be.
      const limit = atKill + 1n;
      const watchUntil = Date.now() + 10_000; // 100 blocks at 100 ms; past round 0's and round 1's propose (3 s, 3.5 s) and vote (1 s, 1.5 s) timeouts
      while (Date.now() < watchUntil) {
        const statuses = await Promise.all(survivors.map((c) => c.status()));
        for (const s of statuses) {
          expect(BigInt(s.height), 'a survivor committed a block without a quorum').toBeLessThanOrEqual(limit);
          expect(BigInt(s.consensus!.height)).toBeLessThanOrEqual(limit + 1n);
        }
        await sleep(250);
      }
      const stalled = await Promise.all(survivors.map((c) => c.status()));
      const stalledHeights = stalled.map((s) => BigInt(s.height));
      for (const h of stalledHeights) expect(h).toBeLessThanOrEqual(limit);
      await expectSameBlocks(survivors, 1n, min(stalledHeights)); // no fork between the two

      const back = await startConfiguredNode(net[2]!.home);
      const backClient = new AttribClient(back.rpcUrl);
      open.push(backClient);
      const three = [...survivors, backClient];
      const target = max(stalledHeights) + 4n; // 3 of 4 equal stakes are more than 2/3, without the one still down
      await allReach(three, target);
      await expectSameBlocks(three, 1n, target);
      expect((await survivors[0]!.getBlock({ height: target })).last_commit!.signatures.length).toBeGreaterThanOrEqual(3);
      const after = await Promise.all(three.map((c) => c.status()));
      for (const s of after) expect(BigInt(s.consensus!.height)).toBeGreaterThanOrEqual(target);
      for (const [i, s] of stalled.entries()) expect(BigInt(after[i]!.consensus!.height)).toBeGreaterThan(BigInt(s.consensus!.height));
    } finally {
      await Promise.all(open.map((c) => c.close()));
    }
  }, 180_000);

  it('a validator SIGKILLed around its votes and restarted on its home never signs two different votes', async () => {
    const net = await createLocalnet({ dir: tempDir('attrib-bft-faults-'), validators: 4, nodes: 4, basePort: 0 });
    const debug = ['--log-level', 'debug'];
    const others = await Promise.all(net.slice(0, 3).map((n) => startConfiguredNode(n.home, {}, debug)));
    const home = net[3]!.home;
    const runs: NodeProcess[] = [await startConfiguredNode(home, {}, debug)];
    const me = logPrefixOfValidator(home);
    expect(new Set(net.map((n) => logPrefixOfValidator(n.home))).size).toBe(4); // the abbreviation tells the 4 apart

    // Kill moments: right when it has prevoted, a little and a good while later, right when it
    // has precommitted. The first two with the other 3 validators running (they go on without it,
    // it restarts behind and catches up by block sync); the others with one of those 3 stopped,
    // so the network needs its vote and waits, at the height it was killed in, for it to restart
    // and replay its WAL there.
    const kills: { type: 'prevote' | 'precommit'; delayMs: number; needed: boolean }[] = [
      { type: 'prevote', delayMs: 0, needed: false },
      { type: 'prevote', delayMs: 150, needed: false },
      { type: 'prevote', delayMs: 0, needed: true },
      { type: 'prevote', delayMs: 20, needed: true },
      { type: 'precommit', delayMs: 0, needed: true },
    ];
    const running = (n: NodeProcess) => n.child.exitCode === null && n.child.signalCode === null;
    let from = 3n;
    for (const k of kills) {
      if (k.needed && running(others[2]!)) {
        others[2]!.child.kill('SIGKILL');
        await others[2]!.exited;
      }
      const run = runs.at(-1)!;
      await killAfterOwnVote(run, me, k.type, from, k.delayMs);
      const restarted = await startConfiguredNode(home, {}, debug);
      runs.push(restarted);
      // A validator signs only at the height after its last committed block, so everything this one
      // signed before the kill is at most one above the head it restarts with (logged as it opens
      // its chain, before it serves RPC): a vote of it the others receive at head + 2 or above was
      // signed after this restart.
      const head = BigInt(/chain opened .*height=(\d+)/.exec(restarted.output())![1]!);
      from = (await someoneReceivesVoteAtOrAbove(others.filter(running), me, head + 2n)) + 1n;
    }

    const received = others.flatMap((n) => votesIn(n.output())).filter((v) => v.validator === me);
    const own = runs.flatMap((n) => votesIn(n.output())).filter((v) => v.validator === me);
    const blocks = new Map<string, Set<string>>();
    for (const v of [...received, ...own]) {
      const key = `height ${v.height} round ${v.round} ${v.type}`;
      blocks.set(key, (blocks.get(key) ?? new Set()).add(v.block));
    }
    const conflicts = [...blocks].filter(([, b]) => b.size > 1).map(([key, b]) => `${key}: ${[...b].join(', ')}`);
    expect(conflicts, 'votes of the restarted validator for one (height, round, type) with different blocks').toEqual([]);
    expect(received.length).toBeGreaterThan(0);
    for (const n of [...others, ...runs]) expect(n.output()).not.toContain(EQUIVOCATION);

    const paths = homePaths(home);
    expect(existsSync(paths.consensusWal)).toBe(true);
    expect(existsSync(paths.signState)).toBe(true);
    // The guard's file is written before each signature is handed out: it is at least at the highest vote received.
    const signState = JSON.parse(readFileSync(paths.signState, 'utf8')) as { height: string };
    expect(BigInt(signState.height)).toBeGreaterThanOrEqual(max(received.map((v) => v.height)));
    // The restarts went through the WAL: killed within a height, it resumed that height from its
    // records (each restart does unless the height got committed between its vote and the kill).
    expect(runs.slice(1).filter((r) => r.output().includes('replayed the consensus WAL')).length).toBeGreaterThan(0);
  }, 240_000);
});
