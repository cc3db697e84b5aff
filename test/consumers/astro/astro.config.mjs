import { defineConfig } from 'astro/config';

// Static output: each page is rendered at build time, and its script defines the elements.
export default defineConfig({ telemetry: false });
