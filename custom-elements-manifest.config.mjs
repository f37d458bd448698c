/**
 * `custom-elements.json`, the manifest editors, Storybook and the framework type generator
 * (scripts/framework-types.ts) read. The analyzer reads src/; the plugin below turns what it
 * finds into a description of the package as shipped:
 *
 * - module paths are the files in the package (`dist/elements/story-feed.js`, not `src/…ts`):
 *   every file of `src/elements/<name>/` is bundled into `dist/elements/<name>.js`, the base
 *   class and the shared events into `dist/elements/core.js`;
 * - a module lists only what that file exports, plus its custom-element definitions (each
 *   element's `@tag`; the analyzer cannot see through `define()`);
 * - every event has a `type`: the event class whose `static type` is the event's name
 *   (`@fires chorus-load` is a `ChorusLoadEvent`). The analyzer's guesses from `new X(…)`
 *   calls, which name the constructor's first argument, are dropped.
 */
const ENTRY = /^src\/elements\/([^/]+)\/\1\.ts$/;

/** Where a source file ends up in the package, or undefined if it is not shipped as a module of its own. */
function shippedPath(source) {
  const path = source.replace(/^\//, '');
  const element = /^src\/elements\/([^/]+)\//.exec(path);
  if (element) return `dist/elements/${element[1]}.js`;
  if (path === 'src/shared/chorus-element.ts' || path === 'src/shared/events.ts') return 'dist/elements/core.js';
  return undefined;
}

/** Rewrites every `module` reference in a value to the shipped path (or drops it when that code is not a module of the package). */
function relink(value) {
  if (Array.isArray(value)) return value.forEach(relink);
  if (!value || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'module' && typeof inner === 'string' && /^\/?src\//.test(inner)) {
      const shipped = shippedPath(inner);
      if (shipped) value.module = shipped;
      else delete value.module;
    } else relink(inner);
  }
}

/** `'chorus-load'` from a class's `static type = 'chorus-load'`, if it is an event class. */
function eventName(declaration) {
  const field = declaration.members?.find((member) => member.kind === 'field' && member.static && member.name === 'type');
  return field?.default ? /^['"`]([a-z][a-z0-9-]*)['"`]$/.exec(field.default)?.[1] : undefined;
}

function shippedManifest() {
  return {
    name: 'chorus-shipped-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const sources = manifest.modules;
      const declarations = sources.flatMap((module) => module.declarations ?? []);

      // Events: name → the event class that carries it.
      const eventClasses = new Map(declarations.filter((d) => d.kind === 'class' && eventName(d)).map((d) => [eventName(d), d.name]));
      for (const declaration of declarations) {
        if (!declaration.events) continue;
        // Documented (`@fires`) or dispatched by name; one entry per name, its description kept.
        const byName = new Map();
        for (const event of declaration.events) {
          if (!event.name || (event.description === undefined && !event.name.includes('-'))) continue;
          byName.set(event.name, { ...byName.get(event.name), ...event, type: { text: eventClasses.get(event.name) ?? 'CustomEvent' } });
        }
        declaration.events = [...byName.values()];
        if (declaration.events.length === 0) delete declaration.events;
      }

      const shipped = new Map();
      for (const source of sources) {
        const path = shippedPath(source.path);
        if (!path) continue;
        const module = shipped.get(path) ?? { kind: 'javascript-module', path, declarations: [], exports: [] };
        shipped.set(path, module);
        // What the shipped file exports: an element's own entry file, and core.ts's re-exports of the base class and events.
        const exported = (name) =>
          ENTRY.test(source.path) || path === 'dist/elements/core.js'
            ? source.exports?.some((entry) => entry.kind === 'js' && entry.name === name)
            : sources.some((other) => ENTRY.test(other.path) && shippedPath(other.path) === path && other.exports?.some((entry) => entry.name === name));
        for (const declaration of source.declarations ?? []) {
          // A superclass the analyzer could not find is a platform class (`CustomEvent`), not one of this file's.
          const superclass = declaration.superclass;
          if (superclass?.module && !declarations.some((d) => d.name === superclass.name)) {
            declaration.superclass = { name: superclass.name, package: 'global:' };
          }
          const isExported = exported(declaration.name);
          if (!isExported && !declaration.tagName) continue;
          if (!isExported && declaration.kind !== 'class') continue;
          module.declarations.push(declaration);
          if (isExported) module.exports.push({ kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: path } });
          if (declaration.tagName) {
            module.exports.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: path } });
          }
        }
      }
      for (const module of shipped.values()) {
        if (module.declarations.length === 0) shipped.delete(module.path);
      }
      relink([...shipped.values()]);
      manifest.modules = [...shipped.values()].sort((a, b) => a.path.localeCompare(b.path));
      manifest.readme = 'README.md';
    },
  };
}

export default {
  globs: ['src/elements/*/*.ts', 'src/shared/chorus-element.ts', 'src/shared/events.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/**/*.strings.*.ts', 'src/**/*.examples.ts', 'src/**/*.test.ts'],
  litelement: true,
  // package.json names the manifest already; the analyzer would write its own path (the tests' temporary one) there.
  packagejson: false,
  plugins: [shippedManifest()],
};
