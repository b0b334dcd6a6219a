// Installs the script-level services: PropertiesService, CacheService, LockService, ScriptApp (triggers), Session, Utilities.
import type { BackendOptions, GoogleBackend } from '../../backend';
import { scriptAuthPolicy } from './authPolicy';
import { CacheServiceRoot, CacheStore } from './cache';
import { LockServiceRoot, LockStore } from './lock';
import { PropertiesServiceRoot, PropertiesStore } from './properties';
import { ScriptAppRoot } from './scriptApp';
import { SessionRoot, SessionStore } from './session';
import { TriggerStore } from './triggerStore';
import { UtilitiesRoot } from './utilities';
import { DEFAULT_WEB_APP_URL, type WebAppDeployment } from './webAppService';

/** The key of the bound container's document-scoped stores (document properties, cache and lock). */
export const BOUND_DOCUMENT_KEY = 'bound-document';
/** The project's script id (ScriptApp.getScriptId). */
export const EMULATED_SCRIPT_ID = '1StrongCitiesCrmEmulatedScriptId000000000000000000000000';

export interface ScriptStores {
  properties: PropertiesStore;
  cache: CacheStore;
  locks: LockStore;
  triggers: TriggerStore;
  session: SessionStore;
  /** The web app deployment behind ScriptApp.getService(); deployed by default (the project ships doGet/doPost). */
  webApp: WebAppDeployment;
}

export function installScriptServices(g: GoogleBackend, options: BackendOptions): ScriptStores {
  const stores: ScriptStores = {
    properties: new PropertiesStore(),
    cache: new CacheStore(),
    locks: new LockStore(),
    triggers: new TriggerStore(),
    session: new SessionStore(),
    webApp: { url: options.webAppUrl ?? DEFAULT_WEB_APP_URL, enabled: true },
  };
  g.registerRoot('PropertiesService', new PropertiesServiceRoot(g, stores.properties, BOUND_DOCUMENT_KEY));
  g.registerRoot('CacheService', new CacheServiceRoot(g, stores.cache, BOUND_DOCUMENT_KEY));
  g.registerRoot('LockService', new LockServiceRoot(g, stores.locks, BOUND_DOCUMENT_KEY));
  g.registerRoot('ScriptApp', new ScriptAppRoot(g, stores.triggers, EMULATED_SCRIPT_ID, stores.webApp));
  g.registerRoot('Session', new SessionRoot(g, stores.session));
  g.registerRoot('Utilities', new UtilitiesRoot(g));
  // ScriptApp owns AuthMode, so the script services decide what each mode may call.
  g.authPolicy = scriptAuthPolicy;
  return stores;
}
