// The names of the bundle's entry points, as a type: menus and sidebars refer to functions by these names only.
import type * as Main from './main';

export type EntryPoints = typeof Main;
export type EntryPointName = keyof EntryPoints;
