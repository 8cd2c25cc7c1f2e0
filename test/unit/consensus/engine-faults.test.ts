/**
 * The production consensus engine against the faults of the audit's
 * findings 3 and 4, one at a time, on virtual time (test/support/sim-fakes.ts):
 * - a build that fails or never answers: the round times out and a later
 *   one decides (the engine used to await the build before scheduling the
 *   propose timeout, so a throw stopped it for good);
 * - an IO step (sign state, commit) that fails: retried with backoff and the
 *   engine goes on; one that keeps failing: the engine stops and says so
 *   once (it used to log "consensus step failed" and stall while RPC went on);
 * - a proposal whose body a relay swapped under its genuine signature,
 *   arriving first: rejected, and the genuine copy after it is prevoted (the
 *   swapped copy used to take the round's slot, and the node prevoted nil).
 */
import { describe, expect, it } from 'vitest';
import { blockHash, proposalSignBytes } from '../../../src/codec/hashes.js';
import { VoteType, type Block, type Commit, type ConsensusMessage, type Validator } from '../../../src/codec/types.js';
import { ConsensusEngine, IO_ATTEMPTS, type ConsensusApp, type EngineOptions, type Executed } from '../../../src/consensus/engine.js';
import { ConsensusError } from '../../../src/consensus/errors.js';
import { ProposerSchedule } from '../../../src/consensus/proposer.js';
import type { SignState } from '../../../src/consensus/sign-guard.js';
import { proposalContent, proposalMessage } from '../../../src/consensus/wire.js';
import { bytesEqual, utf8 } from '../../../src/crypto/bytes.js';
import { sha256 } from '../../../src/crypto/hash.js';
import { createLogger } from '../../../src/node/log.js';
import { makeBlock, SIM_CHAIN_ID, SIM_TIMEOUTS } from '../../support/consensus-sim.js';
import { Agenda, fakeSign, fakeVerify, MemorySignState, MemoryWal } from '../../support/sim-fakes.js';

const keys = [0, 1, 2, 3].map((i) => sha256(utf8(`engine fault validator ${i}`)));
const setOf = (n: number): Validator[] => keys.slice(0, n).map((k) => ({ operator: k.subarray(0, 20), consensusKey: k, power: 10n }));

/** A chain of stub blocks whose build answers as `build` says, per round asked. */
class StubApp implements ConsensusApp<Executed> {
  readonly commits: Commit[] = [];
  builds = 0;
  commitFailures = 0;

  constructor(
    private readonly key: Uint8Array,
    private readonly validators: Validator[],
    private readonly build_: (attempt: number) => 'fail' | 'hang' | 'ok' = () => 'ok',
  ) {}

  headHeight(): bigint {
    return BigInt(this.commits.length);
  }

  validatorSet() {
    return Promise.resolve({ validators: this.validators, since: 1n });
  }

  build(): Promise<Executed> {
    const how = this.build_(this.builds++);
    if (how === 'fail') return Promise.reject(new Error('building failed'));
    if (how === 'hang') return new Promise<Executed>(() => undefined);
    return Promise.resolve(makeBlock(this.headHeight() + 1n, new Uint8Array(0), this.key, `block ${this.builds}`));
  }

  validate(block: Block): Promise<Executed> {
    return Promise.resolve({ block, hash: blockHash(block.header!) });
  }

  commit(_executed: Executed, commit: Commit): Promise<void> {
    if (this.commitFailures > 0) {
      this.commitFailures--;
      return Promise.reject(new Error('EIO: the disk is failing'));
    }
    this.commits.push(commit);
    return Promise.resolve();
  }

  hasTxs(): boolean {
    return true;
  }
}

interface Harness {
  agenda: Agenda;
  engine: ConsensusEngine<Executed>;
  app: StubApp;
  sent: ConsensusMessage[];
  logs: string[];
  fatal: ConsensusError[];
}

function harness(me: number, app: StubApp, signState = new MemorySignState(), over: Partial<EngineOptions> = {}): Harness {
  const agenda = new Agenda();
  const sent: ConsensusMessage[] = [];
  const logs: string[] = [];
  const fatal: ConsensusError[] = [];
  const key = keys[me]!;
  const engine = new ConsensusEngine<Executed>(app, {
    chainId: SIM_CHAIN_ID,
    publicKey: key,
    sign: (message) => fakeSign(key, message),
    verify: fakeVerify,
    storage: { signState, openWal: () => ({ log: new MemoryWal(), truncated: 0 }) },
    clock: agenda,
    timeouts: SIM_TIMEOUTS,
    blockTimeMs: 10,
    emptyBlocks: true,
    publish: (m) => sent.push(m),
    onFatal: (e) => fatal.push(e),
    log: createLogger('info', 'engine', (line) => logs.push(line)),
    ...over,
  });
  return { agenda, engine, app, sent, logs, fatal };
}

/** Runs the agenda (and the engine's promise chains between its steps) until `done`, or up to `ms` of virtual time. */
async function runFor(h: Harness, ms: number, done: () => boolean = () => false): Promise<void> {
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  await settle();
  while (!done() && h.agenda.step(ms)) await settle();
}

/** A sign state whose saves fail `failures` times (as a disk out of descriptors would), then work. */
class FailingSignState extends MemorySignState {
  constructor(public failures: number) {
    super();
  }

  override save(state: SignState): void {
    if (this.failures > 0) {
      this.failures--;
      throw Object.assign(new Error("EMFILE: too many open files, open 'sign_state.json.tmp'"), { code: 'EMFILE' });
    }
    super.save(state);
  }
}

describe('the consensus engine under its own faults', () => {
  it('a build that fails, then one that never answers, leave their rounds to time out; a later round decides', async () => {
    const set = setOf(1);
    const app = new StubApp(keys[0]!, set, (attempt) => (attempt === 0 ? 'fail' : attempt === 1 ? 'hang' : 'ok'));
    const h = harness(0, app);
    await h.engine.start();
    await runFor(h, 60_000, () => app.commits.length >= 1);
    expect(app.commits).toHaveLength(1);
    expect(app.commits[0]!.round).toBe(2);
    expect(h.logs.filter((l) => l.includes('building a block failed'))).toHaveLength(1);
    await h.engine.stop();
  });

  it('retries a sign state that fails to save, and goes on once it saves', async () => {
    const set = setOf(1);
    const app = new StubApp(keys[0]!, set);
    const h = harness(0, app, new FailingSignState(IO_ATTEMPTS - 1));
    await h.engine.start();
    await runFor(h, 60_000, () => app.commits.length >= 3);
    expect(app.commits).toHaveLength(3);
    expect(h.logs.filter((l) => l.includes('a consensus IO step failed; retrying'))).toHaveLength(IO_ATTEMPTS - 1);
    expect(h.fatal).toEqual([]);
    await h.engine.stop();
  });

  it('stops and reports once when the sign state keeps failing, and when a commit keeps failing', async () => {
    for (const broken of ['sign state', 'commit'] as const) {
      const set = setOf(1);
      const app = new StubApp(keys[0]!, set);
      if (broken === 'commit') app.commitFailures = Infinity;
      const h = harness(0, app, broken === 'sign state' ? new FailingSignState(Infinity) : new MemorySignState());
      await h.engine.start();
      await runFor(h, 120_000);
      expect(h.fatal.map((e) => e.code), broken).toEqual(['IO_FAILED']);
      expect(app.commits, broken).toEqual([]);
      const sent = h.sent.length;
      await runFor(h, 240_000);
      expect(h.sent.length, `${broken}: nothing is sent once it has stopped`).toBe(sent);
      await h.engine.stop();
    }
  });

  it('rejects a proposal whose body a relay swapped, which arrived first, and prevotes the genuine one after it', async () => {
    const set = setOf(4);
    const schedule = new ProposerSchedule(set);
    const proposer = schedule.proposer(1n, 0);
    const me = keys.findIndex((k) => !bytesEqual(k, proposer));
    const app = new StubApp(keys[me]!, set);
    const h = harness(me, app);
    await h.engine.start();
    await runFor(h, 50); // enters height 1 after its block time
    const genuine = makeBlock(1n, new Uint8Array(0), proposer, 'the proposal');
    const p = { height: 1n, round: 0, polRound: -1, blockHash: genuine.hash, block: genuine.block, proposer, signature: new Uint8Array(0) };
    const signed = proposalMessage(SIM_CHAIN_ID, p, fakeSign(proposer, proposalSignBytes(proposalContent(SIM_CHAIN_ID, p))));
    if (signed.message !== 'proposal') throw new Error('unreachable');
    const swapped: ConsensusMessage = { message: 'proposal', proposal: { ...signed.proposal, block: { ...genuine.block, txs: [utf8('swapped in')] } } };
    expect(() => h.engine.offer(swapped, 100)).toThrow(ConsensusError);
    expect(h.engine.offer(signed, 100)).toBe('accept');
    await runFor(h, 100);
    const prevotes = h.sent.filter((m) => m.message === 'vote' && m.vote.vote!.type === VoteType.PREVOTE);
    expect(prevotes.map((m) => (m.message === 'vote' ? bytesEqual(m.vote.vote!.blockHash, genuine.hash) : false))).toEqual([true]);
    expect(h.logs.filter((l) => l.includes('proposal is invalid'))).toEqual([]);
    await h.engine.stop();
  });
});
