// Concurrent executions and fault injection: the public entry of src/emulator/concurrent.
export {
  emailQuotaExceeded,
  serviceFailure,
  spreadsheetTimeout,
  stopAt,
  withFaults,
} from './faults';
export {
  type ConcurrentJob,
  type ConcurrentOptions,
  type ConcurrentResult,
  runConcurrently,
} from './scheduler';
export { SeededRandom, seedLabel, seedsToRun } from './seeds';
export { type PoolStats, workerPool } from './workerPool';

import { workerPool } from './workerPool';

/** Stops the idle execution workers (optional: idle workers never keep the process alive). */
export function shutdownWorkers(): void {
  workerPool.shutdown();
}
