/**
 * Registers the feed's read-only `source` forms eagerly, so `resolveSource` returns
 * their classes at once (GitHubSource, DiscourseSource, StaticJsonSource,
 * ReadThroughSource). The elements do not need this module: without it the same
 * forms load on demand (source-kinds.ts). Import it when your own code wants the
 * classes synchronously, at the cost of every source's code up front.
 * @module
 */
import { discourseSource } from './discourse.ts';
import { githubSource } from './github.ts';
import { registerSourceKind } from './resolve.ts';
import { isDiscourse, isFile, isGitHub } from './source-kinds.ts';
import { StaticJsonSource } from './static-json.ts';

export { ReadThroughSource } from './read-through.ts';

registerSourceKind({ matches: isGitHub, create: (source, { via }) => githubSource(source, via) });
registerSourceKind({ matches: isDiscourse, create: (source, { via }) => discourseSource(source, via) });
registerSourceKind({ matches: isFile, create: (source) => new StaticJsonSource(source) });
