// Calls server functions from a sidebar through google.script.run, typed from the server's own exports.
import type { EntryPointName, EntryPoints } from '../../server/entryPointNames';

type ServerResult<K extends EntryPointName> = Awaited<ReturnType<EntryPoints[K]>>;

/**
 * Calls a server entry point and resolves with its result. The name and arguments are checked against
 * src/server/main.ts at compile time, so a renamed or removed server function fails the build.
 */
export function callServer<K extends EntryPointName>(
  name: K,
  ...args: Parameters<EntryPoints[K]>
): Promise<ServerResult<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ServerResult<K>))
      .withFailureHandler((error) => reject(error));
    runner[name](...args);
  });
}
