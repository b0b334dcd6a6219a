// Creates the state of every emulated service and registers the globals a script sees.
import type { BackendOptions, GoogleBackend } from '../backend';
import { LoggerService } from './logger';

/** The state of each service, shared by all executions of one emulated Google. */
export interface ServiceStores {
  /** Filled in as services are added; each service file owns its store. */
  [name: string]: unknown;
}

export function installServices(g: GoogleBackend, _options: BackendOptions): ServiceStores {
  const stores: ServiceStores = {};
  g.registerRoot('Logger', new LoggerService(g));
  return stores;
}
