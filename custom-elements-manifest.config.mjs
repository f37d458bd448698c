export default {
  globs: ['src/elements/**/*.ts', 'src/shared/chorus-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
