// Logger: Apps Script's basic execution log (developers.google.com/apps-script/reference/base/logger).
import { ServiceObject } from '../runtime/serviceObject';

export class LoggerService extends ServiceObject {
  readonly _type = 'Logger';
  readonly _service = 'Logger';

  /** Logger.log(format, ...values): `%s` placeholders are filled in order. Returns the Logger, for chaining. */
  log(format: unknown, ...values: unknown[]): LoggerService {
    let text = String(format);
    if (values.length > 0 && typeof format === 'string') {
      let i = 0;
      text = format.replace(/%s/g, () => (i < values.length ? String(values[i++]) : '%s'));
    }
    this._g.current.logs.push({ level: 'info', message: text });
    return this;
  }

  getLog(): string {
    return this._g.current.logs.map((l) => l.message).join('\n');
  }

  clear(): void {
    this._g.current.logs.length = 0;
  }
}
