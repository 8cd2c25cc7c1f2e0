/**
 * The verdict table (src/p2p/verdicts.ts) is the one docs/p2p.md "Verdicts"
 * shows, code for code, and every code of every layer has a verdict.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChainError } from '../../../src/chain/errors.js';
import { BlockError } from '../../../src/state/errors.js';
import { TX_ERROR_CODES, TxError } from '../../../src/tx/errors.js';
import { VERDICTS, verdictOf, type Verdict } from '../../../src/p2p/verdicts.js';

const COLUMNS: Verdict[] = ['reject', 'useless', 'ignore', 'local'];
/** Rows of the docs table whose cells list every code (the others say it in words, checked below). */
const LISTED = ['CodecError', 'MempoolError', 'ChainError', 'ConsensusError', 'P2pError', 'CryptoError'];

function docsRows(): Map<string, string[][]> {
  const text = readFileSync(new URL('../../../docs/p2p.md', import.meta.url), 'utf8');
  const table = text.slice(text.indexOf('### Verdicts'), text.indexOf('### Transactions from peers'));
  const rows = new Map<string, string[][]>();
  for (const line of table.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const layer = /^`(\w+Error)`$/.exec(cells[0] ?? '')?.[1];
    if (layer === undefined) continue;
    rows.set(layer, cells.slice(1).map((c) => [...c.matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]!)));
  }
  return rows;
}

describe('verdicts', () => {
  it('docs/p2p.md lists the verdict of every code of the layers it lists in full, as the code has it', () => {
    const rows = docsRows();
    expect([...rows.keys()].sort()).toEqual(Object.keys(VERDICTS).sort());
    for (const layer of LISTED) {
      const documented = new Map<string, Verdict>();
      rows.get(layer)!.forEach((codes, i) => codes.forEach((c) => documented.set(c, COLUMNS[i]!)));
      expect(Object.fromEntries(documented), layer).toEqual(VERDICTS[layer]);
    }
  });

  it('rejects a tx failing a stateless check, counts a stateful refusal useless; rejects a block failing execution but for a bug of ours', () => {
    const stateless = TX_ERROR_CODES.slice(0, TX_ERROR_CODES.indexOf('BAD_NONCE'));
    for (const code of TX_ERROR_CODES) expect(VERDICTS.TxError![code], code).toBe(stateless.includes(code as never) ? 'reject' : 'useless');
    for (const [code, verdict] of Object.entries(VERDICTS.BlockError!)) expect(verdict, code).toBe(code === 'SUPPLY_VIOLATION' ? 'local' : 'reject');
    // The docs name the ends of the TxError ranges.
    const tx = docsRows().get('TxError')!;
    expect(tx[0]).toEqual(expect.arrayContaining([stateless[0], stateless.at(-1)]));
  });

  it("reads an error by its class and code; anything else is this node's own failure", () => {
    expect(verdictOf(new BlockError('BAD_STATE_ROOT', 'x'))).toBe('reject');
    expect(verdictOf(new ChainError('BAD_HEIGHT', 'x'))).toBe('ignore');
    expect(verdictOf(new TxError('INSUFFICIENT_FUNDS', 'x'))).toBe('useless');
    expect(verdictOf(new Error('EMFILE'))).toBe('local');
  });
});
