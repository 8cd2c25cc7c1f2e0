/** PeerPenalties with a controlled clock: three strikes within the window ban a peer for BAN_MS, then it may come back. */
import { describe, expect, it } from 'vitest';
import { BAN_MS, PeerPenalties, STRIKES, WINDOW_MS } from '../../../src/p2p/penalties.js';

describe('PeerPenalties', () => {
  it('bans on the STRIKES-th invalid message within the window, for BAN_MS, and forgets old strikes', () => {
    let now = 0;
    const p = new PeerPenalties(() => now);
    for (let i = 1; i < STRIKES; i++) expect(p.strike('a')).toBe(false);
    now += WINDOW_MS + 1; // the earlier strikes have expired
    expect(p.strike('a')).toBe(false);
    expect(p.isBanned('a')).toBe(false);
    for (let i = 1; i < STRIKES - 1; i++) expect(p.strike('a')).toBe(false);
    expect(p.strike('a')).toBe(true);
    expect(p.isBanned('a')).toBe(true);
    expect(p.isBanned('b')).toBe(false);
    expect(p.strike('a')).toBe(false); // already banned: reported once
    now += BAN_MS;
    expect(p.isBanned('a')).toBe(false);
  });
});
