import { describe, expect, it } from 'vitest';
import { ProposalSize } from '../../../src/node/proposal-size.js';

describe('ProposalSize', () => {
  it('allows 1 000 txs until a build was measured, then what the measured rate executes in a third of the propose timeout', () => {
    const size = new ProposalSize(20_000);
    expect(size.cap(3000)).toBe(1000);
    expect(new ProposalSize(500).cap(3000)).toBe(500);
    size.measured(4000, 2000); // 2 txs/ms
    expect(size.cap(3000)).toBe(2000);
    expect(size.cap(6000)).toBe(4000);
  });

  it('stays between 100 txs and the maximum, and ignores builds too small to measure', () => {
    const size = new ProposalSize(20_000);
    size.measured(1000, 1); // 1000 txs/ms
    expect(size.cap(3000)).toBe(20_000);
    size.measured(100, 10_000); // 0.01 txs/ms
    expect(size.cap(3000)).toBe(100);
    size.measured(10, 1); // too few txs: the last rate stands
    expect(size.cap(3000)).toBe(100);
  });
});
