import type { Transfer } from '../../codec/types.js';
import { toHex } from '../../crypto/bytes.js';
import type { Scope, TxInfo } from '../scope.js';

export async function applyTransfer(s: Scope, tx: TxInfo, p: Transfer): Promise<void> {
  await s.debit(tx.sender, p.amount, 'transit');
  await s.credit(p.to, p.amount, 'transit');
  s.emit('transfer', { from: toHex(tx.sender), to: toHex(p.to), amount: p.amount.toString() });
}
