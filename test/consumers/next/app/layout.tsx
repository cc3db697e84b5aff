import type { ReactNode } from 'react';
// Imported by a Server Component too (for the types of the tag): the server evaluates the
// package once per bundle, which is one copy, not two.
import 'cst-elements/quote.js';

export const metadata = { title: 'cst-elements with Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
