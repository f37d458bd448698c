// Stand-in for Discourse's `discourse/lib/api` module, as much of it as a theme initializer sees:
// `apiInitializer(callback)` (an optional version string first, as older themes pass it) returns
// an initializer whose `initialize()` hands the plugin API to the callback; `api.onPageChange(fn)`
// calls `fn(url, title)` after every route has rendered, the first one included. A theme that
// calls any other API method fails here, as it would on a Discourse without that method.

const pageChangeCallbacks = [];

const api = {
  onPageChange(callback) {
    pageChangeCallbacks.push(callback);
  },
};

export function apiInitializer(...args) {
  const callback = args.at(-1);
  if (typeof callback !== 'function') {
    throw new Error('apiInitializer needs a callback');
  }
  return {
    name: 'theme-api-initializer',
    initialize() {
      callback(
        new Proxy(api, {
          get(target, property) {
            if (!(property in target)) {
              throw new Error(`the stand-in plugin API has no ${String(property)}`);
            }
            return target[property];
          },
        }),
      );
    },
  };
}

/** Discourse triggers page changes in the run loop after the route rendered. */
export function pageChanged(url, title) {
  setTimeout(() => {
    for (const callback of pageChangeCallbacks) {
      callback(url, title);
    }
    document.dispatchEvent(new CustomEvent('stand-in:page-changed', { detail: { url } }));
  });
}
