/**
 * The consensus engine against a stub application (consensus behind its
 * application interface), with real WAL and sign-state files in temp dirs:
 * 4 validators over an in-memory network that delays messages; one of them
 * is killed again and again at the moment it sends a signed message (after
 * the WAL sync, before the send — nothing after that point runs), and
 * restarted on the same files. Checked: every validator commits the same
 * blocks, and no validator ever sends two different signed messages for one
 * (height, round, step), across all its restarts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consensusMessageCodec } from '../../src/codec/codecs.js';
import { blockHash } from '../../src/codec/hashes.js';
import { VoteType, type Block, type Commit, type ConsensusMessage, type Validator } from '../../src/codec/types.js';
import { systemClock } from '../../src/consensus/clock.js';
import { ConsensusEngine, type ConsensusApp, type Executed } from '../../src/consensus/engine.js';
import { RecordLog } from '../../src/consensus/record-log.js';
import { FileSignState } from '../../src/consensus/sign-guard.js';
import { signedStepOf } from '../../src/consensus/wire.js';
import { toHex, utf8 } from '../../src/crypto/bytes.js';
import { keyPairFromSeed, sign, verify, type KeyPair } from '../../src/crypto/ed25519.js';
import { merkleRoot } from '../../src/crypto/merkle.js';
import { sha256 } from '../../src/crypto/hash.js';
import { createLogger } from '../../src/node/log.js';
import { seededRandom } from '../support/text-corpus.js';
import { tempDir } from '../support/tmp.js';

const CHAIN_ID = 'engine-test';
const TIMEOUTS = { timeoutProposeMs: 300, timeoutProposeDeltaMs: 100, timeoutVoteMs: 150, timeoutVoteDeltaMs: 50 };

/** Thrown out of `publish` where the process would have died: nothing after it runs. */
class Crashed extends Error {
  constructor() {
    super('killed here by the test');
  }
}

/** A chain that only stores blocks: every block for the next height is valid. */
class StubChain {
  readonly blocks: Executed[] = [];

  constructor(
    private readonly key: KeyPair,
    private readonly validators: Validator[],
  ) {}

  app(isDead: () => boolean): ConsensusApp<Executed> {
    const never = new Promise<never>(() => undefined);
    return {
      headHeight: () => BigInt(this.blocks.length),
      validatorSet: async () => ({ validators: this.validators, since: 1n }),
      build: async () => (isDead() ? never : this.make()),
      validate: async (block) => {
        if (isDead()) return never;
        if (block.header!.height !== BigInt(this.blocks.length + 1)) throw new Error('not the next height');
        return { block, hash: blockHash(block.header!) };
      },
      commit: async (executed: Executed, _commit: Commit) => {
        if (isDead()) return never;
        this.add(executed);
      },
      hasTxs: () => true,
    };
  }

  add(executed: Executed): void {
    if (executed.block.header!.height === BigInt(this.blocks.length + 1)) this.blocks.push(executed);
  }

  private make(): Executed {
    const height = BigInt(this.blocks.length + 1);
    const header = {
      chainId: CHAIN_ID,
      height,
      timeMs: BigInt(Date.now()),
      prevHash: this.blocks.at(-1)?.hash ?? new Uint8Array(0),
      txRoot: merkleRoot([]),
      stateRoot: sha256(utf8(`state of ${toHex(this.key.publicKey)} at ${height}`)),
      payoutRoot: new Uint8Array(32),
      proposer: this.key.publicKey,
      validatorsHash: new Uint8Array(32),
      lastCommitHash: new Uint8Array(0),
    };
    const block: Block = { header, txs: [], lastCommit: null };
    return { block, hash: blockHash(header) };
  }
}

interface Member {
  key: KeyPair;
  chain: StubChain;
  dir: string;
  engine: ConsensusEngine<Executed>;
  dead: boolean;
  sent: number;
}

describe('ConsensusEngine with a stub application', () => {
  it('validators killed at the moment they send a signed message restart from their WAL and never sign two different messages for one step', async () => {
    const random = seededRandom(42);
    const keys = [0, 1, 2, 3].map((i) => keyPairFromSeed(sha256(utf8(`engine validator ${i}`))));
    const validators = keys.map((k) => ({ operator: k.publicKey.subarray(0, 20), consensusKey: k.publicKey, power: 10n }));
    const logs: string[] = [];
    /** Every signed message each validator sent: (validator, height, round, step) → sign bytes. */
    const sentBytes = new Map<string, string>();
    const conflicts: string[] = [];
    const members: Member[] = [];
    let crashes = 0;
    let finished = false;
    const proposed = new Set<string>();
    const crashedAt = new Set<string>();
    let replays = 0;

    const record = (m: ConsensusMessage) => {
      const s = signedStepOf(m);
      const key = `${toHex(s.signer)}/${s.height}/${s.round}/${s.step}`;
      const before = sentBytes.get(key);
      if (before !== undefined && before !== toHex(s.signBytes)) conflicts.push(key);
      sentBytes.set(key, toHex(s.signBytes));
    };

    const start = (i: number, chain: StubChain, dir: string): Member => {
      const member = { key: keys[i]!, chain, dir, dead: false, sent: 0 } as Member;
      member.engine = new ConsensusEngine<Executed>(chain.app(() => member.dead), {
        chainId: CHAIN_ID,
        publicKey: keys[i]!.publicKey,
        sign: (message) => sign(keys[i]!.seed, message),
        verify,
        storage: { signState: new FileSignState(join(dir, 'sign_state.json')), openWal: () => RecordLog.open(join(dir, 'consensus.wal')) },
        clock: systemClock,
        onFatal: (error) => logs.push(`FATAL ${error.message}`),
        timeouts: TIMEOUTS,
        blockTimeMs: 20,
        emptyBlocks: true,
        publish: (m) => {
          if (member.dead) throw new Crashed();
          member.sent++;
          // Validators 0 and 1 die after the WAL sync, before the send: at every 7th (11th) message they
          // send, and at the first prevote of each round in which they proposed (the window in which a
          // restart that forgot its proposal would propose another block).
          const signed = signedStepOf(m);
          const step = `${i}/${signed.height}/${signed.round}`;
          if (m.message === 'proposal') proposed.add(step);
          const afterProposing = m.message === 'vote' && m.vote.vote!.type === VoteType.PREVOTE && proposed.has(step) && !crashedAt.has(step);
          if (i <= 1 && (afterProposing || member.sent % (i === 0 ? 7 : 11) === 0)) {
            if (afterProposing) crashedAt.add(step);
            member.dead = true;
            crashes++;
            void member.engine.stop();
            setTimeout(() => {
              if (!finished) members[i] = start(i, chain, dir);
            }, 30);
            throw new Crashed();
          }
          record(m);
          const bytes = consensusMessageCodec.encode(m);
          for (const other of members) {
            if (other === member) continue;
            setTimeout(() => {
              if (!other.dead) other.engine.offer(consensusMessageCodec.decode(bytes));
            }, random() % 40);
          }
        },
        log: createLogger('info', `v${i}`, (line) => {
          logs.push(line);
          if (line.includes('replayed the consensus WAL')) replays++;
        }),
      });
      void member.engine.start();
      return member;
    };

    for (const i of [0, 1, 2, 3]) members.push(start(i, new StubChain(keys[i]!, validators), tempDir('attrib-engine-')));
    // Block sync: a validator behind takes the next block from one that has it.
    const sync = setInterval(() => {
      const longest = members.reduce((a, b) => (a.chain.blocks.length >= b.chain.blocks.length ? a : b));
      for (const m of members) {
        const next = longest.chain.blocks[m.chain.blocks.length];
        if (m.dead || next === undefined) continue;
        m.chain.add(next);
        m.engine.committed(next.block.header!.height);
      }
    }, 200);

    const target = 8;
    try {
      for (let waited = 0; members.some((m) => m.chain.blocks.length < target); waited += 50) {
        if (waited > 25_000) throw new Error(`heights ${members.map((m) => m.chain.blocks.length).join(',')} after 25 s:\n${logs.slice(-30).join('\n')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      finished = true;
      clearInterval(sync);
      for (const m of members) m.dead = true;
      await Promise.race([Promise.all(members.map((m) => m.engine.stop())), new Promise((r) => setTimeout(r, 500))]);
    }

    expect(conflicts).toEqual([]);
    expect(crashes).toBeGreaterThanOrEqual(4);
    expect(crashedAt.size).toBeGreaterThan(0);
    expect(replays).toBeGreaterThan(0);
    const hashes = members.map((m) => m.chain.blocks.slice(0, target).map((b) => toHex(b.hash)));
    for (const h of hashes) expect(h).toEqual(hashes[0]);
    expect(logs.filter((l) => l.includes(' ERROR ') && !l.includes('killed here by the test'))).toEqual([]);
  }, 60_000);
});
