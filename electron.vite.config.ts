// electron-vite build: main (ESM, deps left in node_modules), preload (one sandbox-ready CJS file with zod and
// shared/ bundled in), renderer (the same Vite config `npm run build:renderer` uses).
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'electron-vite';
import rendererConfig from './renderer/vite.config';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('out/main'),
      // package.json dependencies stay external; better-sqlite3 must, as it loads a native binary at run time.
      externalizeDeps: true,
      rolldownOptions: {
        input: { main: fromRoot('electron/app/main.ts') },
        external: ['better-sqlite3'],
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('out/preload'),
      // A sandboxed preload can only require('electron'): everything else has to be inside the one file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: fromRoot('electron/app/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: mergeConfig(rendererConfig, {
    build: { rolldownOptions: { input: fromRoot('renderer/index.html') } },
  }),
});
