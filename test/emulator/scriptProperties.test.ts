// Fidelity tests: PropertiesService and CacheService, run from scripts inside the emulator.
import { Emulator } from '../../src/emulator';

const source = String.raw`
function setAndRead() {
  var p = PropertiesService.getScriptProperties();
  p.setProperty('n', 42).setProperty('flag', true);
  return { n: p.getProperty('n'), type: typeof p.getProperty('n'), flag: p.getProperty('flag'), missing: p.getProperty('nope') };
}
function bulk() {
  var p = PropertiesService.getScriptProperties();
  p.setProperties({ a: 1, b: 2 });
  p.setProperties({ c: 3 }, true);
  var keys = p.getKeys();
  p.deleteProperty('c');
  return { keys: keys, after: p.getProperties() };
}
function userProp(v) { var p = PropertiesService.getUserProperties(); if (v) p.setProperty('lang', v); return p.getProperty('lang'); }
function docProp() { PropertiesService.getDocumentProperties().setProperty('x', 'y'); return PropertiesService.getDocumentProperties().getProperty('x'); }
function tooBig() { PropertiesService.getScriptProperties().setProperty('big', new Array(9 * 1024 + 2).join('x')); }
function fill() {
  var p = PropertiesService.getScriptProperties();
  var n = 0;
  try { for (;;) { p.setProperty('k' + n, new Array(9000).join('y')); n++; } } catch (e) { return { n: n, message: e.message }; }
}
function cachePut(seconds) { var c = CacheService.getScriptCache(); if (seconds) c.put('k', 'v', seconds); else c.put('k', 'v'); return c.get('k'); }
function cacheGet() { return CacheService.getScriptCache().get('k'); }
function cacheAll() {
  var c = CacheService.getScriptCache();
  c.putAll({ a: '1', b: '2', c: '3' });
  c.removeAll(['c']);
  return c.getAll(['a', 'b', 'c', 'zz']);
}
function cacheLongKey() { CacheService.getScriptCache().put(new Array(252).join('k'), 'v'); }
function cacheBigValue() { CacheService.getScriptCache().put('k', new Array(100 * 1024 + 2).join('v')); }
function userCache(v) { var c = CacheService.getUserCache(); if (v) c.put('u', v); return c.get('u'); }
`;

describe('PropertiesService', () => {
  // Source: https://developers.google.com/apps-script/guides/properties ("stores all data as strings")
  it('stores values as strings and returns null for missing keys; setProperty chains', () => {
    const emu = new Emulator({ source });
    expect(emu.call('setAndRead')).toEqual({ n: '42', type: 'string', flag: 'true', missing: null });
  });

  // Source: https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object,Boolean)
  it('setProperties(props, true) deletes all other properties', () => {
    const emu = new Emulator({ source });
    expect(emu.call('bulk')).toEqual({ keys: ['c'], after: {} });
  });

  // Source: https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()
  it('keeps user properties per user and script properties shared', () => {
    const emu = new Emulator({ source });
    emu.call('userProp', ['fr'], { user: 'a@x.org' });
    expect(emu.call('userProp', [], { user: 'a@x.org' })).toBe('fr');
    expect(emu.call('userProp', [], { user: 'b@x.org' })).toBeNull();
    expect(emu.call('docProp')).toBe('y');
  });

  // Source: https://developers.google.com/apps-script/guides/services/quotas#current_limitations (9 KB / value)
  it('refuses a value over 9 KB', () => {
    const emu = new Emulator({ source });
    expect(emu.run('tooBig').error).toBe('Exception: Argument too large: value');
  });

  // Source: https://developers.google.com/apps-script/guides/services/quotas#current_limitations (500 KB / store)
  it("refuses writes past 500 KB per store with Google's quota message", () => {
    const emu = new Emulator({ source });
    const r = emu.call<{ n: number; message: string }>('fill');
    expect(r.n).toBe(56); // 56 × ~9 KB fits in 500 KB, the 57th does not
    expect(r.message).toBe(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
  });
});

describe('CacheService', () => {
  // Source: https://developers.google.com/apps-script/reference/cache/cache#put(String,String) (default 600 s)
  it('expires entries after 600 seconds by default, on the virtual clock', () => {
    const emu = new Emulator({ source });
    expect(emu.call('cachePut')).toBe('v');
    emu.backend.clock.advance(599_000);
    expect(emu.call('cacheGet')).toBe('v');
    emu.backend.clock.advance(1_000);
    expect(emu.call('cacheGet')).toBeNull();
  });

  // Source: https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer) (max 21600 s)
  it('holds an entry at most 21600 seconds', () => {
    const emu = new Emulator({ source });
    emu.call('cachePut', [100_000]);
    emu.backend.clock.advance(21_599_000);
    expect(emu.call('cacheGet')).toBe('v');
    emu.backend.clock.advance(1_000);
    expect(emu.call('cacheGet')).toBeNull();
  });

  // Source: https://developers.google.com/apps-script/reference/cache/cache#getAll(String)
  it('getAll returns only the keys found; removeAll removes', () => {
    const emu = new Emulator({ source });
    expect(emu.call('cacheAll')).toEqual({ a: '1', b: '2' });
  });

  // Source: https://developers.google.com/apps-script/reference/cache/cache (keys ≤ 250 characters, values ≤ 100 KB)
  it('refuses keys over 250 characters and values over 100 KB', () => {
    const emu = new Emulator({ source });
    expect(emu.run('cacheLongKey').error).toBe('Exception: Argument too large: key');
    expect(emu.run('cacheBigValue').error).toBe('Exception: Argument too large: value');
  });

  // Source: https://developers.google.com/apps-script/reference/cache/cache-service#getUserCache()
  it('keeps user caches apart', () => {
    const emu = new Emulator({ source });
    emu.call('userCache', ['mine'], { user: 'a@x.org' });
    expect(emu.call('userCache', [], { user: 'b@x.org' })).toBeNull();
    expect(emu.call('userCache', [], { user: 'a@x.org' })).toBe('mine');
  });
});
