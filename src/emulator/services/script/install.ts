// Installs the script-level services: PropertiesService, CacheService, LockService, ScriptApp (triggers), Session, Utilities.
import type { BackendOptions, GoogleBackend } from '../../backend';

export type ScriptStores = {};

export function installScriptServices(_g: GoogleBackend, _options: BackendOptions): ScriptStores {
  return {};
}
