// custom-elements.json, as the analyzer writes it from src/ now, checked against the
// `custom-elements-manifest` schema one piece at a time: the schema's top level accepts any
// declaration as a plain class (its `anyOf`), so a broken event or element would pass there.
// Then what the schema cannot say: the paths are files of the package, every tag is defined
// where its class is, and every event names its event class.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { Ajv, type ValidateFunction } from 'ajv';

const root = new URL('../../', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8')) as object;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  files: string[];
  customElements: string;
  exports: Record<string, string | { import?: string }>;
};

interface Event {
  name: string;
  type?: { text: string };
}
interface Declaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  events?: Event[];
  superclass?: { name: string; module?: string; package?: string };
}
interface Export {
  kind: 'js' | 'custom-element-definition';
  name: string;
  declaration: { name: string; module?: string };
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: Export[];
}
interface Manifest {
  schemaVersion: string;
  readme?: string;
  modules: Module[];
}

const out = mkdtempSync(join(tmpdir(), 'chorus-cem-'));
after(() => rmSync(out, { recursive: true, force: true }));
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
    'analyze',
    '--config',
    'custom-elements-manifest.config.mjs',
    '--outdir',
    relative(root, out),
    '--quiet',
  ],
  // The analyzer joins --outdir to its working directory.
  { cwd: root, stdio: 'pipe' },
);
const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as Manifest;

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema, 'cem');
const definition = (name: string): ValidateFunction => {
  const validate = ajv.getSchema(`cem#/definitions/${name}`);
  assert.ok(validate, `the schema defines ${name}`);
  return validate;
};
function valid(name: string, value: unknown, where: string): void {
  const validate = definition(name);
  assert.ok(validate(value), `${where} is not a valid ${name}: ${ajv.errorsText(validate.errors)}`);
}
const DECLARATION_KIND: Record<string, string> = {
  class: 'ClassDeclaration',
  function: 'FunctionDeclaration',
  variable: 'VariableDeclaration',
  mixin: 'MixinDeclaration',
};

const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })));
const elements = declarations.filter(({ declaration }) => declaration.customElement && declaration.tagName);

describe('custom-elements.json', () => {
  it('is a valid manifest as a whole', () => {
    const validate = ajv.getSchema('cem');
    assert.ok(validate?.(manifest), ajv.errorsText(validate?.errors));
  });

  it('has a valid module, declaration, export and event at every place', () => {
    assert.ok(manifest.modules.length > 0);
    for (const module of manifest.modules) {
      valid('JavaScriptModule', module, module.path);
      for (const declaration of module.declarations ?? []) {
        const kind = declaration.customElement ? 'CustomElementDeclaration' : DECLARATION_KIND[declaration.kind];
        assert.ok(kind, `${module.path} ${declaration.name}: unknown kind ${declaration.kind}`);
        valid(kind, declaration, `${module.path} ${declaration.name}`);
        for (const event of declaration.events ?? []) valid('Event', event, `${declaration.name}'s event ${event.name}`);
      }
      for (const entry of module.exports ?? []) {
        valid(entry.kind === 'js' ? 'JavaScriptExport' : 'CustomElementExport', entry, `${module.path} export ${entry.name}`);
      }
    }
  });

  it('describes every element the source defines, each with its tag registered in its own module', () => {
    const defined = readdirSync(join(root, 'src/elements'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [...readFileSync(join(root, 'src/elements', file), 'utf8').matchAll(/^define\('([a-z][a-z0-9-]*)'/gm)].map((match) => match[1]));
    assert.ok(defined.length >= 4);
    assert.deepEqual(elements.map(({ declaration }) => declaration.tagName).sort(), defined.sort());
    for (const { module, declaration } of elements) {
      const registrations = manifest.modules.flatMap((each) =>
        (each.exports ?? [])
          .filter((entry) => entry.kind === 'custom-element-definition' && entry.name === declaration.tagName)
          .map((entry) => ({ each, entry })),
      );
      assert.equal(registrations.length, 1, `${declaration.tagName} is registered once`);
      assert.equal(registrations[0]?.each.path, module.path);
      assert.deepEqual(registrations[0]?.entry.declaration, { name: declaration.name, module: module.path });
    }
  });

  it('gives each event its name and the class it is dispatched as', () => {
    const classes = new Set(declarations.filter(({ declaration }) => declaration.kind === 'class').map(({ declaration }) => declaration.name));
    for (const { declaration } of elements) {
      assert.ok(declaration.events?.length, `${declaration.tagName} documents its events`);
      for (const event of declaration.events ?? []) {
        assert.match(event.name, /^chorus-[a-z-]+$/, `${declaration.tagName}: event name`);
        assert.ok(
          event.type && classes.has(event.type.text),
          `${declaration.tagName} ${event.name}: type ${event.type?.text} is an event class in the manifest`,
        );
      }
    }
    const feed = elements.find(({ declaration }) => declaration.tagName === 'chorus-story-feed')?.declaration;
    assert.deepEqual(
      feed?.events?.map((event) => [event.name, event.type?.text]),
      [
        ['chorus-load', 'ChorusLoadEvent'],
        ['chorus-error', 'ChorusErrorEvent'],
      ],
    );
  });

  it('names only files the package ships, each an export of package.json', () => {
    const targets = new Set(Object.values(pkg.exports).map((target) => (typeof target === 'string' ? target : target.import)));
    const elementDirs = readdirSync(join(root, 'src/elements'));
    const linked = new Set<string>();
    (function walk(value: unknown): void {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'module' && typeof inner === 'string') linked.add(inner);
          else walk(inner);
        }
      }
    })(manifest);
    for (const path of [...manifest.modules.map((module) => module.path), ...linked]) {
      assert.match(path, /^dist\/elements\/[a-z-]+\.js$/, path);
      assert.ok(
        pkg.files.some((dir) => path.startsWith(`${dir}/`)),
        `${path} is in package.json "files"`,
      );
      const name = /^dist\/elements\/([a-z-]+)\.js$/.exec(path)?.[1] ?? '';
      assert.ok(name === 'core' || elementDirs.includes(name), `${path} is built (vite.config.ts builds one file per src/elements/ folder, and core)`);
      assert.ok(targets.has(`./${path}`), `${path} is exported by package.json`);
    }
    assert.ok(manifest.modules.some((module) => module.path === 'dist/elements/core.js'));
  });

  it('links the readme, and package.json links the manifest', () => {
    assert.equal(manifest.readme, 'README.md');
    assert.ok(pkg.files.includes('README.md'));
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
  });
});
