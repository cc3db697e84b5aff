import { html, LitElement } from 'lit-2';
import 'cst-elements/quote.js';

customElements.define(
  'lit2-card',
  class extends LitElement {
    render() {
      return html`<h2>Lit 2</h2>
        <cst-quote quote="tokayev-2022-working-mechanism" variant="inline"></cst-quote>`;
    }
  },
);
