/** PeerScores and the sync server's RequestLimiter with a controlled clock: every bound of docs/p2p.md "Peer scores" and "Block sync". */
import { describe, expect, it } from 'vitest';
import { BAN_MS, MIN_JUDGED, PeerScores, SLOW_MS, STRIKES, TX_WINDOW_MS, WINDOW_MS } from '../../../src/p2p/peer-scores.js';
import { RequestLimiter, SERVE_BURST, SERVE_PER_SECOND } from '../../../src/p2p/sync.js';

describe('PeerScores', () => {
  it('bans on the STRIKES-th strike within the window, for BAN_MS, and forgets old strikes', () => {
    let now = 0;
    const p = new PeerScores(() => now);
    for (let i = 1; i < STRIKES; i++) expect(p.strike('a')).toBe(false);
    expect(p.appScore('a')).toBeLessThan(0);
    now += WINDOW_MS + 1; // the earlier strikes have expired
    expect(p.appScore('a')).toBe(0);
    expect(p.strike('a')).toBe(false);
    for (let i = 1; i < STRIKES - 1; i++) expect(p.strike('a')).toBe(false);
    expect(p.strike('a')).toBe(true);
    expect(p.isBanned('a')).toBe(true);
    expect(p.isBanned('b')).toBe(false);
    expect(p.strike('a')).toBe(false); // already banned: reported once
    now += BAN_MS;
    expect(p.isBanned('a')).toBe(false);
  });

  it('strikes a peer whose txs were mostly useless once enough were judged, and never one whose txs are mostly useful', () => {
    let now = 0;
    const p = new PeerScores(() => now);
    // An honest peer under load: most of its txs are new here, some useless (a nonce used meanwhile).
    for (let i = 0; i < 100; i++) expect(p.txs('honest', 900, 100)).toBe(false);
    expect(p.appScore('honest')).toBe(0);
    // Half useless is not more than half.
    expect(p.txs('even', MIN_JUDGED / 2, MIN_JUDGED / 2)).toBe(false);
    expect(p.appScore('even')).toBe(0);
    // Below MIN_JUDGED nothing is decided, however bad.
    expect(p.txs('flood', 0, MIN_JUDGED - 1)).toBe(false);
    expect(p.appScore('flood')).toBe(0);
    expect(p.txs('flood', 0, 1)).toBe(false); // judged = MIN_JUDGED, all useless: a strike
    expect(p.appScore('flood')).toBeLessThan(0);
    for (let i = 1; i < STRIKES - 1; i++) expect(p.txs('flood', 0, MIN_JUDGED)).toBe(false);
    expect(p.txs('flood', 0, MIN_JUDGED)).toBe(true); // banned now
    // Counts older than the window are forgotten.
    p.txs('slowdrip', 0, MIN_JUDGED - 1);
    now += TX_WINDOW_MS + 1;
    expect(p.txs('slowdrip', 0, 1)).toBe(false);
    expect(p.appScore('slowdrip')).toBe(0);
  });

  it('marks a peer slow for SLOW_MS, with a lower score but no ban', () => {
    let now = 0;
    const p = new PeerScores(() => now);
    p.slow('a');
    expect(p.isSlow('a')).toBe(true);
    expect(p.appScore('a')).toBeLessThan(0);
    expect(p.isBanned('a')).toBe(false);
    now += SLOW_MS;
    expect(p.isSlow('a')).toBe(false);
    expect(p.appScore('a')).toBe(0);
  });

  it('keeps a banned peer banned however many new peers come after it', () => {
    const p = new PeerScores(() => 0);
    for (let i = 0; i < STRIKES; i++) p.strike('banned');
    for (let i = 0; i < 10_000; i++) p.strike(`newcomer ${i}`);
    expect(p.isBanned('banned')).toBe(true);
  });
});

describe('RequestLimiter', () => {
  it('answers SERVE_BURST requests of a peer at once, then SERVE_PER_SECOND a second', () => {
    let now = 0;
    const l = new RequestLimiter(() => now);
    for (let i = 0; i < SERVE_BURST; i++) expect(l.take('a')).toBe(true);
    expect(l.take('a')).toBe(false);
    expect(l.take('b')).toBe(true); // per peer
    now += 1000;
    for (let i = 0; i < SERVE_PER_SECOND; i++) expect(l.take('a')).toBe(true);
    expect(l.take('a')).toBe(false);
  });
});
