// The part of the emulator that runs inside a script's realm: virtual-clock Date, copying values in and out, object facades.

/**
 * JavaScript source evaluated inside each execution's `vm` context. It returns an installer that
 * takes the host bridge `{ call, now, methods, log }` and returns `{ imp, wrap }`.
 * Written as plain JS (not compiled TS) because it must run in the script's own realm, so that
 * values the script receives are its own Arrays, Dates and Errors (`instanceof` holds, as in Apps Script).
 */
export const CONTEXT_BRIDGE_SOURCE = String.raw`(function installBridge(host) {
  'use strict';
  var RealDate = Date;
  // new Date() and Date.now() read the emulator's virtual clock; dates with arguments are ordinary.
  function VirtualDate(a, b, c, d, e, f, g) {
    if (!(this instanceof VirtualDate)) return new RealDate(host.now()).toString();
    switch (arguments.length) {
      case 0: return new RealDate(host.now());
      case 1: return new RealDate(a);
      default: return new RealDate(a, b, c === undefined ? 1 : c, d || 0, e || 0, f || 0, g || 0);
    }
  }
  VirtualDate.prototype = RealDate.prototype;
  VirtualDate.now = function () { return host.now(); };
  VirtualDate.UTC = RealDate.UTC;
  VirtualDate.parse = RealDate.parse;
  globalThis.Date = VirtualDate;

  var HANDLE = typeof Symbol === 'function' ? Symbol('handle') : '__handle';
  var protos = Object.create(null);

  function protoFor(type) {
    var proto = protos[type];
    if (proto) return proto;
    proto = {};
    var names = host.methods[type] || [];
    names.forEach(function (name) {
      proto[name] = function () {
        return invoke(this, name, Array.prototype.slice.call(arguments));
      };
    });
    proto.toString = function () { return type; };
    protos[type] = proto;
    return proto;
  }

  function wrap(w) {
    var o = Object.create(protoFor(w.__t));
    Object.defineProperty(o, HANDLE, { value: w.__h });
    if (w.__p) Object.keys(w.__p).forEach(function (k) { o[k] = imp(w.__p[k]); });
    return o;
  }

  function imp(v) {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      var out = new Array(v.length);
      for (var i = 0; i < v.length; i++) out[i] = imp(v[i]);
      return out;
    }
    if (Object.prototype.toString.call(v) === '[object Date]') return new RealDate(v.getTime());
    if (typeof v.__h === 'number') return wrap(v);
    var o = {};
    Object.keys(v).forEach(function (k) { o[k] = imp(v[k]); });
    return o;
  }

  function exp(v) {
    if (v === null || typeof v !== 'object') {
      if (typeof v === 'function') throw new TypeError('A function cannot be passed to an Apps Script service.');
      return v;
    }
    if (v[HANDLE] !== undefined) return { __h: v[HANDLE], __t: String(v) };
    if (Array.isArray(v)) return v.map(exp);
    if (Object.prototype.toString.call(v) === '[object Date]') return v;
    var o = {};
    Object.keys(v).forEach(function (k) { o[k] = exp(v[k]); });
    return o;
  }

  // Methods that read plain properties the script assigned on the object (template.foo = 1 before
  // HtmlTemplate.evaluate()): they receive the object's own enumerable data properties as one extra,
  // trailing argument. Function-valued properties cannot cross to the backend and are left out.
  var OWN_PROPS_METHODS = { 'HtmlTemplate.evaluate': true };
  function ownDataProps(self) {
    var o = {};
    Object.keys(self).forEach(function (k) { if (typeof self[k] !== 'function') o[k] = self[k]; });
    return o;
  }

  function invoke(self, name, args) {
    if (!self || self[HANDLE] === undefined) throw new TypeError('Illegal invocation of ' + name);
    if (OWN_PROPS_METHODS[String(self) + '.' + name]) args = args.concat([ownDataProps(self)]);
    var reply = host.call(self[HANDLE], name, exp(args));
    if (!reply.ok) {
      var err = reply.error.name === 'TypeError' ? new TypeError(reply.error.message) : new Error(reply.error.message);
      if (reply.error.name !== 'TypeError') err.name = reply.error.name;
      throw err;
    }
    return imp(reply.value);
  }

  // Apps Script's console writes to the execution log; here it goes to the emulator's log.
  function logger(level) {
    return function () {
      var parts = Array.prototype.slice.call(arguments).map(function (a) {
        if (typeof a === 'string') return a;
        try { return JSON.stringify(a); } catch (e) { return String(a); }
      });
      host.log(level, parts.join(' '));
    };
  }
  globalThis.console = { log: logger('info'), info: logger('info'), warn: logger('warn'), error: logger('error') };

  // A service object a function returns (doGet's HtmlOutput or TextOutput) leaves the realm as its handle.
  function handleOf(v) {
    return v !== null && typeof v === 'object' && v[HANDLE] !== undefined ? { __h: v[HANDLE], __t: String(v) } : v;
  }

  return { imp: imp, wrap: wrap, handleOf: handleOf };
})`;
