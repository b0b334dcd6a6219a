// A sheet's metadata, host side: per-rectangle formats, notes and validation; protections; conditional rules.
import type { Rect } from './a1';
import { RectLayer } from './rectLayer';
import type { SheetModel } from './sheetModel';
import type { ValidationRule } from './validationRules';

export interface ProtectionModel {
  id: number;
  kind: 'RANGE' | 'SHEET';
  sheet: SheetModel;
  /** The protected cells (the whole sheet for SHEET protections). */
  rect: Rect;
  description: string;
  warningOnly: boolean;
  editors: string[];
  /** SHEET protections only: ranges left editable. */
  unprotected: Rect[];
  /** Set when removed. */
  removed?: boolean;
}

export interface ConditionalRuleModel {
  ranges: { sheet: SheetModel; rect: Rect }[];
  condition: { type: string; values: unknown[] };
  format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean };
}

/** Cell metadata kept per rectangle; empty layers cost nothing. */
export class SheetFormats {
  readonly numberFormat = new RectLayer<string>();
  readonly background = new RectLayer<string>();
  readonly fontWeight = new RectLayer<string>();
  readonly fontColor = new RectLayer<string>();
  readonly wrap = new RectLayer<boolean>();
  readonly horizontalAlignment = new RectLayer<string>();
  readonly note = new RectLayer<string>();
  readonly validation = new RectLayer<ValidationRule>();

  /** Layers cleared by clearFormat (notes and validation are not formats). */
  formatLayers(): RectLayer<unknown>[] {
    return [
      this.numberFormat,
      this.background,
      this.fontWeight,
      this.fontColor,
      this.wrap,
      this.horizontalAlignment,
    ] as RectLayer<unknown>[];
  }

  all(): RectLayer<unknown>[] {
    return [...this.formatLayers(), this.note, this.validation] as RectLayer<unknown>[];
  }
}
