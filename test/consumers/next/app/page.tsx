// A Server Component (the App Router's default): the wrappers are client modules, so it renders
// them as it renders any client component.
import { CstMemberList, CstQuote } from 'cst-elements/react.js';
import { ClientQuote } from './client-quote';

export default function Page() {
  return (
    <main>
      <CstQuote id="wrapped" quote="tokayev-2022-first-use" variant="pull" />
      <CstMemberList id="members" asOf="2022-05-16" />
      <ClientQuote />
    </main>
  );
}
