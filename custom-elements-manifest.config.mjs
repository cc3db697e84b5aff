/**
 * Events are documented with `@event` on each class. The analyzer also guesses events from
 * `dispatchEvent(new SomeEvent(arg))` calls and names them after the argument; those guesses are
 * dropped so the manifest lists only the documented events.
 */
const documentedEventsOnly = () => ({
  name: 'documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (decl.events)
          decl.events = decl.events.filter((e) => e.description && e.name?.startsWith('cst-'));
      }
    }
  },
});

/** Modules in path order, so the manifest does not depend on how the file system lists files. */
const sortedModules = () => ({
  name: 'sorted-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/data/**', 'src/ssr/**', 'src/cdn/**', 'src/embed/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [documentedEventsOnly(), sortedModules()],
};
