/**
 * Staking and slashing among real validator processes (docs/staking.md),
 * libp2p on 127.0.0.1, real LevelDB, genesis with a short unbonding period:
 * - a follower whose operator stakes enters the set at the documented height
 *   (the block of the Stake + validator_update_delay), joins consensus and
 *   proposes; after it unstakes it leaves the set and its operator gets the
 *   stake back unbonding_blocks after the Unstake;
 * - a validator that double-signs (a wrapper around its transport that
 *   publishes a nil prevote beside each of its prevotes: test/support/faulty-node.ts)
 *   is reported by the honest nodes, slashed and removed, and the others
 *   keep committing.
 */
import { describe, expect, it } from 'vitest';
import { AttribClient, payloads, send, Wallet, type SendResult } from '../../src/client/index.js';
import { addressOf } from '../../src/crypto/address.js';
import { fromHex, toHex } from '../../src/crypto/bytes.js';
import { DEVNET_DEV } from '../../src/node/devnet.js';
import { homePaths, readSeedFile } from '../../src/node/home.js';
import { createLocalnet } from '../../src/node/localnet.js';
import { DEFAULT_PARAMS } from '../../src/state/params.js';
import { consensusKeyOf, startConfiguredNode, startFaultyNode } from '../support/node-process.js';
import { allReach } from '../support/heights.js';
import { tempDir } from '../support/tmp.js';

const dev = Wallet.fromSeed(DEVNET_DEV.seed);
const PARAMS = { unbondingBlocks: 12n, evidenceMaxAgeBlocks: 6n };
const DELAY = DEFAULT_PARAMS.validatorUpdateDelay;
const STAKE = 1_000_000n;

const reach = (client: AttribClient, height: bigint) => allReach([client], height);

function committedAt(sent: SendResult): bigint {
  if (sent.result.status !== 'committed' || !sent.result.ok) throw new Error(`tx not applied: ${JSON.stringify(sent.result)}`);
  return BigInt(sent.result.height);
}

describe('staking among validator processes', () => {
  it('a staking follower enters the set at the documented height and proposes; unstaked, it leaves and the funds return after unbonding', async () => {
    const net = await createLocalnet({ dir: tempDir('attrib-stake-'), validators: 3, nodes: 4, basePort: 0, params: PARAMS });
    const procs = await Promise.all(net.map((n) => startConfiguredNode(n.home)));
    const clients = procs.map((p) => new AttribClient(p.rpcUrl));
    const [first, newcomer] = [clients[0]!, clients[3]!];
    const key = consensusKeyOf(net[3]!.home);
    try {
      expect((await newcomer.status()).role).toBe('follower');
      // dev bonds node 3's key: the test holds its seed, so it can sign the proof that lets dev do it.
      const seed = readSeedFile(homePaths(net[3]!.home).validatorKey).seed;
      const staked = committedAt(await send(first, dev, payloads.stake(STAKE, seed, { chainId: (await first.status()).chain_id, operator: dev.address })));
      const from = staked + DELAY;

      // The set that signs `from` is known at the end of block from − 1, and not before.
      await reach(first, from - 1n);
      const set = await first.validators();
      expect(set.since_height).toBe(from.toString());
      expect(set.validators.map((v) => v.consensus_key)).toContain(key);
      await reach(first, from);
      expect((await first.getBlock({ height: from - 1n })).header.validators_hash).not.toBe((await first.getBlock({ height: from })).header.validators_hash);
      expect(await newcomer.getStake(dev.address)).toMatchObject({ consensus_key: key, bonded: STAKE.toString(), power: STAKE.toString(), slashed: false });

      // It proposes a block of its own and signs others' commits.
      let proposed = 0n;
      for (let h = from; proposed === 0n; h++) {
        expect(h, 'the newcomer proposed no block within 40 heights').toBeLessThan(from + 40n);
        await reach(first, h);
        if ((await first.getBlock({ height: h })).header.proposer === key) proposed = h;
      }
      // A commit carries the precommits its maker had when it decided (+2/3, not always all): look for the newcomer's in the next ones.
      let signed = false;
      for (let h = proposed + 1n; !signed; h++) {
        expect(h, 'no commit signed by the newcomer within 20 heights').toBeLessThan(proposed + 20n);
        await reach(first, h);
        signed = (await first.getBlock({ height: h })).last_commit!.signatures.some((sig) => sig.validator === key);
      }
      expect((await newcomer.status()).role).toBe('validator');

      const balance = BigInt((await first.getAccount(dev.address)).balance);
      const unstake = await send(first, dev, payloads.unstake(STAKE));
      const unstaked = committedAt(unstake);
      const fee = BigInt(unstake.tx.body.fee);
      await reach(first, unstaked + DELAY - 1n);
      expect((await first.validators()).validators.map((v) => v.consensus_key)).not.toContain(key);
      expect(await first.getStake(dev.address)).toMatchObject({
        bonded: '0',
        power: '0',
        unbonding: [{ unlock_height: (unstaked + PARAMS.unbondingBlocks).toString(), amount: STAKE.toString() }],
      });
      for (let h = unstaked + DELAY; h <= unstaked + DELAY + 5n; h++) {
        await reach(first, h);
        expect((await first.getBlock({ height: h })).header.proposer, `proposer of ${h}`).not.toBe(key);
      }

      // Locked until unbonding_blocks after the Unstake, then back in the operator's balance (the block's end events say so;
      // the balance alone moves with the FEE rows of blocks the newcomer proposed while still in the set).
      const unlock = unstaked + PARAMS.unbondingBlocks;
      await reach(first, unlock);
      const unbonded = (h: bigint) => first.getBlock({ height: h }).then((b) => b.results.end_events.filter((e) => e.type === 'unbonded'));
      expect(await unbonded(unlock - 1n)).toEqual([]);
      expect(await unbonded(unlock)).toEqual([{ type: 'unbonded', attributes: { consensus_key: key, operator: dev.address, amount: STAKE.toString() } }]);
      expect(BigInt((await first.getAccount(dev.address)).balance)).toBeGreaterThanOrEqual(balance - fee + STAKE);
      expect((await first.getStake(dev.address)).unbonding).toEqual([]);
    } finally {
      await Promise.all(clients.map((c) => c.close())); // the processes are killed after each test
    }
  }, 180_000);

  it('a double-signing validator is caught: evidence lands, it is slashed and removed, and the others keep committing', async () => {
    const net = await createLocalnet({ dir: tempDir('attrib-slash-'), validators: 4, nodes: 4, basePort: 0, params: PARAMS });
    const procs = await Promise.all(net.map((n, i) => (i === 3 ? startFaultyNode(n.home, { doubleSign: true }) : startConfiguredNode(n.home))));
    const clients = procs.map((p) => new AttribClient(p.rpcUrl));
    const honest = clients[0]!;
    const key = consensusKeyOf(net[3]!.home);
    const operator = toHex(addressOf(fromHex(key)!));
    try {
      // Slashed: 5 % of its bond burned, the rest unbonding, then out of the set.
      let stake = await honest.getStake(operator);
      for (let tries = 0; !stake.slashed; tries++) {
        expect(tries, 'no evidence was applied within 60 s').toBeLessThan(600);
        await new Promise((r) => setTimeout(r, 100));
        stake = await honest.getStake(operator);
      }
      const slash = (STAKE * BigInt(DEFAULT_PARAMS.slashBps)) / 10_000n;
      expect(stake).toMatchObject({ bonded: '0', slashed: true, unbonding: [{ amount: (STAKE - slash).toString() }] });
      const at = BigInt((await honest.status()).height);
      await reach(honest, at + DELAY);
      expect((await honest.validators()).validators.map((v) => v.consensus_key)).not.toContain(key);
      expect(procs[0]!.output()).toMatch(/submitted evidence of double-signing|a validator signed two different votes/);

      // The three others go on without it, and agree.
      const target = at + DELAY + 5n;
      await Promise.all(clients.slice(0, 3).map((c) => reach(c, target)));
      const hashes = await Promise.all(clients.slice(0, 3).map(async (c) => (await c.getBlock({ height: target })).hash));
      expect(new Set(hashes).size).toBe(1);
      const signers = (await honest.getBlock({ height: target })).last_commit!.signatures.map((s) => s.validator);
      expect(signers).not.toContain(key);
      expect(signers.length).toBeGreaterThanOrEqual(3);
    } finally {
      await Promise.all(clients.map((c) => c.close())); // the processes are killed after each test
    }
  }, 180_000);
});
