/** `import url from './x.worker.ts?worker&url'`: the URL of the worker Vite bundles from that file. */
declare module '*?worker&url' {
  const url: string;
  export default url;
}
