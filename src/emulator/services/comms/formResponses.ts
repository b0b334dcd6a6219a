// FormResponse: a whole response to a form, built by a script or read back (https://developers.google.com/apps-script/reference/forms/form-response).
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { type Item, ItemResponse } from './formItems';
import {
  type FormModel,
  type FormStore,
  type ItemTypeName,
  prefilledUrl,
  type ResponseModel,
} from './formStore';
import { recordResponse } from './responseLanding';

/** Item types getItemResponses lists with '' when they were left unanswered (the others are left out). */
const EMPTY_WHEN_UNANSWERED: ReadonlySet<ItemTypeName> = new Set<ItemTypeName>([
  'TEXT',
  'PARAGRAPH_TEXT',
  'DATE',
  'TIME',
]);

export class FormResponse extends ServiceObject {
  readonly _type = 'FormResponse';
  readonly _service = 'FormApp';
  private readonly _pending: ItemResponse[] = [];

  /** `_stored` is set for a submitted response; a new one (form.createResponse()) has none yet. */
  constructor(
    g: GoogleBackend,
    private readonly _store: FormStore,
    private readonly _form: FormModel,
    private _stored: ResponseModel | null,
  ) {
    super(g);
  }

  private _answers(): { itemId: number; value: string | string[] }[] {
    if (this._stored) return this._stored.answers;
    return this._pending.map((r) => ({ itemId: r._item.id, value: r._value }));
  }

  /** "Adds the given item response to a form response" (replacing an earlier one for the same item). */
  withItemResponse(response: unknown): FormResponse {
    if (!(response instanceof ItemResponse)) throw new GoogleError('Invalid argument: response');
    if (this._stored) throw new GoogleError('This response has already been submitted.');
    const i = this._pending.findIndex((r) => r._item.id === response._item.id);
    if (i >= 0) this._pending.splice(i, 1, response);
    else this._pending.push(response);
    return this;
  }

  /**
   * "Submits the response. Throws a scripting exception if the response has already been submitted."
   * A submitted response lands in the destination sheet like any other (see responseLanding.ts).
   */
  submit(): FormResponse {
    if (this._stored) throw new GoogleError('This response has already been submitted.');
    this._stored = recordResponse(this._g, this._store, this._form, {
      answers: this._answers(),
      respondentEmail: '',
      at: this._g.clock.date(),
    }).response;
    return this;
  }

  /** "Generates a URL for the form in which the answers are pre-filled based on the answers in this form response." */
  toPrefilledUrl(): string {
    return prefilledUrl(this._form, this._answers());
  }

  getId(): string | null {
    return this._stored?.id ?? null;
  }
  getTimestamp(): Date | null {
    return this._stored ? new Date(this._stored.timestamp.getTime()) : null;
  }
  getRespondentEmail(): string {
    return this._stored?.respondentEmail ?? '';
  }
  getEditResponseUrl(): string {
    const id = this._stored?.id ?? '';
    return `https://docs.google.com/forms/d/e/${this._form.publishedId}/viewform?edit2=${id}`;
  }

  /**
   * "Gets all item responses contained in a form response, in the same order that the items appear in the form.
   * If the form response does not contain a response for a given TextItem, DateItem, TimeItem, or
   * ParagraphTextItem, the ItemResponse returned for that item will have an empty string as the response. If the
   * form response omits a response for any other item type, this method excludes that item from its returned array."
   * https://developers.google.com/apps-script/reference/forms/form-response#getItemResponses()
   */
  getItemResponses(): ItemResponse[] {
    const byId = new Map(this._answers().map((a) => [a.itemId, a.value]));
    const out: ItemResponse[] = [];
    for (const item of this._form.items) {
      const v = byId.get(item.id) ?? (EMPTY_WHEN_UNANSWERED.has(item.type) ? '' : undefined);
      if (v !== undefined) out.push(new ItemResponse(this._g, this._form, item, v));
    }
    return out;
  }

  /** "Gets the item response contained in this form response for a given item", or null. */
  getResponseForItem(item: unknown): ItemResponse | null {
    if (!(item instanceof ServiceObject) || !('_item' in item))
      throw new GoogleError('Invalid argument: item');
    const model = (item as Item)._item;
    const a = this._answers().find((x) => x.itemId === model.id);
    return a ? new ItemResponse(this._g, this._form, model, a.value) : null;
  }
}
