import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'cst-elements/quote.js';
import 'cst-elements/member-list.js';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <cst-quote [quote]="quote" variant="card"></cst-quote>
    <cst-member-list as-of="2022-05-16"></cst-member-list>
  `,
})
export class AppComponent {
  quote = 'tokayev-2022-working-mechanism';
}
