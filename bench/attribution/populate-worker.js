// Worker-thread entry of `populate`: computes the state entries of the
// clusters it is sent. Plain JS so that it can register the TypeScript loader
// itself (workers do not inherit the parent's) before importing the code.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { clusterEntries } = await import('./cluster-entries.ts');
const { ContributionPlan } = await import('./plan.ts');

const plan = new ContributionPlan(workerData.spec);
parentPort.on('message', (cluster) => {
  const packed = clusterEntries(plan, workerData.params, workerData.stake, cluster);
  parentPort.postMessage(packed, [packed.buffer]);
});
parentPort.postMessage('ready');
