import 'cst-elements/quote.js';

export const Quote = () => <cst-quote quote="tokayev-2022-working-mechanism" variant="card" />;
