import { fileURLToPath } from 'node:url';

export default {
  mode: 'production',
  entry: './src/main.js',
  output: { path: fileURLToPath(new URL('dist', import.meta.url)), filename: 'main.js' },
  // The app bundles every element with all the data (all.js, about 250 KiB minified before
  // compression): above webpack's 244 KiB hint, which then also suggests a runtime chunk.
  performance: { maxAssetSize: 400 * 1024, maxEntrypointSize: 400 * 1024 },
};
