// The browser shell's window.ordo — the same API electron/app/preload.ts defines, over HTTP instead of IPC.
// Served as /ordo-web-bridge.js and loaded by index.html before the app's module script (the server injects
// the <script> tag). Plain browser JavaScript, no build step: it must run as is under the app's strict CSP.
//
// - invoke(method, input): POST /api/<method> with the JSON input and `Authorization: Bearer <token>`;
//   resolves with the value, rejects with a plain { code, message, details } object (like the preload).
// - on(event, listener): one shared EventSource on /api/events; returns the unsubscribe function.
//   Events emitted during a call are delivered before the call settles, as over IPC (see eventsUpTo).
// - The token arrives once in the page URL (?token=…); it is kept in sessionStorage so reloads and the hash
//   router keep working, and removed from the visible URL.
/* global window, history, location, EventSource */
(function installOrdoWebBridge() {
  'use strict';

  var TOKEN_KEY = 'ordo.web.token';
  // Kept in step with EventMap in shared/contract (tests/integration/webBridge.test.ts checks it).
  var KNOWN_EVENTS = ['company.changed', 'menu.command'];
  var UNREACHABLE = 'Ordo could not reach its web shell. Is `npm run web` still running?';
  var NO_TOKEN =
    'This page has no access token: open the address `npm run web` printed (it ends with ?token=…).';
  var STALE_TOKEN =
    'The access token of this page is not valid (the web shell was restarted?): open the address `npm run web` printed.';

  function readToken() {
    var fromUrl = null;
    try {
      var url = new URL(location.href);
      fromUrl = url.searchParams.get('token');
      if (fromUrl !== null) {
        url.searchParams.delete('token');
        history.replaceState(history.state, '', url.pathname + url.search + url.hash);
      }
    } catch {
      fromUrl = null;
    }
    try {
      if (fromUrl) sessionStorage.setItem(TOKEN_KEY, fromUrl);
      return fromUrl || sessionStorage.getItem(TOKEN_KEY);
    } catch {
      return fromUrl; // storage disabled: this load still works, a reload needs the printed address again
    }
  }

  var token = readToken();

  function serialized(code, message, details) {
    return { code: code, message: message, details: details || {} };
  }

  function isSerializedError(value) {
    return (
      typeof value === 'object' &&
      value !== null &&
      typeof value.code === 'string' &&
      typeof value.message === 'string'
    );
  }

  async function invoke(method, input) {
    if (typeof method !== 'string' || method.length === 0) {
      throw serialized('UNKNOWN_METHOD', 'Unknown method: ' + String(method).slice(0, 100));
    }
    if (!token) throw serialized('UNAUTHORIZED', NO_TOKEN);
    var response;
    try {
      response = await window.fetch('/api/' + encodeURIComponent(method), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
        body: JSON.stringify(input === undefined ? {} : input),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch {
      throw serialized('INTERNAL', UNREACHABLE);
    }
    var result = null;
    try {
      result = await response.json();
    } catch {
      result = null;
    }
    await eventsUpTo(Number(response.headers.get('X-Ordo-Event-Seq')));
    if (result && result.ok === true && response.ok) return result.value;
    if (result && isSerializedError(result.error)) {
      var error = result.error;
      // Only the server's token check answers with WWW-Authenticate; UNAUTHORIZED from a method (a wrong PIN,
      // no profile chosen yet) keeps its own message and details.
      if (error.code === 'UNAUTHORIZED' && response.headers.get('WWW-Authenticate')) {
        throw serialized('UNAUTHORIZED', STALE_TOKEN);
      }
      throw serialized(error.code, error.message, error.details);
    }
    throw serialized(
      'INTERNAL',
      'Ordo\u2019s web shell answered HTTP ' + response.status + ' without a result.',
    );
  }

  var listeners = new Set();
  var source = null;
  // Ordering like IPC's: events emitted while a call ran are delivered before the call settles. The server
  // numbers events and tells each reply the number reached; `delivered` is how far this page's stream got.
  var delivered = -1; // unknown until the stream says 'ready'
  var waiters = [];
  var EVENT_WAIT_MS = 2000;

  function settleWaiters() {
    waiters = waiters.filter(function (waiter) {
      if (source && delivered < waiter.seq) return true;
      window.clearTimeout(waiter.timer);
      waiter.resolve();
      return false;
    });
  }

  /** Resolves once the stream delivered event `seq`: at once without a stream, after EVENT_WAIT_MS at most. */
  function eventsUpTo(seq) {
    if (!source || !(seq > 0) || delivered >= seq) return Promise.resolve();
    return new Promise(function (resolve) {
      var waiter = { seq: seq, resolve: resolve, timer: 0 };
      waiter.timer = window.setTimeout(function () {
        waiters = waiters.filter(function (other) {
          return other !== waiter;
        });
        resolve();
      }, EVENT_WAIT_MS);
      waiters.push(waiter);
    });
  }

  function deliver(data) {
    listeners.forEach(function (entry) {
      if (entry.event !== data.event) return;
      try {
        entry.listener(data.payload);
      } catch (error) {
        window.setTimeout(function () {
          throw error; // reported like any uncaught error, without stopping the other listeners
        });
      }
    });
  }

  function closeSource() {
    if (source) source.close();
    source = null;
    delivered = -1;
    settleWaiters();
  }

  function openSource() {
    if (source || !token) return;
    var opened = new EventSource('/api/events?token=' + encodeURIComponent(token));
    source = opened;
    // On every (re)connection: the sequence number the stream starts after.
    opened.addEventListener('ready', function (message) {
      var seq = -1;
      try {
        seq = Number(JSON.parse(message.data).seq);
      } catch {
        seq = -1;
      }
      delivered = seq >= 0 ? seq : -1;
      settleWaiters();
    });
    opened.onmessage = function (message) {
      var data;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      if (!data || typeof data.event !== 'string') return;
      deliver(data);
      if (typeof data.seq === 'number' && data.seq > delivered) delivered = data.seq;
      settleWaiters();
    };
    opened.onerror = function () {
      // CLOSED: refused for good (e.g. a stale token); calls must not wait for it. Otherwise it reconnects.
      if (opened.readyState === 2 && source === opened) closeSource();
    };
  }

  function closeSourceWhenUnused() {
    if (source && listeners.size === 0) closeSource();
  }

  function on(event, listener) {
    if (KNOWN_EVENTS.indexOf(event) === -1)
      throw new TypeError('Unknown event: ' + String(event).slice(0, 100));
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function');
    var entry = { event: event, listener: listener };
    listeners.add(entry);
    openSource();
    return function unsubscribe() {
      listeners.delete(entry);
      closeSourceWhenUnused();
    };
  }

  Object.defineProperty(window, 'ordo', {
    value: Object.freeze({ invoke: invoke, on: on }),
    writable: false,
    configurable: false,
    enumerable: true,
  });
})();
