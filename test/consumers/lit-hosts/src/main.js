// An app whose own components are built with Lit 2.8 and Lit 3.1: each renders a cst-elements
// element in its shadow root. The package brings its own Lit 3 alongside.
import './lit2-card.js';
import './lit31-card.js';
