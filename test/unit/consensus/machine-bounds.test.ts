/**
 * What one Byzantine validator can make the machine keep, compute and log
 * (docs/consensus.md "Bounds"), each against the attack that found it: a
 * proposal of a far round, floods of distinct votes, equivocation that
 * splits honest locks, and what the WAL is asked to record.
 */
import { describe, expect, it } from 'vitest';
import { ConsensusMachine } from '../../../src/consensus/machine.js';
import { ProposerSchedule } from '../../../src/consensus/proposer.js';
import type { ConsensusAction, Timeouts } from '../../../src/consensus/types.js';
import { VoteType, type Validator } from '../../../src/codec/types.js';
import { utf8 } from '../../../src/crypto/bytes.js';
import { sha256 } from '../../../src/crypto/hash.js';

const TIMEOUTS: Timeouts = { timeoutProposeMs: 300, timeoutProposeDeltaMs: 100, timeoutVoteMs: 100, timeoutVoteDeltaMs: 50 };
const key = (n: number) => sha256(utf8(`validator ${n}`));
const hash = (label: string) => sha256(utf8(label));
const NIL = new Uint8Array(0);
const U32_MAX = 2 ** 32 - 1;

function vote(from: Uint8Array, round: number, type: number, blockHash: Uint8Array) {
  return { kind: 'vote' as const, vote: { vote: { chainId: 'test', height: 1n, round, type, blockHash }, validator: from, signature: utf8(`sig ${round}/${type}`) } };
}

function proposal(proposer: Uint8Array, round: number, label: string, polRound = -1) {
  return { kind: 'proposal' as const, proposal: { height: 1n, round, polRound, blockHash: hash(label), block: label, proposer, signature: utf8('sig') } };
}

/** A schedule that remembers the highest round it was asked for. */
class CountingSchedule extends ProposerSchedule {
  highestRound = 0;
  override proposer(height: bigint, round: number): Uint8Array {
    this.highestRound = Math.max(this.highestRound, round);
    return super.proposer(height, round);
  }
}

/** A machine of `n` validators (power 10 each) that proposes neither round 0 nor round 1. */
function setup(n = 4) {
  const set: Validator[] = Array.from({ length: n }, (_, i) => ({ operator: new Uint8Array(20), consensusKey: key(i), power: 10n }));
  const schedule = new CountingSchedule(set);
  const keys = set.map((v) => v.consensusKey);
  const me = keys.find((k) => k !== schedule.proposer(1n, 0) && k !== schedule.proposer(1n, 1))!;
  const m = new ConsensusMachine<string>({ chainId: 'test', me, timeouts: TIMEOUTS });
  m.startHeight(1n, set, schedule);
  const others = keys.filter((k) => k !== me);
  return { m, schedule, me, others, proposer: (round: number) => schedule.proposer(1n, round) };
}

const records = (actions: ConsensusAction<string>[]) => actions.filter((a) => a.kind === 'record').map((a) => (a.kind === 'record' ? a.event.kind : ''));

describe('ConsensusMachine bounds', () => {
  it('never looks up the proposer of a round beyond its own + 1, however far a signed proposal claims to be', () => {
    const { m, schedule, others } = setup();
    for (const round of [4_000_000, U32_MAX]) {
      expect(m.proposalAdmission(others[0]!, round)).toBe('drop'); // no signature check either
      m.handle(proposal(others[0]!, round, 'far'));
    }
    expect(schedule.highestRound).toBeLessThanOrEqual(1);
    expect(m.kept().proposals).toBe(0);
    expect(m.round).toBe(0);
  });

  it('keeps of rounds beyond its own + 1 only the latest vote of each validator', () => {
    const { m, others } = setup();
    const [a] = others;
    for (let round = 2; round < 1_002; round++) m.handle(vote(a!, round, VoteType.PREVOTE, hash(`x${round}`)));
    expect(m.kept()).toMatchObject({ votes: 0, farVotes: 1 });
    expect(m.voteAdmission(a!, 500, VoteType.PRECOMMIT, NIL)).toBe('drop'); // older than what is kept
    expect(m.voteAdmission(a!, 5_000, VoteType.PRECOMMIT, NIL)).toBe('keep');
  });

  it('keeps at most two votes of a validator per (round, type) and reports its first conflict once', () => {
    const { m, others } = setup();
    const [a] = others;
    const seen: string[] = [];
    for (let i = 0; i < 1_000; i++) {
      const actions = m.handle(vote(a!, 0, VoteType.PREVOTE, hash(`block ${i}`)));
      seen.push(...actions.map((x) => x.kind));
    }
    expect(m.kept().votes).toBe(1);
    expect(seen.filter((k) => k === 'equivocation')).toHaveLength(1);
    expect(m.voteAdmission(a!, 0, VoteType.PREVOTE, hash('block 5'))).toBe('drop'); // no signature check for it
    // A second vote is admitted only for the hash a quorum certified.
    const [, b, c] = others;
    m.handle({ kind: 'quorum', quorum: { height: 1n, round: 0, type: VoteType.PREVOTE, blockHash: hash('v'), votes: [a!, b!, c!].map((k) => vote(k, 0, VoteType.PREVOTE, hash('v')).vote) } });
    expect(m.kept().votes).toBe(4);
    expect(m.voteAdmission(a!, 0, VoteType.PREVOTE, hash('w'))).toBe('drop');
  });

  it("lets a locked validator's polka reach those that kept an equivocator's other vote, so a re-proposal is prevoted", () => {
    // Validators a, b and me are honest; e signed a prevote for v (seen by a, who locked on v) and nil (seen here first).
    const { m, me, others, proposer } = setup();
    const e = others.find((k) => k !== proposer(0) && k !== proposer(1)) ?? others[2]!;
    const honest = others.filter((k) => k !== e);
    m.handle(proposal(proposer(0), 0, 'v'));
    m.handle({ kind: 'validated', height: 1n, round: 0, blockHash: hash('v'), valid: true });
    m.handle(vote(e, 0, VoteType.PREVOTE, NIL));
    m.handle(vote(honest[0]!, 0, VoteType.PREVOTE, hash('v')));
    m.handle(vote(me, 0, VoteType.PREVOTE, hash('v'))); // 20 of 40 for v here: no polka
    expect(m.validRound).toBe(-1);
    // e's prevote for v, re-sent alone, is a conflict: reported, not counted.
    expect(m.voteAdmission(e, 0, VoteType.PREVOTE, hash('v'))).toBe('report');
    // The locked validator's quorum for v, with e's signature in it, is admitted whole.
    const polka = [e, honest[0]!, me].map((k) => vote(k, 0, VoteType.PREVOTE, hash('v')).vote);
    expect(m.quorumAdmission(0, VoteType.PREVOTE, hash('v'))).toBe('keep');
    m.handle({ kind: 'quorum', quorum: { height: 1n, round: 0, type: VoteType.PREVOTE, blockHash: hash('v'), votes: polka } });
    // Round 1's proposer re-proposes v with POL round 0: this validator now has that polka and prevotes v.
    for (const k of [...others, me]) m.handle(vote(k, 0, VoteType.PRECOMMIT, NIL));
    m.handle({ kind: 'timeout', step: 'precommit', height: 1n, round: 0 });
    m.handle(proposal(proposer(1), 1, 'v', 0));
    const actions = m.handle({ kind: 'validated', height: 1n, round: 1, blockHash: hash('v'), valid: true });
    expect(actions).toContainEqual({ kind: 'vote', vote: { chainId: 'test', height: 1n, round: 1, type: VoteType.PREVOTE, blockHash: hash('v') } });
  });

  it('skips to the highest round that more than 1/3 of the power is in, and counts the far votes kept there', () => {
    const { m, others } = setup(7); // 70 power: more than 1/3 is 3 validators
    const [a, b, c] = others;
    m.handle(vote(a!, 9, VoteType.PREVOTE, NIL));
    m.handle(vote(b!, 12, VoteType.PREVOTE, NIL));
    expect(m.round).toBe(0);
    const actions = m.handle(vote(c!, 40, VoteType.PREVOTE, NIL));
    // Validators last heard from in round 9 or later hold 30 of 70: round 9, where a's kept vote now counts.
    expect(m.round).toBe(9);
    expect(records(actions)).toEqual(['round', 'vote']);
    expect(m.kept()).toMatchObject({ votes: 1, farVotes: 2 });
  });

  it('asks the driver to log what changed its state: peer proposals and votes, quorums, timeouts that acted and round skips, not its own votes', () => {
    const { m, me, others, proposer } = setup();
    expect(records(m.handle(proposal(proposer(0), 0, 'v')))).toEqual(['proposal']);
    expect(records(m.handle(vote(others[0]!, 0, VoteType.PREVOTE, hash('v'))))).toEqual(['vote']);
    expect(records(m.handle(vote(others[0]!, 0, VoteType.PREVOTE, hash('v'))))).toEqual([]); // a repeat
    expect(records(m.handle(vote(me, 0, VoteType.PREVOTE, NIL)))).toEqual([]);
    expect(records(m.handle({ kind: 'timeout', step: 'prevote', height: 1n, round: 0 }))).toEqual([]); // stale: still proposing
    expect(records(m.handle({ kind: 'timeout', step: 'propose', height: 1n, round: 0 }))).toEqual(['timeout']);
  });

  it('schedules the propose timeout before it asks for a build, so a build that never answers cannot hold the round', () => {
    const set: Validator[] = [{ operator: new Uint8Array(20), consensusKey: key(0), power: 10n }];
    const m = new ConsensusMachine<string>({ chainId: 'test', me: key(0), timeouts: TIMEOUTS });
    const actions = m.startHeight(1n, set, new ProposerSchedule(set));
    expect(actions.map((a) => a.kind)).toEqual(['schedule', 'build']);
    // The build never answers; the timeout moves the round on, and round 1 builds again.
    m.handle({ kind: 'timeout', step: 'propose', height: 1n, round: 0 });
    m.handle(vote(key(0), 0, VoteType.PREVOTE, NIL));
    m.handle({ kind: 'timeout', step: 'prevote', height: 1n, round: 0 });
    m.handle(vote(key(0), 0, VoteType.PRECOMMIT, NIL));
    const next = m.handle({ kind: 'timeout', step: 'precommit', height: 1n, round: 0 });
    expect(m.round).toBe(1);
    expect(next.map((a) => a.kind)).toEqual(['record', 'schedule', 'build']);
  });
});
