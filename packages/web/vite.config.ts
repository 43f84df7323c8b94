import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Dev: `npx vite` serves on 5173 and proxies /api to the Fastify server on 3000.
// Build: `npx vite build` writes dist/, which the server serves itself.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
});
