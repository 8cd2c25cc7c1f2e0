/**
 * The end-of-block sweep (docs/protocol.md §7): every schedule entry due at
 * this height, in key order — auto-accepts and stake unlocks of
 * contributions, then validator unbonds — and last the validator power
 * updates, applied together so the set changes once per height.
 */
import { sweepContribution } from './handlers/contributions.js';
import { unlockUnbonded, updateValidators } from './handlers/staking.js';
import { keys, ScheduleKind } from './keys.js';
import type { Scope } from './scope.js';

/** Byte offset of the kind in a schedule key: prefix (1) ‖ height (8) ‖ kind (1) ‖ id. */
const KIND_AT = 9;

export async function sweepDue(s: Scope): Promise<void> {
  const updates: Uint8Array[] = [];
  for (const [key] of await s.overlay.scan(keys.scheduleGroup(s.env.height))) {
    const kind = key[KIND_AT]!;
    const id = key.subarray(KIND_AT + 1);
    if (kind === ScheduleKind.VALIDATOR_UPDATE) {
      updates.push(id); // updateValidators reads the entry's power and deletes it
      continue;
    }
    s.overlay.del(key);
    if (kind === ScheduleKind.UNBOND) await unlockUnbonded(s, id);
    else await sweepContribution(s, kind, id);
  }
  await updateValidators(s, updates);
}
