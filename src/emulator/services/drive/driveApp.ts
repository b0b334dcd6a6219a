// DriveApp, Folder, File and their iterators: the subset the CRM's archive uses, counted like every service call.
//
// Sources (each method's page):
//   https://developers.google.com/apps-script/reference/drive/drive-app
//   https://developers.google.com/apps-script/reference/drive/folder
//   https://developers.google.com/apps-script/reference/drive/file
//   https://developers.google.com/apps-script/reference/drive/folder-iterator
//   https://developers.google.com/apps-script/reference/drive/file-iterator
// The bin: File/Folder.isTrashed and setTrashed are documented; that a trashed item still opens by id while name
// searches and folder listings leave it out is believed (public reports, e.g. gas-fakes issue 44: "The live Apps
// Script service correctly excludes these trashed items from search results").
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { Blob } from '../script/blob';
import { DRIVE_ENUMS, DriveUser, mayOpen } from './driveSharing';
import { type DriveItem, type DriveStore, FOLDER_MIME_TYPE } from './driveStore';

/**
 * Google's message for an id the user cannot reach (wording as reported by users; the reference says only that
 * the call throws): "No item with the given ID could be found, or you do not have permission to access it."
 */
export const NO_ITEM_MESSAGE =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

/** "Iterator … is exhausted" when next() is called past the end (believed, from public reports). */
const EXHAUSTED_MESSAGE = 'Cannot retrieve the next object: iterator has reached the end.';

abstract class DriveObject extends ServiceObject {
  readonly _service = 'DriveApp';
  constructor(
    g: GoogleBackend,
    readonly _store: DriveStore,
  ) {
    super(g);
  }

  protected _user(): string {
    return this._g.current.effectiveUser;
  }

  /** The item, if this user may reach it: the owner, an account it is shared with, or anyone its link admits. */
  protected _reach(id: string, folder: boolean): DriveItem {
    const item = this._store.get(String(id));
    const isFolder = item?.mimeType === FOLDER_MIME_TYPE;
    if (!item || isFolder !== folder || !mayOpen(item, this._user())) throw new GoogleError(NO_ITEM_MESSAGE);
    return item;
  }
}

export class DriveAppRoot extends DriveObject {
  readonly _type = 'DriveApp';

  override _properties(): Record<string, unknown> {
    return DRIVE_ENUMS;
  }

  /** "Gets a collection of all folders in the user's Drive that have the given name." */
  getFoldersByName(name: string): FolderIteratorObject {
    const wanted = String(name);
    const found = this._store
      .visibleTo(this._user())
      .filter((i) => i.mimeType === FOLDER_MIME_TYPE && i.name() === wanted);
    return new FolderIteratorObject(this._g, this._store, found);
  }

  /** "Gets a collection of all files in the user's Drive that have the given name." */
  getFilesByName(name: string): FileIteratorObject {
    const wanted = String(name);
    const found = this._store
      .visibleTo(this._user())
      .filter((i) => i.mimeType !== FOLDER_MIME_TYPE && i.name() === wanted);
    return new FileIteratorObject(this._g, this._store, found);
  }

  /** "Creates a folder in the root of the user's Drive with the given name." */
  createFolder(name: string): FolderObject {
    const n = String(name);
    if (n === '') throw new GoogleError('Invalid argument: name');
    return new FolderObject(this._g, this._store, this._store.addFolder(n, this._user()));
  }

  /**
   * createFile(blob): "Creates a file in the root of the user's Drive from a given Blob of arbitrary data." The file
   * takes the blob's bytes, content type and name; a blob without a name is refused (believed: Drive needs a title).
   * https://developers.google.com/apps-script/reference/drive/drive-app#createFile(BlobSource)
   */
  createFile(blob: unknown): FileObject {
    if (!(blob instanceof Blob)) throw new GoogleError('Invalid argument: blob');
    const name = blob.getName();
    if (!name) throw new GoogleError('Invalid argument: blob (it has no name)');
    const type = blob.getContentType() ?? 'application/octet-stream';
    const item = this._store.addFile(name, type, this._user(), Buffer.from(blob._bytes));
    return new FileObject(this._g, this._store, item);
  }

  /** "Gets the folder with the given ID. Throws a scripting exception if the folder does not exist or the user does not have permission to access it." */
  getFolderById(id: string): FolderObject {
    return new FolderObject(this._g, this._store, this._reach(id, true));
  }

  /** "Gets the file with the given ID. Throws a scripting exception if the file does not exist or the user does not have permission to access it." */
  getFileById(id: string): FileObject {
    return new FileObject(this._g, this._store, this._reach(id, false));
  }

  getRootFolder(): FolderObject {
    return new FolderObject(this._g, this._store, this._store.rootOf(this._user()));
  }
}

export class FolderObject extends DriveObject {
  readonly _type = 'Folder';
  constructor(
    g: GoogleBackend,
    store: DriveStore,
    readonly _item: DriveItem,
  ) {
    super(g, store);
  }
  getId(): string {
    return this._item.id;
  }
  getName(): string {
    return this._item.name();
  }
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this._item.id}`;
  }
  /** "Returns whether this item is in the trash of the user's Drive." */
  isTrashed(): boolean {
    return this._item.trashed;
  }
  /** "Sets whether the item is in the trash of the user's Drive. Only the owner can trash the item." */
  setTrashed(trashed: boolean): this {
    if (this._item.owner !== this._user()) throw new GoogleError('Access denied: DriveApp.');
    this._item.trashed = trashed === true;
    return this;
  }
  /** "Gets a collection of all files that are children of the current folder." */
  getFiles(): FileIteratorObject {
    const files = this._store.childrenOf(this._item.id).filter((i) => i.mimeType !== FOLDER_MIME_TYPE);
    return new FileIteratorObject(this._g, this._store, files);
  }
  /** "Gets a collection of all files that are children of the current folder and have the given name." */
  getFilesByName(name: string): FileIteratorObject {
    const wanted = String(name);
    const files = this._store
      .childrenOf(this._item.id)
      .filter((i) => i.mimeType !== FOLDER_MIME_TYPE && i.name() === wanted);
    return new FileIteratorObject(this._g, this._store, files);
  }
}

export class FileObject extends DriveObject {
  readonly _type = 'File';
  constructor(
    g: GoogleBackend,
    store: DriveStore,
    readonly _item: DriveItem,
  ) {
    super(g, store);
  }
  getId(): string {
    return this._item.id;
  }
  getName(): string {
    return this._item.name();
  }
  getMimeType(): string {
    return this._item.mimeType;
  }
  getUrl(): string {
    if (!this._item.content)
      return `https://docs.google.com/spreadsheets/d/${this._item.id}/edit?usp=drivesdk`;
    return `https://drive.google.com/file/d/${this._item.id}/view?usp=drivesdk`;
  }
  /**
   * "Gets the number of bytes used to store the File in Drive. Note that Google Workspace application files do not
   * count toward Drive storage limits and thus return 0 bytes."
   */
  getSize(): number {
    return this._item.content?.length ?? 0;
  }
  /**
   * "Return the data inside this object as a blob." An uploaded file's own bytes, type and name. A Google type is
   * converted (to PDF, believed from public reports); the emulator has no PDF export, so it refuses instead.
   */
  getBlob(): Blob {
    if (!this._item.content) throw new GoogleError(`Converting from ${this._item.mimeType} is not emulated.`);
    return new Blob(this._g, Buffer.from(this._item.content), this._item.mimeType, this._item.name());
  }
  /** "Gets which class of users can access the File, besides any individual users who have been explicitly given access." */
  getSharingAccess(): string {
    return this._item.access;
  }
  /** "Gets the permission granted to those users who can access the File, besides any individual users who have been explicitly given access." */
  getSharingPermission(): string {
    return this._item.permission;
  }
  /** "Gets the list of viewers and commenters for this File." (editors are not listed here.) */
  getViewers(): DriveUser[] {
    return this._item.viewers.map((e) => new DriveUser(this._g, e));
  }
  /** "Gets the list of editors for this File." */
  getEditors(): DriveUser[] {
    return this._item.editors.map((e) => new DriveUser(this._g, e));
  }
  /** "Gets the owner of the File." */
  getOwner(): DriveUser {
    return new DriveUser(this._g, this._item.owner);
  }
  /** "Returns whether this item is in the trash of the user's Drive." */
  isTrashed(): boolean {
    return this._item.trashed;
  }
  /** "Sets whether the item is in the trash of the user's Drive. Only the owner can trash the item." */
  setTrashed(trashed: boolean): this {
    if (this._item.owner !== this._user()) throw new GoogleError('Access denied: DriveApp.');
    this._item.trashed = trashed === true;
    return this;
  }
  /**
   * makeCopy(), makeCopy(destination), makeCopy(name), makeCopy(name, destination): "Creates a copy of the file"
   * (in the destination folder, and with the name, when given).
   * https://developers.google.com/apps-script/reference/drive/file#makeCopy(String,Folder)
   * The copy belongs to the user who makes it and is shared with nobody; any user who can open the file may copy
   * it. Believed (public reports, not the reference): without a destination the copy goes where the original is;
   * without a name it is called "Copy of <name>"; a copied spreadsheet takes its container-bound script with it
   * (the emulator copies the workbook's content only: no script runs in a copy).
   */
  makeCopy(nameOrDestination?: unknown, destination?: unknown): FileObject {
    let name = `Copy of ${this._item.name()}`;
    let folder: FolderObject | undefined;
    if (nameOrDestination instanceof FolderObject) {
      if (destination !== undefined) throw new GoogleError('Invalid argument: destination');
      folder = nameOrDestination;
    } else if (nameOrDestination !== undefined) {
      if (typeof nameOrDestination !== 'string') throw new GoogleError('Invalid argument: name');
      name = nameOrDestination;
      if (destination !== undefined && !(destination instanceof FolderObject))
        throw new GoogleError('Invalid argument: destination');
      folder = destination as FolderObject | undefined;
    }
    if (name === '') throw new GoogleError('Invalid argument: name');
    // A file shared with this user sits in its owner's Drive: the copy then goes to this user's own root.
    const here =
      this._item.owner === this._user() ? this._item.parentId : this._store.rootOf(this._user()).id;
    const parentId = folder ? folder._item.id : here;
    return new FileObject(this._g, this._store, this._store.copy(this._item, name, this._user(), parentId));
  }

  /**
   * "Moves this item to the provided destination folder. The current user must be the owner of the file or have
   * at least edit access to the item's current parent folder in order to move the item to the destination folder."
   */
  moveTo(destination: FolderObject): FileObject {
    if (!(destination instanceof FolderObject)) throw new GoogleError('Invalid argument: destination');
    if (this._item.owner !== this._user()) throw new GoogleError('Access denied: DriveApp.');
    this._item.parentId = destination._item.id;
    return this;
  }
}

/** Iterators hand out items one call at a time, as Apps Script's do (each hasNext/next is a call). */
abstract class DriveIteratorObject extends DriveObject {
  private _next = 0;
  constructor(
    g: GoogleBackend,
    store: DriveStore,
    private readonly _items: DriveItem[],
  ) {
    super(g, store);
  }
  hasNext(): boolean {
    return this._next < this._items.length;
  }
  /** The next item, or Google's "no more items" error. */
  protected _take(): DriveItem {
    const item = this._items[this._next];
    if (!item) throw new GoogleError(EXHAUSTED_MESSAGE);
    this._next++;
    return item;
  }
}

export class FolderIteratorObject extends DriveIteratorObject {
  readonly _type = 'FolderIterator';
  next(): FolderObject {
    return new FolderObject(this._g, this._store, this._take());
  }
}

export class FileIteratorObject extends DriveIteratorObject {
  readonly _type = 'FileIterator';
  next(): FileObject {
    return new FileObject(this._g, this._store, this._take());
  }
}
