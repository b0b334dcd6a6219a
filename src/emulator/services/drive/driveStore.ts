// The emulated Drive, host side: folders and files (spreadsheets created by SpreadsheetApp among them) with parents.
//
// Only what the CRM uses: folders by name or id, files by name or id, and moving a file into a folder.
// Every account has its own root folder ("My Drive"); a new folder or spreadsheet lands in its creator's root.
// Sources: https://developers.google.com/apps-script/reference/drive/drive-app
//          https://developers.google.com/apps-script/reference/drive/folder
//          https://developers.google.com/apps-script/reference/drive/file

export const FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';
export const SPREADSHEET_MIME_TYPE = 'application/vnd.google-apps.spreadsheet';

export interface DriveItem {
  readonly id: string;
  readonly mimeType: string;
  readonly owner: string;
  /** The folder holding the item; '' for a root folder. */
  parentId: string;
  /** The item's name (a spreadsheet's follows the spreadsheet's own name). */
  name: () => string;
  readonly createdAt: Date;
}

export class DriveStore {
  private readonly items = new Map<string, DriveItem>();
  private counter = 0;

  constructor(readonly now: () => Date) {}

  /** The root folder of an account ("My Drive"), made on first use. */
  rootOf(owner: string): DriveItem {
    const id = `root-${owner}`;
    let root = this.items.get(id);
    if (!root) {
      root = {
        id,
        mimeType: FOLDER_MIME_TYPE,
        owner,
        parentId: '',
        name: () => 'My Drive',
        createdAt: this.now(),
      };
      this.items.set(id, root);
    }
    return root;
  }

  private newId(): string {
    this.counter++;
    return `1DRVemu${String(this.counter).padStart(6, '0')}${'y'.repeat(20)}`;
  }

  addFolder(name: string, owner: string, parentId = this.rootOf(owner).id): DriveItem {
    const item: DriveItem = {
      id: this.newId(),
      mimeType: FOLDER_MIME_TYPE,
      owner,
      parentId,
      name: () => name,
      createdAt: this.now(),
    };
    this.items.set(item.id, item);
    return item;
  }

  /** Registers a file made by another service (a spreadsheet) under its own id, in its owner's root. */
  addFile(id: string, mimeType: string, owner: string, name: () => string): DriveItem {
    const item: DriveItem = {
      id,
      mimeType,
      owner,
      parentId: this.rootOf(owner).id,
      name,
      createdAt: this.now(),
    };
    this.items.set(id, item);
    return item;
  }

  get(id: string): DriveItem | undefined {
    return this.items.get(id);
  }

  /** Items an account can see: its own (sharing is not emulated), in creation order. */
  visibleTo(user: string): DriveItem[] {
    return [...this.items.values()].filter((i) => i.owner === user && i.parentId !== '');
  }

  childrenOf(folderId: string): DriveItem[] {
    return [...this.items.values()].filter((i) => i.parentId === folderId);
  }

  /** Where a file sits, as a path of folder names below the root (for tests and the workbench). */
  pathOf(id: string): string[] {
    const out: string[] = [];
    let item = this.items.get(id);
    while (item && item.parentId !== '') {
      const parent = this.items.get(item.parentId);
      if (!parent || parent.parentId === '') break;
      out.unshift(parent.name());
      item = parent;
    }
    return out;
  }
}
