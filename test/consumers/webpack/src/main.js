import 'cst-elements/all.js';
