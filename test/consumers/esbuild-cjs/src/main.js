// A classic script bundle (esbuild's default format), in a package of "type": "commonjs".
import 'cst-elements/quote.js'; // defines <cst-quote>
