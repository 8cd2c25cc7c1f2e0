/**
 * Turns an equivocation the consensus engine saw into an Evidence tx
 * (docs/staking.md "Who submits"): signed by the account key the config
 * names in `evidence_from`, at the minimum fee, into this node's mempool,
 * from where it is gossiped like any local tx. Without that key the node
 * only logs what it saw.
 */
import type { SignedVote, TxBody } from '../codec/types.js';
import { addressOf } from '../crypto/address.js';
import { toHex } from '../crypto/bytes.js';
import type { KeyPair } from '../crypto/ed25519.js';
import type { Chain } from '../chain/chain.js';
import type { Mempool } from '../mempool/mempool.js';
import { signTx } from '../tx/sign.js';
import type { Logger } from './log.js';

export class EvidenceReporter {
  constructor(
    private readonly chain: Chain,
    private readonly mempool: Mempool,
    private readonly key: KeyPair | undefined,
    private readonly log: Logger,
  ) {}

  async report(voteA: SignedVote, voteB: SignedVote): Promise<void> {
    const validator = toHex(voteA.validator);
    if (this.key === undefined) {
      this.log.warn('saw a double-signing validator; set evidence_from to a funded key to report it', { validator });
      return;
    }
    const sender = addressOf(this.key.publicKey);
    try {
      const body: TxBody = {
        chainId: this.chain.chainId,
        signer: this.key.publicKey,
        nonce: this.mempool.nextNonce(sender, (await this.chain.account(sender)).nonce),
        fee: (await this.chain.params()).minTxFee,
        payload: 'evidence',
        evidence: { voteA, voteB },
      };
      const tx = signTx(body, this.key.seed);
      await this.mempool.add(tx.bytes, 'local');
      this.log.warn('submitted evidence of double-signing', { validator, tx: toHex(tx.hash) });
    } catch (err) {
      this.log.error('could not submit evidence', { validator, error: err, code: (err as { code?: string }).code });
    }
  }
}
