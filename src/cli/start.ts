/**
 * `attrib start`: runs a node until SIGINT/SIGTERM. Without --home (or
 * ATTRIB_HOME) it runs the single-validator devnet in ~/.attrib/devnet,
 * created on first start from the embedded genesis and reused afterwards.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addressOf } from '../crypto/address.js';
import { toHex } from '../crypto/bytes.js';
import { Node } from '../node.js';
import { describeSettings, loadConfig } from '../node/config.js';
import { DEVNET_DEV, DEVNET_DEV_BALANCE, DEVNET_VALIDATOR, devnetGenesis, initDevnetKeys } from '../node/devnet.js';
import { initHome } from '../node/home.js';
import { createLogger } from '../node/log.js';

const SETTINGS = describeSettings();
/** The exit code when consensus stopped on an IO failure, and how long the node may take to stop first. */
export const EXIT_FATAL = 70;
const FATAL_STOP_MS = 5000;

export const START_HELP = `Usage: attrib start [--home DIR] [setting flags]

Runs a node. Without --home (or ATTRIB_HOME) it runs the single-validator
devnet in ~/.attrib/devnet: embedded genesis, well-known devnet-only keys.

Settings (flag > ATTRIB_* variable > DIR/config.json > default):
${SETTINGS.map((s) => `  ${s.flag.padEnd(28)} ${s.env.padEnd(32)} default ${shown(s.defaultValue)}`).join('\n')}`;

function shown(value: unknown): string {
  return Array.isArray(value) ? value.join(',') || 'none' : String(value);
}

export async function start(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      home: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...Object.fromEntries(SETTINGS.map((s) => [s.flag.slice(2), { type: 'string' as const }])),
    },
    strict: true,
  });
  if (values.help) {
    console.log(START_HELP);
    return;
  }
  const flags = Object.fromEntries(
    Object.entries(values)
      .filter(([k]) => k !== 'home' && k !== 'help')
      .map(([k, v]) => [k.replaceAll('-', '_'), v]),
  );
  const explicitHome = (values.home as string | undefined) ?? process.env.ATTRIB_HOME;
  const home = explicitHome ?? join(homedir(), '.attrib', 'devnet');
  if (explicitHome === undefined) {
    initHome(home, devnetGenesis(), DEVNET_VALIDATOR);
    initDevnetKeys(home);
  }

  const config = loadConfig(home, flags, process.env);
  const log = createLogger(config.logLevel);
  let stopping = false;
  let node: Node | undefined;
  // Consensus gave up on a failing disk (docs/consensus.md "Failures"): one clear line, then exit non-zero for the supervisor.
  const fatal = (error: Error & { code?: string }) => {
    log.error('consensus cannot go on: stopping the node', { code: error.code, error });
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(EXIT_FATAL), FATAL_STOP_MS).unref();
    void (node?.stop() ?? Promise.resolve()).finally(() => process.exit(EXIT_FATAL));
  };
  node = await Node.start({ home, config, log, onFatal: fatal });

  console.log(`attrib node running
  home:     ${home}
  chain id: ${node.chain.chainId}
  height:   ${node.chain.head.height}
  role:     ${node.isValidator ? 'validator (makes blocks)' : 'follower (imports blocks from peers)'}
  p2p:      ${node.network.status().listen.join(' ')}
  rpc:      ${node.rpcUrl}   (try: curl -s -H 'content-type: application/json' -X POST ${node.rpcUrl} -d '{"jsonrpc":"2.0","id":1,"method":"status"}')`);
  if (explicitHome === undefined) {
    console.log(`  dev account: ${toHex(addressOf(DEVNET_DEV.publicKey))} (funded with ${DEVNET_DEV_BALANCE} at genesis)
  dev seed:    ${toHex(DEVNET_DEV.seed)}   DEVNET ONLY: a well-known key, never use it for value`);
  }

  const shutdown = (signal: string) => {
    if (stopping) process.exit(1); // a second signal: give up waiting
    stopping = true;
    log.info('stopping', { signal });
    node.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error('stop failed', { error: err });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}
