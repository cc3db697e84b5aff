'use client';

import 'cst-elements/quote.js';

export function ClientQuote() {
  return <cst-quote id="client" quote="tokayev-2022-working-mechanism" variant="card" />;
}
