// FormApp and Form: creating forms, their settings, items, destination and responses.
// https://developers.google.com/apps-script/reference/forms/form-app, https://developers.google.com/apps-script/reference/forms/form
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { Item, typedView } from './formItems';
import { FormResponse } from './formResponses';
import {
  DESTINATION_TYPE,
  editUrl,
  type FormModel,
  type FormStore,
  ITEM_TYPE,
  type ItemTypeName,
  publishedUrl,
} from './formStore';
import { ParagraphTextValidationBuilder, TextValidationBuilder } from './formValidation';
import { linkDestination } from './responseLanding';

export class FormAppService extends ServiceObject {
  readonly _type = 'FormApp';
  readonly _service = 'FormApp';

  constructor(
    g: GoogleBackend,
    private readonly _store: FormStore,
  ) {
    super(g);
  }

  override _properties(): Record<string, unknown> {
    return { ItemType: { ...ITEM_TYPE }, DestinationType: { ...DESTINATION_TYPE } };
  }

  create(title: unknown): Form {
    return new Form(
      this._g,
      this._store,
      this._store.create(String(title ?? ''), this._g.current.effectiveUser),
    );
  }

  /** Unknown ids: the reference gives no message; Drive-backed services answer with a "not found" error like this one. */
  openById(id: unknown): Form {
    const f = this._store.get(String(id));
    if (!f) throw new GoogleError(`No item with the given ID could be found. (${String(id)})`);
    return new Form(this._g, this._store, f);
  }

  openByUrl(url: unknown): Form {
    const f = this._store.byUrl(String(url));
    if (!f) throw new GoogleError(`No item with the given ID could be found. (${String(url)})`);
    return new Form(this._g, this._store, f);
  }

  /** "Returns the form to which the script is container-bound": null for a script bound to a spreadsheet. */
  getActiveForm(): Form | null {
    const f = this._store.activeFormId ? this._store.get(this._store.activeFormId) : undefined;
    return f ? new Form(this._g, this._store, f) : null;
  }

  createTextValidation(): TextValidationBuilder {
    return new TextValidationBuilder(this._g);
  }

  createParagraphTextValidation(): ParagraphTextValidationBuilder {
    return new ParagraphTextValidationBuilder(this._g);
  }
}

export class Form extends ServiceObject {
  readonly _type = 'Form';
  readonly _service = 'FormApp';

  constructor(
    g: GoogleBackend,
    private readonly _store: FormStore,
    readonly _form: FormModel,
  ) {
    super(g);
  }

  getId(): string {
    return this._form.id;
  }
  getTitle(): string {
    return this._form.title;
  }
  setTitle(title: unknown): Form {
    this._form.title = String(title ?? '');
    return this;
  }
  getDescription(): string {
    return this._form.description;
  }
  setDescription(description: unknown): Form {
    this._form.description = String(description ?? '');
    return this;
  }
  getPublishedUrl(): string {
    return publishedUrl(this._form);
  }
  getEditUrl(): string {
    return editUrl(this._form);
  }
  collectsEmail(): boolean {
    return this._form.collectEmail;
  }
  setCollectEmail(collect: unknown): Form {
    this._form.collectEmail = collect === true;
    return this;
  }
  isAcceptingResponses(): boolean {
    return this._form.acceptingResponses;
  }
  setAcceptingResponses(enabled: unknown): Form {
    this._form.acceptingResponses = enabled === true;
    return this;
  }
  getConfirmationMessage(): string {
    return this._form.confirmationMessage;
  }
  setConfirmationMessage(message: unknown): Form {
    this._form.confirmationMessage = String(message ?? '');
    return this;
  }

  /** setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId): creates the response tab (responseLanding.ts). */
  setDestination(type: unknown, id: unknown): Form {
    if (type !== DESTINATION_TYPE.SPREADSHEET) throw new GoogleError('Invalid argument: type');
    linkDestination(this._g, this._form, String(id));
    return this;
  }
  /** "Gets the ID of the form's response destination"; throws when there is none (reference: "Throws: Error"). */
  getDestinationId(): string {
    if (!this._form.destination) throw new GoogleError('This form does not have a response destination.');
    return this._form.destination.id;
  }
  getDestinationType(): string {
    if (!this._form.destination) throw new GoogleError('This form does not have a response destination.');
    return this._form.destination.type;
  }
  /** Unlinks the form; the response tab stays in the workbook, as in Google Forms. */
  removeDestination(): Form {
    this._form.destination = null;
    return this;
  }

  private _add(type: ItemTypeName) {
    const item = this._store.newItem(type);
    this._form.items.push(item);
    return typedView(this._g, this._form, item);
  }
  addTextItem() {
    return this._add('TEXT');
  }
  addParagraphTextItem() {
    return this._add('PARAGRAPH_TEXT');
  }
  addMultipleChoiceItem() {
    return this._add('MULTIPLE_CHOICE');
  }
  addCheckboxItem() {
    return this._add('CHECKBOX');
  }
  addListItem() {
    return this._add('LIST');
  }
  addScaleItem() {
    return this._add('SCALE');
  }
  addDateItem() {
    return this._add('DATE');
  }
  addSectionHeaderItem() {
    return this._add('SECTION_HEADER');
  }
  addPageBreakItem() {
    return this._add('PAGE_BREAK');
  }

  /** getItems(itemType?): every item, or those of one type. */
  getItems(itemType?: unknown): Item[] {
    return this._form.items
      .filter((i) => itemType === undefined || i.type === itemType)
      .map((i) => new Item(this._g, this._form, i));
  }
  /** "Gets the item with a given ID. Returns null if the ID does not correspond to an item in the form." */
  getItemById(id: unknown): Item | null {
    const item = this._form.items.find((i) => i.id === Number(id));
    return item ? new Item(this._g, this._form, item) : null;
  }

  private _index(item: unknown): number {
    if (typeof item === 'number') return item;
    if (item instanceof ServiceObject && '_item' in item)
      return this._form.items.indexOf((item as Item)._item);
    throw new GoogleError('Invalid argument: item');
  }
  /** deleteItem(index) or deleteItem(item); an index out of range throws. */
  deleteItem(item: unknown): void {
    const i = this._index(item);
    if (!(i >= 0 && i < this._form.items.length)) throw new GoogleError('Invalid argument: index');
    this._form.items.splice(i, 1);
  }
  /** moveItem(from, toIndex) where from is an index or an item; returns the moved Item. */
  moveItem(from: unknown, toIndex: unknown): Item {
    const i = this._index(from);
    const to = Number(toIndex);
    const n = this._form.items.length;
    if (!(i >= 0 && i < n) || !(to >= 0 && to < n)) throw new GoogleError('Invalid argument: index');
    const [moved] = this._form.items.splice(i, 1);
    this._form.items.splice(to, 0, moved);
    return new Item(this._g, this._form, moved);
  }

  createResponse(): FormResponse {
    return new FormResponse(this._g, this._store, this._form, null);
  }
  getResponses(timestamp?: unknown): FormResponse[] {
    const after = timestamp instanceof Date ? timestamp.getTime() : -Infinity;
    return this._form.responses
      .filter((r) => r.timestamp.getTime() >= after)
      .map((r) => new FormResponse(this._g, this._store, this._form, r));
  }
  /**
   * "Deletes a single response from the form's response store. This method does not delete copies of responses
   * stored in a response destination (such as a spreadsheet)": the destination row stays as it was.
   * https://developers.google.com/apps-script/reference/forms/form#deleteResponse(String)
   * An id the store does not hold throws, as getResponse does (believed: the reference names no error).
   */
  deleteResponse(responseId: unknown): Form {
    const i = this._form.responses.findIndex((x) => x.id === String(responseId));
    if (i < 0) throw new GoogleError(`No response with ID ${String(responseId)} exists for this form.`);
    this._form.responses.splice(i, 1);
    return this;
  }
  getResponse(responseId: unknown): FormResponse {
    const r = this._form.responses.find((x) => x.id === String(responseId));
    if (!r) throw new GoogleError(`No response with ID ${String(responseId)} exists for this form.`);
    return new FormResponse(this._g, this._store, this._form, r);
  }
}
