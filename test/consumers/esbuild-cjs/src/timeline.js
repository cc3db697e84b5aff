// The timeline page's bundle, built the same way as main.js.
import 'cst-elements/timeline.js'; // defines <cst-timeline>
