// Worker-thread entry of VerifyPool. Plain JS so that it can register the
// TypeScript loader itself before importing the one verifier of the protocol
// (src/crypto/ed25519.ts): workers do not inherit the parent's loader.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { verify } = await import('../crypto/ed25519.ts');

parentPort.on('message', ({ id, publicKeys, messages, signatures }) => {
  const ok = new Uint8Array(publicKeys.length);
  for (let i = 0; i < ok.length; i++) ok[i] = verify(publicKeys[i], messages[i], signatures[i]) ? 1 : 0;
  parentPort.postMessage({ id, ok });
});
parentPort.postMessage({ ready: true });
