/** The consensus machine's rules one at a time, with hand-fed events (the simulation covers them together). */
import { describe, expect, it } from 'vitest';
import { ConsensusMachine } from '../../../src/consensus/machine.js';
import { ProposerSchedule } from '../../../src/consensus/proposer.js';
import type { ConsensusAction, Timeouts } from '../../../src/consensus/types.js';
import { VoteType, type Validator } from '../../../src/codec/types.js';
import { utf8 } from '../../../src/crypto/bytes.js';
import { sha256 } from '../../../src/crypto/hash.js';

const TIMEOUTS: Timeouts = { timeoutProposeMs: 300, timeoutProposeDeltaMs: 100, timeoutVoteMs: 100, timeoutVoteDeltaMs: 50 };
const key = (n: number) => sha256(utf8(`validator ${n}`));
const validators = (n: number): Validator[] => Array.from({ length: n }, (_, i) => ({ operator: new Uint8Array(20), consensusKey: key(i), power: 10n }));
const hash = (label: string) => sha256(utf8(label));
const NIL = new Uint8Array(0);

/** What the machine does, without the `record`s it asks the driver to log (tested on their own below). */
const effects = (actions: ConsensusAction<string>[]) => actions.filter((a) => a.kind !== 'record');
const kinds = (actions: ConsensusAction<string>[]) => effects(actions).map((a) => a.kind);

function vote(from: Uint8Array, round: number, type: number, blockHash: Uint8Array, height = 1n) {
  return { kind: 'vote' as const, vote: { vote: { chainId: 'test', height, round, type, blockHash }, validator: from, signature: utf8(`sig ${round}`) } };
}

/** A machine of 4 validators that is not the proposer of (1, round 0). */
function follower(): { m: ConsensusMachine<string>; set: Validator[]; schedule: ProposerSchedule; me: Uint8Array; proposer: (round: number) => Uint8Array } {
  const set = validators(4);
  const schedule = new ProposerSchedule(set);
  const me = set.map((v) => v.consensusKey).find((k) => k !== schedule.proposer(1n, 0) && k !== schedule.proposer(1n, 1))!;
  const m = new ConsensusMachine<string>({ chainId: 'test', me, timeouts: TIMEOUTS });
  m.startHeight(1n, set, schedule);
  return { m, set, schedule, me, proposer: (round) => schedule.proposer(1n, round) };
}

function proposal(proposer: Uint8Array, round: number, label: string, polRound = -1) {
  return { kind: 'proposal' as const, proposal: { height: 1n, round, polRound, blockHash: hash(label), block: label, proposer, signature: utf8(`proposal sig ${round}`) } };
}

describe('ConsensusMachine', () => {
  it('with one validator: builds, proposes, votes and decides with a 1-of-1 commit', () => {
    const set = validators(1);
    const me = set[0]!.consensusKey;
    const m = new ConsensusMachine<string>({ chainId: 'test', me, timeouts: TIMEOUTS });
    expect(kinds(m.startHeight(1n, set, new ProposerSchedule(set)))).toEqual(['schedule', 'build']);
    const afterBuild = m.handle({ kind: 'built', height: 1n, round: 0, block: 'b1', blockHash: hash('b1') });
    expect(kinds(afterBuild)).toEqual(['propose', 'vote']);
    const prevote = afterBuild[1]!;
    expect(prevote.kind === 'vote' && prevote.vote.type).toBe(VoteType.PREVOTE);
    const afterPrevote = m.handle(vote(me, 0, VoteType.PREVOTE, hash('b1')));
    expect(kinds(afterPrevote)).toEqual(['schedule', 'vote']); // prevote timeout once, then the precommit
    const decided = m.handle(vote(me, 0, VoteType.PRECOMMIT, hash('b1')));
    expect(decided).toEqual([
      {
        kind: 'decide',
        height: 1n,
        block: 'b1',
        commit: { height: 1n, round: 0, blockHash: hash('b1'), signatures: [{ validator: me, signature: utf8('sig 0') }] },
      },
    ]);
    expect(m.decided).toBe(true);
    expect(m.handle(vote(me, 0, VoteType.PRECOMMIT, hash('b1')))).toEqual([]);
  });

  it('prevotes a proposal only once it is validated, and nil for an invalid one', () => {
    const { m, proposer } = follower();
    expect(kinds(m.handle(proposal(proposer(0), 0, 'b1')))).toEqual(['validate']);
    expect(m.step).toBe('propose');
    const prevote = m.handle({ kind: 'validated', height: 1n, round: 0, blockHash: hash('b1'), valid: false });
    expect(effects(prevote)).toEqual([{ kind: 'vote', vote: { chainId: 'test', height: 1n, round: 0, type: VoteType.PREVOTE, blockHash: NIL } }]);
  });

  it('ignores proposals from anyone but the round proposer, and a second proposal of a round', () => {
    const { m, proposer, me } = follower();
    expect(m.handle(proposal(me, 0, 'mine'))).toEqual([]);
    expect(kinds(m.handle(proposal(proposer(0), 0, 'b1')))).toEqual(['validate']);
    expect(m.handle(proposal(proposer(0), 0, 'b2'))).toEqual([]);
  });

  it('locks on a polka, then refuses other values until a later polka, and prevotes a re-proposal carrying its POL', () => {
    const { m, set, proposer } = follower();
    const [a, b, c, d] = set.map((v) => v.consensusKey);
    m.handle(proposal(proposer(0), 0, 'v'));
    m.handle({ kind: 'validated', height: 1n, round: 0, blockHash: hash('v'), valid: true });
    for (const k of [a, b, c]) m.handle(vote(k!, 0, VoteType.PREVOTE, hash('v')));
    expect(m.lockedRound).toBe(0);
    expect(m.validRound).toBe(0);
    // Round 1: a fresh value without POL gets a nil prevote from the locked validator.
    m.handle({ kind: 'timeout', step: 'precommit', height: 1n, round: 0 });
    expect(m.round).toBe(1);
    m.handle(proposal(proposer(1), 1, 'w'));
    const nil = m.handle({ kind: 'validated', height: 1n, round: 1, blockHash: hash('w'), valid: true });
    expect(effects(nil)).toEqual([{ kind: 'vote', vote: { chainId: 'test', height: 1n, round: 1, type: VoteType.PREVOTE, blockHash: NIL } }]);
    // Round 2: v re-proposed with POL round 0 is prevoted.
    for (const k of [a, b, c, d]) m.handle(vote(k!, 1, VoteType.PRECOMMIT, NIL));
    m.handle({ kind: 'timeout', step: 'precommit', height: 1n, round: 1 });
    expect(m.round).toBe(2);
    m.handle(proposal(proposer(2), 2, 'v', 0));
    const yes = m.handle({ kind: 'validated', height: 1n, round: 2, blockHash: hash('v'), valid: true });
    expect(effects(yes)).toEqual([{ kind: 'vote', vote: { chainId: 'test', height: 1n, round: 2, type: VoteType.PREVOTE, blockHash: hash('v') } }]);
  });

  it('acts on a timeout only in the (height, round, step) it was scheduled for', () => {
    const { m } = follower();
    expect(m.handle({ kind: 'timeout', step: 'propose', height: 1n, round: 1 })).toEqual([]);
    expect(m.handle({ kind: 'timeout', step: 'prevote', height: 1n, round: 0 })).toEqual([]);
    expect(m.handle({ kind: 'timeout', step: 'propose', height: 2n, round: 0 })).toEqual([]);
    expect(kinds(m.handle({ kind: 'timeout', step: 'propose', height: 1n, round: 0 }))).toEqual(['vote']);
    expect(m.handle({ kind: 'timeout', step: 'propose', height: 1n, round: 0 })).toEqual([]);
  });

  it('reports two different votes of one validator for a round, and ignores an exact repeat', () => {
    const { m, set } = follower();
    const a = set[0]!.consensusKey;
    expect(kinds(m.handle(vote(a, 0, VoteType.PREVOTE, hash('v'))))).toEqual([]);
    expect(m.handle(vote(a, 0, VoteType.PREVOTE, hash('v')))).toEqual([]);
    const reported = m.handle(vote(a, 0, VoteType.PREVOTE, hash('w')));
    expect(kinds(reported)).toEqual(['equivocation']);
  });

  it('ignores votes from outside the set, of another height or chain', () => {
    const { m } = follower();
    expect(m.handle(vote(key(99), 0, VoteType.PREVOTE, hash('v')))).toEqual([]);
    expect(m.handle(vote(key(0), 0, VoteType.PREVOTE, hash('v'), 2n))).toEqual([]);
    const other = vote(key(0), 0, VoteType.PREVOTE, hash('v'));
    other.vote.vote.chainId = 'other';
    expect(m.handle(other)).toEqual([]);
  });

  it('jumps to a later round once validators with more than 1/3 of the power are in it', () => {
    const { m, set } = follower();
    const [a, b] = set.map((v) => v.consensusKey);
    m.handle(vote(a!, 5, VoteType.PREVOTE, NIL));
    expect(m.round).toBe(0); // 10 of 40: not more than 1/3
    const actions = m.handle(vote(b!, 5, VoteType.PREVOTE, NIL));
    expect(m.round).toBe(5);
    expect(actions).toContainEqual({ kind: 'schedule', step: 'propose', height: 1n, round: 5, ms: 300 + 5 * 100 });
  });

  it('decides on +2/3 precommits for a valid proposal of an earlier round, whatever its own step', () => {
    const { m, set, proposer } = follower();
    const [a, b, c] = set.map((v) => v.consensusKey);
    m.handle(proposal(proposer(0), 0, 'v'));
    m.handle({ kind: 'timeout', step: 'propose', height: 1n, round: 0 }); // prevoted nil before validating
    for (const k of [a, b, c]) m.handle(vote(k!, 0, VoteType.PRECOMMIT, hash('v')));
    expect(m.decided).toBe(false); // not validated yet
    const decided = m.handle({ kind: 'validated', height: 1n, round: 0, blockHash: hash('v'), valid: true });
    expect(kinds(decided)).toEqual(['decide']);
    const d = effects(decided)[0]!;
    expect(d.kind === 'decide' && d.commit.signatures.length).toBe(3);
  });
});
