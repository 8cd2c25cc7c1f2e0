/**
 * The `attrib` command (DESIGN §5): `start` runs a node (its own flag
 * parser, src/cli/start.ts); `init`, `keys`, `tx` and `query` are commander
 * commands, one file per group. Exit status: 0 done, 1 an error (the node's
 * code and a hint, a failed tx, an unknown key), 2 a usage error.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ClientError } from '../client/errors.js';
import { AttribError } from '../errors.js';
import { benchCommand } from './bench.js';
import { devnetCommand } from './devnet.js';
import { initCommand } from './init.js';
import { keysCommand } from './keys.js';
import { CliError, hintFor } from './output.js';
import { queryCommand } from './query.js';
import { txCommand } from './tx.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const argv = process.argv.slice(2);

function fail(message: string, exitCode: number, hint?: string): void {
  console.error(`attrib: ${message}`);
  if (hint !== undefined) console.error(`  hint: ${hint}`);
  process.exitCode = exitCode;
}

function report(err: unknown): void {
  if (err instanceof CommanderError) {
    // commander printed the message (or the help) already.
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else if (err instanceof CliError) {
    fail(err.message, err.exitCode, err.hint);
  } else if (err instanceof ClientError) {
    fail(`${err.code}: ${err.message}`, 1, hintFor(err.code));
  } else if (err instanceof AttribError) {
    fail(`${err.code}: ${err.message}`, 1, hintFor(err.code));
  } else {
    throw err;
  }
}

if (argv[0] === 'start') {
  // Loaded only here: the node (libp2p, LevelDB) takes a while to import, and every other command is a short client.
  const { start, START_HELP } = await import('./start.js');
  try {
    await start(argv.slice(1));
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) fail(`${(err as Error).message}\n\n${START_HELP}`, 2);
    else report(err);
  }
} else {
  const program = new Command('attrib')
    .description('the attribution-ledger command: run a node, manage keys, send txs, read the chain')
    .version(pkg.version, '-v, --version')
    .enablePositionalOptions()
    .exitOverride()
    .showHelpAfterError('(add --help for usage)');
  program
    .command('start')
    .description('run a node (no --home: the devnet in ~/.attrib/devnet); see attrib start --help')
    .allowUnknownOption();
  initCommand(program);
  devnetCommand(program);
  keysCommand(program);
  txCommand(program);
  queryCommand(program);
  benchCommand(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    report(err);
  }
}
