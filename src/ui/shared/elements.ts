// Building DOM nodes without HTML strings: user data only ever goes in as textContent or value (DESIGN §8, XSS).

type Child = Node | string | null | undefined | false;

export interface ElementProps {
  className?: string;
  id?: string;
  /** Set with textContent, never innerHTML. */
  text?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (ev: HTMLElementEventMap[K]) => void }>;
}

/** Creates an element; strings among children become text nodes, so markup in them shows as text. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) {
    node.addEventListener(type, handler as EventListener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

let counter = 0;

/** A document-unique id for wiring labels and descriptions (aria-describedby). */
export function uniqueId(prefix: string): string {
  counter++;
  return `${prefix}-${counter}`;
}

/** Finds a required element of the page's static HTML. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The page has no #${id}.`);
  return node as T;
}
