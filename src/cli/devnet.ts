/**
 * `attrib devnet --validators N [--nodes M] [--dir DIR] [--base-port P] [--reset]`:
 * a local network of M node processes on 127.0.0.1 (src/node/localnet.ts):
 * writes the shared genesis and the homes on first use, reuses them after,
 * starts every node, prints their RPC and p2p addresses, and on Ctrl-C
 * (SIGINT/SIGTERM) stops them all cleanly before exiting. `--init-only`
 * only writes the network (docker/compose.yaml runs it that way).
 */
import { rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { LocalnetNode } from '../node/localnet.js';
import { spawnNode, type NodeProcess } from '../node/spawn.js';
import { CliError, parseU32, table } from './output.js';

/** How long stopping nodes may take before they are killed. */
const STOP_GRACE_MS = 10_000;

interface DevnetOptions {
  validators: string;
  nodes?: string;
  dir?: string;
  basePort: string;
  reset?: boolean;
  initOnly?: boolean;
  docker?: boolean;
}

export function devnetCommand(program: Command): void {
  program
    .command('devnet')
    .description('run a local network of node processes on 127.0.0.1 (Ctrl-C stops them all)')
    .requiredOption('--validators <n>', 'validators (the first nodes): they run BFT consensus among themselves')
    .option('--nodes <m>', 'node processes in all, m ≥ n (default n); the others follow')
    .option('--dir <dir>', 'where the homes live (default ~/.attrib/localnet)')
    .option('--base-port <p>', 'node i: p2p on p + 10i, RPC on p + 10i + 1 (0: any free ports)', '26656')
    .option('--reset', 'delete the network in --dir first and make a new one')
    .option('--init-only', 'write the network (if --dir holds none) and exit without starting it')
    .option('--docker', 'the layout of docker/compose.yaml: one container per node, peers by service name')
    .action((o: DevnetOptions) => runDevnet(o));
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

async function runDevnet(o: DevnetOptions): Promise<void> {
  const validators = parseU32(o.validators, '--validators');
  const nodes = o.nodes === undefined ? validators : parseU32(o.nodes, '--nodes');
  if (validators < 1 || validators > 32) throw new CliError('--validators must be between 1 and 32', 2);
  if (nodes < validators || nodes > 32) throw new CliError(`--nodes must be between ${validators} and 32`, 2);
  const dir = o.dir ?? join(homedir(), '.attrib', 'localnet');
  if (o.reset) rmSync(dir, { recursive: true, force: true });
  const { createLocalnet, readLocalnet } = await import('../node/localnet.js');
  let net: LocalnetNode[];
  try {
    net = readLocalnet(dir);
  } catch {
    net = await createLocalnet({ dir, validators, nodes, basePort: parseU32(o.basePort, '--base-port'), docker: o.docker ?? false });
  }
  if (net.length !== nodes || net.filter((n) => n.validator).length !== validators) {
    throw new CliError(`${dir} holds a network of ${net.length} nodes, ${net.filter((n) => n.validator).length} validating`, 1, 'add --reset to replace it, or pick another --dir');
  }

  if (o.initOnly) {
    console.log(`local network in ${dir}:\n\n${table(['NODE', 'ROLE', 'HOME', 'P2P'], net.map((n) => [n.name, n.validator ? 'validator' : 'follower', n.home, n.p2pAddr]))}`);
    return;
  }

  const running: NodeProcess[] = [];
  const stopAll = async () => {
    for (const p of running) p.child.kill('SIGTERM');
    const killer = setTimeout(() => running.forEach((p) => p.child.kill('SIGKILL')), STOP_GRACE_MS);
    await Promise.all(running.map((p) => p.exited));
    clearTimeout(killer);
  };
  process.stderr.write(`starting ${net.map((n) => n.name).join(', ')}…\n`);
  const started = await Promise.allSettled(net.map((n) => spawnNode(n.home)));
  for (const s of started) if (s.status === 'fulfilled') running.push(s.value);
  const failed = started.find((s) => s.status === 'rejected');
  if (failed !== undefined) {
    await stopAll();
    throw new CliError(`a node failed to start: ${(failed.reason as Error).message}`);
  }
  console.log(
    `local network in ${dir}: chain attrib-localnet, ${plural(validators, 'validator')}, ${plural(nodes - validators, 'follower')}\n\n` +
      table(
        ['NODE', 'ROLE', 'RPC', 'P2P'],
        net.map((n, i) => [n.name, n.validator ? 'validator' : 'follower', running[i]!.rpcUrl, running[i]!.p2pAddr]),
      ) +
      `\n\nsend txs with: attrib tx … --home ${net[0]!.home} --rpc ${running[0]!.rpcUrl} --from dev\nCtrl-C stops every node.`,
  );
  for (const [i, p] of running.entries()) {
    void p.exited.then((code) => {
      if (!stopping) console.error(`${net[i]!.name} exited (${code}); its log:\n${p.output().split('\n').slice(-15).join('\n')}`);
    });
  }
  let stopping = false;
  await new Promise<void>((resolve) => {
    const stop = () => {
      if (stopping) return;
      stopping = true;
      console.error('stopping every node…');
      void stopAll().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
