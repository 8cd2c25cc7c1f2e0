/**
 * The audit's finding 2, as an attack on the production engine
 * (test/support/consensus-sim.ts): one Byzantine validator of four signs
 * 100 000 distinct votes and 1 000 proposals of 256 KiB for one height,
 * rounds near and far. Every honest engine keeps, logs and sends within the
 * bounds of docs/consensus.md "Bounds" — counts and bytes, measured all
 * along — and the chain keeps committing. (On bfe9140 one validator's 3 000
 * votes were all kept and 6 000 messages re-sent in a second, and 50
 * proposals of 1 MiB grew the WAL by 50 MiB.)
 */
import { describe, expect, it } from 'vitest';
import { PROPOSALS_PER_SIGNER, VOTES_PER_SIGNER } from '../../../src/consensus/message-buffer.js';
import { Simulation } from '../../support/consensus-sim.js';

const N = 4;
const PROPOSAL_BYTES = 256 * 1024;
/** Bytes of a logged vote and of one quorum signature, with framing, rounded up. */
const VOTE_RECORD = 200;
const QUORUM_SIGNATURE = 120;

describe('a flood from one validator', () => {
  it('100 000 distinct votes and 1 000 large proposals for one height stay within every bound, and the chain commits on', async () => {
    const sim = new Simulation({
      seed: 17,
      validators: N,
      byzantine: ['flood'],
      heights: 40,
      gstMs: 0,
      dropRate: 0,
      duplicateRate: 0,
      maxDelayMs: 20,
      boundMs: 20,
      settleMs: 300_000,
      tamperRelay: false,
      crashing: 0,
      slow: 0,
      blockTimeMs: 1000, // heights a second apart, as on a real chain: what is sent per second is then the re-sending and one height's votes
      flood: { votes: 100_000, proposals: 1_000, proposalBytes: PROPOSAL_BYTES, height: 2n },
    });
    const outcome = await sim.run(); // throws if a height is not committed, or a bound is broken at any sample
    expect(outcome.decided).toHaveLength(40);
    expect(outcome.flooded).toBe(101_000);
    const p = outcome.peaks;
    const rounds = p.rounds + 2; // every round up to the highest reached, and the one after it
    // Votes: at most two per validator and (round, type); far rounds: one per validator.
    expect(p.votes).toBeLessThanOrEqual(2 * 2 * N * rounds);
    expect(p.farVotes).toBeLessThanOrEqual(N);
    expect(p.proposals).toBeLessThanOrEqual(rounds);
    // Messages of heights not entered yet: per signer VOTES_PER_SIGNER votes and PROPOSALS_PER_SIGNER proposal.
    expect(p.buffered).toBeLessThanOrEqual(N * (VOTES_PER_SIGNER + PROPOSALS_PER_SIGNER));
    expect(p.bufferedBytes).toBeLessThanOrEqual(N * (PROPOSALS_PER_SIGNER * (PROPOSAL_BYTES + 1024) + VOTES_PER_SIGNER * VOTE_RECORD));
    // WAL per round: one proposal, two votes per validator and type, one quorum per type, timeouts and verdicts.
    expect(p.walBytes).toBeLessThanOrEqual(rounds * (PROPOSAL_BYTES + 1024 + 2 * 2 * N * VOTE_RECORD + 2 * N * QUORUM_SIGNATURE + 512));
    // Sent in any second: the re-sending's 2n + 5, and its own proposal and votes of the (at most two) heights in it.
    expect(p.sentPerSecond).toBeLessThanOrEqual(2 * N + 5 + 2 * 3);
    // Proposals from a validator that does not propose their round cost their forwarder; far-round ones are only "heard".
    expect(outcome.rejected).toBeGreaterThan(0);
  }, 120_000);
});
