/**
 * Sync speed (DESIGN §6): a validator process holding a chain of pre-built
 * blocks of transfers, and a follower process that starts empty with the
 * validator as its peer. Reports blocks/s and tx/s replayed, from the
 * follower's RPC coming up to its reaching the tip, beside the rate its
 * signature checks alone allow: the one-thread verify ceiling of the same
 * run divided by the signatures per block (its txs and its commit).
 * Target: ≥ 0.5× that.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chain } from '../../src/chain/chain.js';
import { AttribClient } from '../../src/client/index.js';
import type { TxBody } from '../../src/codec/types.js';
import { addressOf } from '../../src/crypto/address.js';
import { utf8 } from '../../src/crypto/bytes.js';
import { keyPairFromSeed } from '../../src/crypto/ed25519.js';
import { sha256 } from '../../src/crypto/hash.js';
import { devnetGenesis, DEVNET_VALIDATOR } from '../../src/node/devnet.js';
import { homePaths, initHome } from '../../src/node/home.js';
import { spawnNode } from '../../src/node/spawn.js';
import { LevelStore } from '../../src/store/level-store.js';
import { signTx } from '../../src/tx/sign.js';
import type { BenchRow, BenchScenario } from '../types.js';
import { VERIFY_CEILING, verifyCeiling } from './ceilings.js';

export const sync: BenchScenario = {
  name: 'sync',
  async run({ quick, progress, measured }): Promise<BenchRow[]> {
    const blocks = quick ? 30 : 300;
    const perBlock = quick ? 20 : 100;
    const senders = Array.from({ length: perBlock }, (_, i) => keyPairFromSeed(sha256(utf8(`bench sync sender ${i}`))));
    const genesis = { ...devnetGenesis(), accounts: senders.map((k) => ({ address: addressOf(k.publicKey), balance: 1_000_000_000n })) };
    const dir = mkdtempSync(join(tmpdir(), 'attrib-bench-sync-'));
    const [validatorHome, followerHome] = [join(dir, 'validator'), join(dir, 'follower')];
    initHome(validatorHome, genesis, DEVNET_VALIDATOR);
    initHome(followerHome, genesis, keyPairFromSeed(sha256(utf8('bench sync follower'))));

    // The chain, built in this process (the validator's own commit path, minus the network).
    const store = await LevelStore.open(homePaths(validatorHome).data);
    const chain = await Chain.open(store, genesis);
    const sink = new Uint8Array(20).fill(0xee);
    for (let h = 0; h < blocks; h++) {
      const txs = senders.map((k) => {
        const body: TxBody = {
          chainId: genesis.chainId, signer: k.publicKey, nonce: BigInt(h), fee: genesis.params.minTxFee,
          payload: 'transfer', transfer: { to: sink, amount: 1n },
        };
        return signTx(body, k.seed).bytes;
      });
      await chain.commitProposed(await chain.propose(txs, BigInt(h + 1) * 1000n, DEVNET_VALIDATOR), DEVNET_VALIDATOR);
      progress(h + 1, blocks, 'building the chain');
    }
    const tip = chain.head.height;
    await store.close();

    const quiet = { ...process.env, ATTRIB_EMPTY_BLOCKS: 'false' }; // the validator serves its chain and adds nothing
    const validator = await spawnNode(validatorHome, ['--rpc-port', '0', '--p2p-port', '0', '--log-level', 'warn'], quiet);
    try {
      const follower = await spawnNode(followerHome, ['--rpc-port', '0', '--p2p-port', '0', '--log-level', 'warn', '--peers', validator.p2pAddr], quiet);
      const start = performance.now();
      try {
        const client = new AttribClient(follower.rpcUrl);
        for (;;) {
          const height = BigInt((await client.status()).height);
          progress(Number(height), Number(tip), 'syncing');
          if (height >= tip) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        const seconds = (performance.now() - start) / 1000;
        await client.close();
        const ceiling = verifyCeiling(measured);
        const sigsPerBlock = perBlock + 1; // its txs and the one commit signature of a single validator
        const bound = ceiling && { metric: `${VERIFY_CEILING} ÷ ${sigsPerBlock} sigs/block`, value: ceiling.value / sigsPerBlock, unit: 'blocks/s' };
        const note = `${blocks} blocks × ${perBlock} transfers from one peer, from the follower's RPC up to the tip (its first sync request may precede that by a few ms)`;
        return [
          { scenario: 'sync', metric: 'blocks replayed/s', value: blocks / seconds, unit: 'blocks/s', ...(bound ? { ceiling: bound } : {}), target: 0.5, note },
          { scenario: 'sync', metric: 'txs replayed/s', value: (blocks * perBlock) / seconds, unit: 'tx/s', ...(ceiling ? { ceiling } : {}) },
        ];
      } finally {
        follower.child.kill('SIGTERM');
        await follower.exited;
      }
    } finally {
      validator.child.kill('SIGTERM');
      await validator.exited;
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
