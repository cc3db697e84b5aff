/**
 * Resolves once a framework has had its chance to set an element's first properties.
 *
 * Server-rendered apps (Next.js, Angular, Vue) send `<cst-quote>` without the properties the
 * framework sets later, while hydrating: the element may upgrade in between and look as if its
 * attributes were missing. So an element decides that something is missing only once the task
 * that connected it has ended and, when it connected while the page was loading, once the page
 * has loaded and the main thread has been idle (hydration keeps it busy until it is done; at most
 * two seconds).
 */
export async function settled(): Promise<void> {
  const loading = document.readyState !== 'complete';
  await new Promise((resolve) => setTimeout(resolve));
  if (!loading) return;
  if (document.readyState !== 'complete')
    await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  await new Promise((resolve) =>
    // WebKit has no requestIdleCallback: the next task but one, then.
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(resolve, { timeout: 2000 })
      : setTimeout(resolve, 50),
  );
}
