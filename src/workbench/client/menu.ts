// The script's custom menus (built by its own onOpen) as a keyboard-usable menu bar: Enter/Space/ArrowDown open,
// arrows move, ArrowRight opens a submenu, ArrowLeft/Escape close, Enter runs the item's function.
import type { MenuEntry, WorkbenchState } from './api';
import { label } from './chromeText';
import { clear, el } from './dom';

export class MenuBar {
  readonly root = label(el('nav', { className: 'menubar', role: 'menubar' }), 'scriptMenus', 'aria-label');
  private signature = '';

  constructor(private readonly run: (fn: string, caption: string) => void) {
    document.addEventListener('click', (e) => {
      if (!this.root.contains(e.target as Node)) this.closeAll();
    });
  }

  render(menus: WorkbenchState['menus']): void {
    const signature = JSON.stringify(menus);
    if (signature === this.signature) return;
    this.signature = signature;
    clear(this.root);
    for (const m of menus) {
      const list = this.list(m.items, m.caption);
      const button = el('button', {
        className: 'menubar-item',
        role: 'menuitem',
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
        text: m.caption,
      });
      const open = () => this.open(button, list);
      button.addEventListener('click', () => (list.hidden ? open() : this.closeAll()));
      button.addEventListener('keydown', (e) => {
        if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open();
        }
      });
      this.root.append(el('div', { className: 'menu-root' }, button, list));
    }
  }

  private list(items: MenuEntry[], caption: string): HTMLUListElement {
    const ul = el('ul', { className: 'menu', role: 'menu', 'aria-label': caption, hidden: true });
    for (const item of items) {
      if (item.kind === 'separator') {
        ul.append(el('li', { role: 'separator', className: 'separator' }));
        continue;
      }
      const li = el('li', { role: 'none', className: 'menu-entry' });
      const link = el('button', {
        role: 'menuitem',
        className: 'menu-item',
        tabindex: -1,
        text: item.caption,
      });
      li.append(link);
      if (item.kind === 'submenu') {
        const sub = this.list(item.items, item.caption);
        sub.classList.add('submenu');
        link.setAttribute('aria-haspopup', 'menu');
        link.setAttribute('aria-expanded', 'false');
        link.classList.add('has-submenu');
        li.append(sub);
        const openSub = () => this.open(link, sub);
        link.addEventListener('click', openSub);
        link.addEventListener('mouseenter', openSub);
      } else {
        link.dataset.fn = item.functionName;
        link.addEventListener('click', () => {
          this.closeAll();
          this.run(item.functionName, item.caption);
        });
      }
      link.addEventListener('keydown', (e) => this.onKey(e, ul, link));
      ul.append(li);
    }
    return ul;
  }

  private open(opener: HTMLElement, list: HTMLUListElement): void {
    // Close siblings at the same level first.
    const parent = opener.closest('ul.menu') ?? this.root;
    for (const other of Array.from(
      parent.querySelectorAll<HTMLUListElement>(':scope > li > ul.menu, :scope > div > ul.menu'),
    ))
      if (other !== list) this.close(other);
    list.hidden = false;
    opener.setAttribute('aria-expanded', 'true');
    list.querySelector<HTMLElement>('.menu-item')?.focus();
  }

  private close(list: HTMLUListElement): void {
    for (const sub of Array.from(list.querySelectorAll<HTMLUListElement>('ul.menu'))) sub.hidden = true;
    list.hidden = true;
    list.previousElementSibling?.setAttribute('aria-expanded', 'false');
  }

  closeAll(): void {
    for (const ul of Array.from(this.root.querySelectorAll<HTMLUListElement>('ul.menu'))) this.close(ul);
  }

  private onKey(e: KeyboardEvent, ul: HTMLUListElement, item: HTMLElement): void {
    const items = Array.from(ul.querySelectorAll<HTMLElement>(':scope > li > .menu-item'));
    const i = items.indexOf(item);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    } else if (e.key === 'ArrowRight' && item.classList.contains('has-submenu')) {
      e.preventDefault();
      item.click();
    } else if (e.key === 'ArrowLeft' || e.key === 'Escape') {
      e.preventDefault();
      this.close(ul);
      (ul.previousElementSibling as HTMLElement | null)?.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      item.click();
    }
    e.stopPropagation();
  }
}
