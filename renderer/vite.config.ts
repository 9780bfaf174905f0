// Builds the renderer on its own (npm run build:renderer); electron-vite reuses the same root and plugin.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    // The CSP forbids inline scripts and remote code, so nothing may be inlined as a data: URL script.
    assetsInlineLimit: 0,
  },
});
