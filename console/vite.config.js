import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
  },
  server: {
    // `npm run dev` next to a running `./aduan up`: the API and the local sign-in stay on port 3000.
    proxy: Object.fromEntries(['/complaints', '/config', '/local', '/webhooks'].map((path) => [path, 'http://127.0.0.1:3000'])),
  },
  test: {
    environment: 'node',
    include: ['test/**/*.test.js'],
  },
});
