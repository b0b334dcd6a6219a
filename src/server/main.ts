// The bundle's entry: every export here becomes a top-level function in dist/Code.js (triggers, menu items, sidebar calls).
// Private helpers are not exported; Apps Script cannot call what is not listed here.

export { getAboutInfo, showAbout } from './help/about';
export { onOpen } from './menu/onOpen';
