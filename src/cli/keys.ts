/**
 * `attrib keys new|list|show`: the key store of HOME/keys/NAME.json
 * (`{"name","address","public_key","seed"}`, lowercase 0x-hex, mode 0600).
 * New keys take their entropy from node:crypto randomBytes (Wallet.generate).
 */
import type { Command } from 'commander';
import { Wallet } from '../client/wallet.js';
import { keyPairFromSeed } from '../crypto/ed25519.js';
import { homePaths, KEY_NAME, writeKeyFile } from '../node/home.js';
import { keyNames, readKey, resolveHome, type CommonOptions } from './context.js';
import { CliError, fields, table, toJson } from './output.js';
import { commonOptions } from './program.js';

export function keysCommand(program: Command): void {
  const keys = program.command('keys').description('manage the account keys of HOME/keys/');

  commonOptions(keys.command('new').argument('<name>', 'key name: letters, digits, _ and -').description('create a key from fresh randomness')).action(
    (name: string, opts: CommonOptions) => {
      const home = resolveHome(opts);
      if (!KEY_NAME.test(name)) throw new CliError(`bad key name ${JSON.stringify(name)}: 1 to 64 letters, digits, _ and -`, 2);
      const wallet = Wallet.generate();
      if (!writeKeyFile(home, name, keyPairFromSeed(wallet.exportSeed()))) {
        throw new CliError(`key '${name}' already exists in ${homePaths(home).keys}; pick another name (keys are never overwritten)`);
      }
      if (opts.json) console.log(toJson({ name, address: wallet.address, public_key: wallet.publicKey }));
      else console.log(fields([['created key', name], ['address', wallet.address], ['file', `${homePaths(home).keys}/${name}.json`]]));
    },
  );

  commonOptions(keys.command('list').description('list the keys and their addresses')).action((opts: CommonOptions) => {
    const home = resolveHome(opts);
    const list = keyNames(home).map((n) => {
      const k = readKey(home, n);
      return { name: n, address: k.address, public_key: k.public_key };
    });
    if (opts.json) console.log(toJson(list));
    else if (list.length === 0) console.log(`no keys in ${homePaths(home).keys} (create one with \`attrib keys new NAME\`)`);
    else console.log(table(['NAME', 'ADDRESS'], list.map((k) => [k.name, k.address])));
  });

  commonOptions(keys.command('show').argument('<name>').description("show a key's address and public key (never the seed)")).action(
    (name: string, opts: CommonOptions) => {
      const k = readKey(resolveHome(opts), name);
      if (opts.json) console.log(toJson({ name: k.name, address: k.address, public_key: k.public_key }));
      else console.log(fields([['name', k.name], ['address', k.address], ['public key', k.public_key]]));
    },
  );
}
