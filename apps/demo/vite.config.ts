import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';

// The `source` condition builds the demo from the packages' sources through their own
// `exports` maps, so the packages need no build first.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    // The PDF renderer is a large, on-demand chunk by design: it is loaded only when someone asks.
    chunkSizeWarningLimit: 2500,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
