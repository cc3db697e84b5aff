import '../src/define/provider.js';
