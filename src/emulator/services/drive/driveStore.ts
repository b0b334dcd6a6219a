// The emulated Drive, host side: folders and files (spreadsheets created by SpreadsheetApp among them) with parents.
//
// Only what the CRM uses: folders by name or id, files by name or id, moving a file into a folder, copying a file.
// Every account has its own root folder ("My Drive"); a new folder or spreadsheet lands in its creator's root.
// Sources: https://developers.google.com/apps-script/reference/drive/drive-app
//          https://developers.google.com/apps-script/reference/drive/folder
//          https://developers.google.com/apps-script/reference/drive/file

export const FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';
export const SPREADSHEET_MIME_TYPE = 'application/vnd.google-apps.spreadsheet';
export const DOCUMENT_MIME_TYPE = 'application/vnd.google-apps.document';

/** What Drive needs of the spreadsheet store: a spreadsheet's current name by id, and a copy of one (makeCopy). */
export interface SpreadsheetNames {
  get(id: string): { name: string } | undefined;
  /** A new, independent spreadsheet with the same content (a method: it takes the store's own model type). */
  copyOf(source: { name: string }, name: string, owner: string): { id: string };
}

/**
 * One file or folder. State only (no closures), so a copied backend (test/support/reliability/workbookCopy.ts)
 * is a whole new Drive. A spreadsheet's name is read from the spreadsheet itself, so a rename shows in Drive.
 */
export class DriveItem {
  constructor(
    readonly store: DriveStore,
    readonly id: string,
    readonly mimeType: string,
    readonly owner: string,
    /** The folder holding the item; '' for a root folder. */
    public parentId: string,
    private readonly ownName: string,
  ) {}

  /** In the bin: still reachable by id, left out of name searches and folder listings (see driveApp.ts). */
  trashed = false;

  /** An uploaded file's bytes (Google types have none: their getSize is 0). */
  content: Buffer | undefined;
  /** DriveApp.Access and DriveApp.Permission names: who may open the file by its link, and what they may do. */
  access = 'PRIVATE';
  permission = 'NONE';
  /** Accounts the file is shared with, one by one. */
  readonly viewers: string[] = [];
  readonly editors: string[] = [];

  name(): string {
    return this.mimeType === SPREADSHEET_MIME_TYPE
      ? (this.store.spreadsheets.get(this.id)?.name ?? this.ownName)
      : this.ownName;
  }
}

export class DriveStore {
  private readonly items = new Map<string, DriveItem>();
  private counter = 0;

  constructor(readonly spreadsheets: SpreadsheetNames) {}

  /** The root folder of an account ("My Drive"), made on first use. */
  rootOf(owner: string): DriveItem {
    const id = `root-${owner}`;
    let root = this.items.get(id);
    if (!root) {
      root = new DriveItem(this, id, FOLDER_MIME_TYPE, owner, '', 'My Drive');
      this.items.set(id, root);
    }
    return root;
  }

  private newId(): string {
    this.counter++;
    return `1DRVemu${String(this.counter).padStart(6, '0')}${'y'.repeat(20)}`;
  }

  addFolder(name: string, owner: string, parentId = this.rootOf(owner).id): DriveItem {
    const item = new DriveItem(this, this.newId(), FOLDER_MIME_TYPE, owner, parentId, name);
    this.items.set(item.id, item);
    return item;
  }

  /** An uploaded file (a PDF, an image…) with its bytes, as a test or the workbench puts it in someone's Drive. */
  addFile(
    name: string,
    mimeType: string,
    owner: string,
    content: Buffer,
    parentId = this.rootOf(owner).id,
  ): DriveItem {
    const item = new DriveItem(this, this.newId(), mimeType, owner, parentId, name);
    item.content = content;
    this.items.set(item.id, item);
    return item;
  }

  /** Registers a spreadsheet (made by SpreadsheetApp) under its own id, in its owner's root. */
  fileCreated(model: { id: string; owner: string; name: string }): void {
    if (this.items.has(model.id)) return;
    const root = this.rootOf(model.owner).id;
    this.items.set(
      model.id,
      new DriveItem(this, model.id, SPREADSHEET_MIME_TYPE, model.owner, root, model.name),
    );
  }

  /**
   * A copy of a file, owned by `owner` and shared with nobody, in `parentId`: a spreadsheet becomes a new, independent
   * spreadsheet with the same tabs; an uploaded file gets its own copy of the bytes.
   */
  copy(source: DriveItem, name: string, owner: string, parentId: string): DriveItem {
    let item: DriveItem;
    if (source.mimeType === SPREADSHEET_MIME_TYPE) {
      const model = this.spreadsheets.get(source.id);
      if (!model)
        throw new Error(`Emulator: spreadsheet ${source.id} is in Drive but not in the spreadsheet store.`);
      item = this.items.get(this.spreadsheets.copyOf(model, name, owner).id)!;
    } else {
      item = new DriveItem(this, this.newId(), source.mimeType, owner, parentId, name);
      item.content = source.content ? Buffer.from(source.content) : undefined;
      this.items.set(item.id, item);
    }
    item.parentId = parentId;
    return item;
  }

  /** Registers a Google Doc (made by DocumentApp) under its own id, in its owner's root. */
  documentCreated(model: { id: string; owner: string; name: string }): void {
    if (this.items.has(model.id)) return;
    const root = this.rootOf(model.owner).id;
    this.items.set(
      model.id,
      new DriveItem(this, model.id, DOCUMENT_MIME_TYPE, model.owner, root, model.name),
    );
  }

  get(id: string): DriveItem | undefined {
    return this.items.get(id);
  }

  /** Items an account can see: its own (sharing is not emulated), roots and trashed items excluded, in creation order. */
  visibleTo(user: string): DriveItem[] {
    return [...this.items.values()].filter((i) => i.owner === user && i.parentId !== '' && !i.trashed);
  }

  /** A folder's items that are not in the bin. */
  childrenOf(folderId: string): DriveItem[] {
    return [...this.items.values()].filter((i) => i.parentId === folderId && !i.trashed);
  }

  /** Where a file sits, as the folder names from the root down (for tests and the workbench). */
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
