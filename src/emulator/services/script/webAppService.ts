// ScriptApp.getService(): the script's web app deployment (https://developers.google.com/apps-script/reference/script/service).
import { ServiceObject } from '../../runtime/serviceObject';

/** The emulated deployment: its /exec URL (the workbench sets its local one) and whether it is deployed. */
export interface WebAppDeployment {
  url: string;
  enabled: boolean;
}

/** A deployed web app's URL has this form: https://script.google.com/macros/s/<deployment id>/exec
 * (https://developers.google.com/apps-script/guides/web#deploy_a_script_as_a_web_app). */
export const DEFAULT_WEB_APP_URL =
  'https://script.google.com/macros/s/AKfycbzEmulatedStrongCitiesDeployment/exec';

export class WebAppService extends ServiceObject {
  readonly _type = 'Service';
  readonly _service = 'ScriptApp';

  constructor(
    g: ConstructorParameters<typeof ServiceObject>[0],
    private readonly _deployment: WebAppDeployment,
  ) {
    super(g);
  }

  /** "Returns the URL of the web app, if it has been deployed; otherwise returns null." */
  getUrl(): string | null {
    return this._deployment.enabled ? this._deployment.url : null;
  }

  /** "Returns true if the script is accessible as a web app." */
  isEnabled(): boolean {
    return this._deployment.enabled;
  }
}
