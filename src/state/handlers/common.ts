/** Small guards shared by the payload handlers; each throws the TxError the protocol names. */
import { bytesEqual, toHex } from '../../crypto/bytes.js';
import { TxError } from '../../tx/errors.js';

export function found<T>(value: T | undefined, what: string, id: Uint8Array): T {
  if (value === undefined) throw new TxError('NOT_FOUND', `${what} ${toHex(id)} does not exist`, { id: toHex(id) });
  return value;
}

export function authorized(ok: boolean, message: string): void {
  if (!ok) throw new TxError('UNAUTHORIZED', message);
}

export function isOwner(owner: Uint8Array, sender: Uint8Array): boolean {
  return bytesEqual(owner, sender);
}

export const EMPTY = new Uint8Array(0);
