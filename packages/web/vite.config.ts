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
    rolldownOptions: {
      output: {
        // Vite 8 (rolldown): `codeSplitting.groups` replaces Rollup's (deprecated) manualChunks.
        // Libraries that change rarely get their own long-cached chunks. The antd group takes only
        // what the first page needs (`$initial`); components used by lazy pages only stay in those
        // pages' chunks. ECharts is reached from lazy monitoring pages only, so it loads only there.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 40 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|echarts-for-react)[\\/]/, priority: 30 },
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/,
              tags: ['$initial'],
              priority: 20,
            },
          ],
        },
      },
    },
  },
});
