// The value rules of google.script.run as plain JavaScript, evaluated both in the browser shim and on the host.

/**
 * JavaScript source of an expression that evaluates to `{ clientArgs, toServerArgs, toClientValue }`.
 * It is plain ES5 (not compiled TypeScript) because the same text runs inside sidebar pages, where
 * the real client library validates parameters before anything is sent, and in Node, where tests
 * call `invokeScriptRun` directly. Type checks use `Object.prototype.toString` and prototype depth,
 * not `instanceof`, so values from another realm (a script's vm context) are judged the same way.
 *
 * Parameters — https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
 * and https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values:
 * "Legal parameters are JavaScript primitives like a Number, Boolean, String, or null, as well as
 * JavaScript objects and arrays that are composed of primitives, objects, and arrays. A form element
 * within the page is also legal as a parameter, but it must be the function's only parameter.
 * Requests fail if you attempt to pass a Date, Function, DOM element besides a form, or other
 * prohibited type, including prohibited types inside objects or arrays. Objects that create circular
 * references will also fail, and undefined fields within arrays become null."
 * The failure is thrown by the client before the request is sent (it never reaches a failure handler),
 * with the messages "Failed due to illegal value in property: <key>" and "Failed due to circular
 * reference." — both strings appear in Google's client code, and field reports show the thrown error
 * is not caught by withFailureHandler (public code found with the search tool: find_string
 * "illegal value in property"). Non-finite numbers become null because the request body is JSON.
 *
 * Return values — same guide: legal return values are the same kinds of data. A Date anywhere in
 * a return value does not raise an error: the success handler receives null
 * (https://github.com/enuchi/React-Google-Apps-Script/issues/28: getValues() with dates arrives as
 * null). Service objects arrive as empty objects
 * (https://github.com/enuchi/React-Google-Apps-Script/issues/84). The rest is a JSON copy:
 * undefined properties are dropped, undefined in arrays becomes null.
 */
export const TRANSFER_RULES_SOURCE = String.raw`(function () {
  'use strict';
  function tagOf(v) { return Object.prototype.toString.call(v); }
  // A plain object's prototype is its realm's Object.prototype (or null): one level above null.
  function isPlainObject(v) {
    var proto = Object.getPrototypeOf(v);
    return proto === null || (Object.getPrototypeOf(proto) === null && tagOf(v) === '[object Object]');
  }
  function illegal(key) { return new Error('Failed due to illegal value in property: ' + key); }
  function circular() { return new Error('Failed due to circular reference.'); }

  function copyParam(v, key, path) {
    if (v === null || v === undefined) return v;
    var t = typeof v;
    if (t === 'string' || t === 'boolean') return v;
    if (t === 'number') return isFinite(v) ? v : null;
    if (t !== 'object') throw illegal(key);
    if (path.indexOf(v) >= 0) throw circular();
    path.push(v);
    var out;
    if (Array.isArray(v)) {
      out = [];
      for (var i = 0; i < v.length; i++) {
        var item = copyParam(v[i], i, path);
        out.push(item === undefined ? null : item);
      }
    } else if (isPlainObject(v)) {
      out = {};
      var keys = Object.keys(v);
      for (var j = 0; j < keys.length; j++) {
        var value = copyParam(v[keys[j]], keys[j], path);
        if (value !== undefined) out[keys[j]] = value;
      }
    } else {
      throw illegal(key);
    }
    path.pop();
    return out;
  }

  /** The arguments as the server receives them; throws as the client does for illegal values. */
  function toServerArgs(args) {
    var out = [];
    for (var i = 0; i < args.length; i++) {
      var v = copyParam(args[i], i, []);
      out.push(v === undefined ? null : v);
    }
    return out;
  }

  function isFormElement(v) {
    return typeof HTMLFormElement !== 'undefined' && v instanceof HTMLFormElement;
  }

  /**
   * A form parameter becomes one object of its fields: names as keys, values as strings
   * (https://developers.google.com/apps-script/guides/html/communication#forms). Fields are read as
   * the browser would submit them (unchecked boxes and buttons left out; a repeated name gives an
   * array) — that reading is the emulator's. File inputs (Blobs on the server) are not emulated.
   */
  function formToObject(form) {
    var out = {};
    function add(name, value) {
      if (!Object.prototype.hasOwnProperty.call(out, name)) out[name] = value;
      else if (Array.isArray(out[name])) out[name].push(value);
      else out[name] = [out[name], value];
    }
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      var type = (el.type || '').toLowerCase();
      if (!el.name || el.disabled) continue;
      if (type === 'file') throw new Error('File inputs in forms are not emulated (they arrive as Blobs in Apps Script).');
      if (type === 'submit' || type === 'button' || type === 'reset' || type === 'image') continue;
      if ((type === 'checkbox' || type === 'radio') && !el.checked) continue;
      if (el.tagName === 'SELECT' && el.multiple) {
        for (var k = 0; k < el.options.length; k++) if (el.options[k].selected) add(el.name, String(el.options[k].value));
        continue;
      }
      if (el.tagName === 'FIELDSET' || el.tagName === 'OUTPUT' || el.tagName === 'OBJECT') continue;
      add(el.name, String(el.value));
    }
    return out;
  }

  /** What a page's call sends: a lone form becomes its fields; anything else goes through toServerArgs. */
  function clientArgs(args) {
    for (var i = 0; i < args.length; i++) {
      if (isFormElement(args[i])) {
        if (args.length !== 1) throw illegal(i);
        return [formToObject(args[i])];
      }
    }
    return toServerArgs(args);
  }

  function findDate(v, path) {
    if (v === null || typeof v !== 'object') return false;
    if (tagOf(v) === '[object Date]') return true;
    if (path.indexOf(v) >= 0) return false;
    path.push(v);
    var keys = Object.keys(v);
    for (var i = 0; i < keys.length; i++) if (findDate(v[keys[i]], path)) return true;
    path.pop();
    return false;
  }

  /** The value the success handler receives, and whether a Date made it null. */
  function toClientValue(v) {
    if (findDate(v, [])) return { value: null, droppedForDate: true };
    if (v === undefined) return { value: null, droppedForDate: false };
    var json = JSON.stringify(v);
    return { value: json === undefined ? null : JSON.parse(json), droppedForDate: false };
  }

  return { clientArgs: clientArgs, toServerArgs: toServerArgs, toClientValue: toClientValue };
})()`;
