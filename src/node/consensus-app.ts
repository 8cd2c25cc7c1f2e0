/**
 * The chain as this node's consensus engine sees it (ConsensusApp): its
 * proposals built from the mempool, others' proposals validated by
 * executing them, decided blocks committed. Every call into the chain runs
 * on the importer's queue, in turn with blocks imported from sync and
 * gossip: Chain's calls must not overlap (an import committing while a
 * proposal executes made validators prevote nil for good blocks).
 */
import type { Chain, ExecutedBlock, ProposerKey } from '../chain/chain.js';
import type { BlockImporter } from '../chain/importer.js';
import type { ConsensusApp } from '../consensus/engine.js';
import type { Mempool } from '../mempool/mempool.js';
import { ProposalSize } from './proposal-size.js';

/** Most txs offered to one block (the block's byte limit applies too). */
const MAX_BLOCK_TXS = 20_000;

export function consensusApp(chain: Chain, mempool: Mempool, importer: BlockImporter, key: ProposerKey): ConsensusApp<ExecutedBlock> {
  const proposalSize = new ProposalSize(MAX_BLOCK_TXS);
  return {
    headHeight: () => chain.head.height,
    validatorSet: () => chain.validatorSet(),
    build: () =>
      importer.exclusive(async () => {
        const started = performance.now();
        const p = await chain.params();
        const txs = mempool.reap(p.maxBlockBytes, proposalSize.cap(p.timeoutProposeMs));
        const executed = await chain.propose(txs, BigInt(Date.now()), key, mempool.isVerified);
        proposalSize.measured(txs.length, performance.now() - started);
        return executed;
      }),
    validate: (block) => importer.exclusive(() => chain.validateProposal(block, BigInt(Date.now()), mempool.isVerified)),
    commit: (executed, commit) => importer.commitDecided(executed, commit),
    hasTxs: () => mempool.size > 0,
  };
}
