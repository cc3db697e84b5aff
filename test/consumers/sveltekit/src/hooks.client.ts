// Lit's hydration support, before any element loads: server-rendered elements keep their DOM.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
