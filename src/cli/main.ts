/**
 * The `attrib` command. Only `--version` and `--help` exist so far: the node
 * (`attrib start`) and the tx/query commands come with the node and CLI issues.
 */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const arg = process.argv[2];

if (arg === '--version' || arg === '-v') {
  console.log(pkg.version);
} else if (arg === undefined || arg === '--help' || arg === '-h') {
  console.log(`attrib ${pkg.version}: the attribution-ledger command\n\nUsage: attrib --version | --help\n\nNo other command exists yet: the node and its CLI are being built (see README).`);
} else {
  console.error(`attrib: unknown command '${arg}' (the node and its CLI are not built yet; see README)`);
  process.exitCode = 2;
}
