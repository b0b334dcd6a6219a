// Sidebars and dialogs in a real browser: the google.script client shim and the local server that answers it.
export { type ClientShimOptions, clientShimSource } from './clientShim';
export {
  createSidebarHandler,
  type HostAction,
  injectShim,
  type RecordedCall,
  type SidebarHandler,
  type SidebarHandlerOptions,
} from './sidebarHandler';
export { type SidebarServer, type SidebarServerOptions, startSidebarServer } from './sidebarServer';

/** Sidebars are 300 px wide (DESIGN §6); pages are rendered at that width, dialogs at their requested size. */
export const SIDEBAR_WIDTH_PX = 300;
