import { defineConfig } from 'vitest/config';
export default defineConfig({ root: '/work/wt/checks', test: { include: ['tests/**/*.test.ts', 'src/**/*.test.ts'], testTimeout: 30_000 } });
