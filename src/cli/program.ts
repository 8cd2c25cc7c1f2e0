/** The flags shared by the commands (DESIGN §5): added per command so they may follow its name. */
import { Option, type Command } from 'commander';

/** --json, --home DIR, --rpc URL. */
export function commonOptions(cmd: Command): Command {
  return cmd
    .option('--json', 'print JSON (the node\'s own forms) instead of text')
    .option('--home <dir>', 'the home with keys/ and genesis.json (default $ATTRIB_HOME or ~/.attrib/devnet)')
    .option('--rpc <url>', "the node's RPC URL (default $ATTRIB_RPC, the home's rpc_host/rpc_port, or http://127.0.0.1:26657)");
}

/** The common flags plus --from NAME, --fee N, --no-wait, -q. */
export function txOptions(cmd: Command): Command {
  return commonOptions(cmd)
    .option('--from <name>', 'the signing key of HOME/keys/', 'dev')
    .option('--fee <n>', 'the tx fee (default: the chain minimum)')
    .option('--no-wait', 'return once the mempool took the tx, without waiting for the block')
    .addOption(new Option('-q, --quiet', 'print only the created id (or the tx hash when nothing is created)'));
}
