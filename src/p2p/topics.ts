/**
 * Names of the gossip topics and the sync protocol, per chain id, so nodes
 * of different chains that happen to connect never mix messages
 * (docs/p2p.md).
 */
export interface Topics {
  /** TxBatch: signed txs, batched. */
  txs: string;
  /** CertifiedBlock: each committed block with its commit. */
  blocks: string;
  /** Reserved for proposals and votes (consensus). */
  consensus: string;
}

export function topicsOf(chainId: string): Topics {
  return {
    txs: `/attrib/${chainId}/txs/1`,
    blocks: `/attrib/${chainId}/blocks/1`,
    consensus: `/attrib/${chainId}/consensus/1`,
  };
}

export function syncProtocolOf(chainId: string): string {
  return `/attrib/${chainId}/sync/1`;
}
