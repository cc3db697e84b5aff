/**
 * The server-rendering stack (`@lit-labs/ssr`, and `parse5` for the command line) is made of
 * optional peer dependencies, so that apps that only run in the browser do not install it.
 */

/** True when `error` is Node's failure to find the package `name`. */
export function isMissingPackage(error: unknown, name: string): boolean {
  const e = error as { code?: string; message?: string } | null;
  return (
    (e?.code === 'ERR_MODULE_NOT_FOUND' || e?.code === 'MODULE_NOT_FOUND') &&
    (e.message ?? '').includes(`'${name}`)
  );
}

/** The message for optional peer dependencies that are not installed. */
export function missingMessage(what: string, names: string[]): string {
  const list = names.join(' and ');
  return (
    `${what} needs ${list}, ${names.length > 1 ? 'optional peer dependencies' : 'an optional peer dependency'} ` +
    `of cst-elements that ${names.length > 1 ? 'are' : 'is'} not installed: npm install ${names.join(' ')}`
  );
}
