// The browser-side Apps Script API available to sidebars and dialogs (developers.google.com/apps-script/guides/html/reference/run).

interface GoogleScriptRunner {
  withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): GoogleScriptRunner;
  withFailureHandler(handler: (error: Error, userObject?: unknown) => void): GoogleScriptRunner;
  withUserObject(object: unknown): GoogleScriptRunner;
  [serverFunction: string]: (...args: unknown[]) => unknown;
}

interface GoogleScriptHost {
  close(): void;
  setHeight(height: number): void;
  setWidth(width: number): void;
  editor: { focus(): void };
}

declare const google: {
  script: {
    run: GoogleScriptRunner;
    host: GoogleScriptHost;
  };
};
