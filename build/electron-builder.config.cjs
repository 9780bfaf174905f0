// electron-builder 26 configuration for `npm run dist`.
// better-sqlite3 is not rebuilt by electron-builder (npmRebuild: false): build/scripts/prepare-native.mjs
// builds it for Electron and checks the binary's ABI, and it ships beside the asar as a resource.

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'app.ordo.desktop',
  productName: 'Ordo',
  copyright: 'Copyright © Ordo',
  directories: { output: 'dist', buildResources: 'build' },
  files: [
    'out/**',
    'package.json',
    // The Node build and the C sources of better-sqlite3 are dead weight in the app; only its JS is loaded,
    // with the Electron binary passed as nativeBinding.
    '!node_modules/better-sqlite3/{build,deps,src}/**',
  ],
  asar: true,
  extraResources: [
    { from: 'migrations', to: 'migrations', filter: ['**/*'] },
    { from: 'build/native/electron/better_sqlite3.node', to: 'native/better_sqlite3.node' },
  ],
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  fileAssociations: [
    {
      ext: 'ordo',
      name: 'Ordo company',
      description: 'Ordo company file',
      mimeType: 'application/x-ordo-company',
      role: 'Editor',
    },
  ],
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'ordo',
    // deb needs a maintainer; replace with a real contact address before publishing.
    maintainer: 'Ordo',
  },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.business' },
};

module.exports = config;
