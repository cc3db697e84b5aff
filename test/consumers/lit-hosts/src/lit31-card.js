import { html, LitElement } from 'lit-3.1';
import 'cst-elements/member-list.js';

customElements.define(
  'lit31-card',
  class extends LitElement {
    render() {
      return html`<h2>Lit 3.1</h2>
        <cst-member-list as-of="2022-05-16"></cst-member-list>`;
    }
  },
);
