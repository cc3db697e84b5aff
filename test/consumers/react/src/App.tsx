import 'cst-elements/quote.js';
import 'cst-elements/timeline.js';
import type { CstErrorEvent } from 'cst-elements';
import { CstMemberList, CstMemberMap, CstQuote, CstTimeline } from 'cst-elements/react.js';
import { Quote } from './Quote.tsx';

declare global {
  interface Window {
    cstErrors: string[];
  }
}
const record = (via: string) => (event: CstErrorEvent) =>
  window.cstErrors.push(`${via}:${(event.target as Element).localName}:${event.detail.code}`);
const fallback = <p>The CSTO timeline cannot be shown here.</p>;
const mapFallback = <p>The CSTO member map cannot be shown here.</p>;

export function App() {
  return (
    <>
      <Quote />
      <cst-quote
        id="bad"
        quote="tokayev-2022-working-mechanism"
        // @ts-expect-error: "bogus" is not a variant
        variant="bogus"
        oncst-error={record('jsx')}
      />
      <CstQuote
        id="wrapped"
        quote="tokayev-2022-first-use"
        variant="pull"
        onCstError={(event) => console.warn(event.detail.message)}
      />
      <CstQuote
        id="wrapped-bad"
        quote="tokayev-2022-first-use"
        // @ts-expect-error: "bogus" is not a variant
        variant="bogus"
        onCstError={record('wrapper')}
      />
      <CstMemberList asOf="2022-05-16" layout="table" />
      <cst-timeline state="kz" kinds="operations" layout="list" />
      <cst-timeline id="bad-timeline" state="kz" kinds="bogus" oncst-error={record('jsx')}>
        {fallback}
      </cst-timeline>
      <CstTimeline id="wrapped-timeline" state="am" kinds="operations" layout="compact" />
      <CstTimeline
        id="wrapped-timeline-bad"
        state="am"
        kinds="operations"
        // @ts-expect-error: "bogus" is not a layout
        layout="bogus"
        onCstError={record('wrapper')}
      >
        {fallback}
      </CstTimeline>
      <CstMemberMap id="wrapped-map" asOf="2012-12-31" highlight="Armenia" />
      <CstMemberMap
        id="wrapped-map-bad"
        // @ts-expect-error: "bogus" is not a choice of labels
        labels="bogus"
        onCstError={record('wrapper')}
      >
        {mapFallback}
      </CstMemberMap>
    </>
  );
}
