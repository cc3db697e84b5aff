const NOTED = Symbol.for('cst-elements/define-noted');

/**
 * Registers a tag unless it is taken. When another copy of the library already defined it, the
 * existing definition stays and one console note (per page) says so.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    // The elements already in the page are upgraded inside define(): they may be showing their
    // fallback, which `no-shift` keeps until swapping it moves nothing (see upgrade.ts).
    const upgrading = ctor as { upgradingInPlace?: boolean };
    upgrading.upgradingInPlace = true;
    try {
      customElements.define(tag, ctor);
    } finally {
      upgrading.upgradingInPlace = false;
    }
    return;
  }
  if (existing === ctor) return;
  // A server evaluates the library once per bundle it renders with (Next.js has one for Server
  // Components and one for client components): that is one copy, not two.
  if (typeof document === 'undefined') return;
  const g = globalThis as unknown as Record<symbol, boolean>;
  if (!g[NOTED]) {
    g[NOTED] = true;
    console.info(
      `[cst-elements] <${tag}> is already defined by another copy of cst-elements; that copy is used.`,
    );
  }
}
