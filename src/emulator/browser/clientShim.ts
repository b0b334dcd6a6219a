// The page-side google.script.run and google.script.host, as JavaScript injected into sidebars and dialogs served locally.
import { TRANSFER_RULES_SOURCE } from '../scriptRun/transferRulesSource';

export interface ClientShimOptions {
  /** URL the shim POSTs `{ name, args }` to; answers `{ ok, value } | { ok: false, error }`. */
  runEndpoint: string;
  /** URL the shim POSTs `{ action, value }` to for google.script.host calls. */
  hostEndpoint: string;
  /** The server functions the page may call (public top-level functions only). */
  functions: readonly string[];
  /** Which page this is, sent with host actions so the server knows which dialog closed. */
  page: string;
}

/**
 * Returns a `<script>` body defining `google.script.run` and `google.script.host`.
 *
 * google.script.run (https://developers.google.com/apps-script/guides/html/reference/run):
 * - `myFunction(...)` runs the server function of that name asynchronously and returns void.
 * - withSuccessHandler / withFailureHandler / withUserObject each return a runner carrying the
 *   setting (a new one here, so a runner kept in a variable is never changed by later chains —
 *   DESIGN §6); the user object is the handlers' second argument and never goes to the server.
 * - Only public functions exist as methods: private names "are never sent to the user"
 *   (https://developers.google.com/apps-script/guides/html/communication#private_functions), so
 *   calling one is a TypeError in the page, as there.
 * - Illegal parameters throw from the call itself, before sending (see transferRulesSource).
 * - A failure with no failure handler is rethrown asynchronously, so it shows in the console as an
 *   uncaught error (and Playwright's `pageerror`), rather than vanishing.
 * Handlers run in a fresh task, outside any promise, so an exception in a handler is an ordinary
 * uncaught error too.
 *
 * google.script.host (https://developers.google.com/apps-script/guides/html/reference/host):
 * close(), setHeight(height), setWidth(width), editor.focus() — recorded by the local server; origin.
 */
export function clientShimSource(options: ClientShimOptions): string {
  const config = JSON.stringify({
    run: options.runEndpoint,
    host: options.hostEndpoint,
    functions: options.functions,
    page: options.page,
  }).replace(/</g, '\\u003c');
  return String.raw`(function (config, rules) {
  'use strict';
  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(function (response) {
      if (!response.ok) throw new Error('Local google.script.run endpoint answered ' + response.status);
      return response.json();
    });
  }
  function later(fn) { setTimeout(fn, 0); }
  function toError(e) {
    var err = new Error(e && e.message !== undefined ? e.message : String(e));
    if (e && e.name) err.name = e.name;
    return err;
  }

  function makeRunner(settings) {
    var runner = {};
    function withSetting(key) {
      return function (value) {
        var next = { success: settings.success, failure: settings.failure, userObject: settings.userObject, hasUserObject: settings.hasUserObject };
        next[key] = value;
        if (key === 'userObject') next.hasUserObject = true;
        return makeRunner(next);
      };
    }
    runner.withSuccessHandler = withSetting('success');
    runner.withFailureHandler = withSetting('failure');
    runner.withUserObject = withSetting('userObject');
    config.functions.forEach(function (name) {
      runner[name] = function () {
        var args = rules.clientArgs(Array.prototype.slice.call(arguments));
        var userObject = settings.hasUserObject ? settings.userObject : undefined;
        post(config.run, { name: name, args: args }).then(function (reply) {
          if (reply.warning && window.console) console.warn('[google.script.run] ' + reply.warning);
          later(function () {
            if (reply.ok) {
              if (typeof settings.success === 'function') settings.success(reply.value, userObject);
              return;
            }
            var error = toError(reply.error);
            if (typeof settings.failure === 'function') settings.failure(error, userObject);
            else throw error;
          });
        }, function (transportError) {
          later(function () {
            var error = toError({ name: 'NetworkError', message: 'The local server could not be reached: ' + transportError.message });
            if (typeof settings.failure === 'function') settings.failure(error, userObject);
            else throw error;
          });
        });
      };
    });
    return runner;
  }

  function hostAction(action, value) {
    post(config.host, { page: config.page, action: action, value: value }).catch(function () {});
  }
  var host = {
    // "Provides the host domain"; locally the host is this server.
    origin: window.location.origin,
    close: function () { hostAction('close'); },
    setHeight: function (height) { hostAction('setHeight', height); },
    setWidth: function (width) { hostAction('setWidth', width); },
    editor: { focus: function () { hostAction('editor.focus'); } },
  };

  var google = window.google || (window.google = {});
  google.script = google.script || {};
  google.script.run = makeRunner({});
  google.script.host = host;
})(${config}, ${TRANSFER_RULES_SOURCE});`;
}
