/**
 * The `attrib` command. `start` runs a node; the tx/query commands, `init`
 * and `keys` come with the CLI issue.
 */
import { readFileSync } from 'node:fs';
import { AttribError } from '../errors.js';
import { start, START_HELP } from './start.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const [command, ...rest] = process.argv.slice(2);

const HELP = `attrib ${pkg.version}: the attribution-ledger command

Usage:
  attrib start [--home DIR] [...]   run a node (no --home: the devnet); attrib start --help
  attrib --version | --help`;

try {
  if (command === '--version' || command === '-v') {
    console.log(pkg.version);
  } else if (command === undefined || command === '--help' || command === '-h') {
    console.log(HELP);
  } else if (command === 'start') {
    await start(rest);
  } else {
    console.error(`attrib: unknown command '${command}'\n\n${HELP}`);
    process.exitCode = 2;
  }
} catch (err) {
  if (err instanceof AttribError) {
    console.error(`attrib: ${err.code}: ${err.message}`);
    process.exitCode = 1;
  } else if ((err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`attrib: ${(err as Error).message}\n\n${command === 'start' ? START_HELP : HELP}`);
    process.exitCode = 2;
  } else {
    throw err;
  }
}
