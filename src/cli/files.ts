/** What the commands say about a file they cannot read: its name, and the way out. */
import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { closestMatch } from '../internal/suggest.js';

/**
 * Why `file` could not be read, in words, with a suggestion where one helps: the closest name in
 * its folder for a missing file (never its own name: a broken link is said to be one).
 */
export function unreadable(
  file: string,
  error: unknown,
  extension: string,
): { message: string; suggestion?: string } {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') {
    const link = linkTarget(file);
    if (link !== undefined) {
      return {
        message: `is a link to ${link}, which does not exist`,
        suggestion: 'point the link at the file, or name the file itself',
      };
    }
    let near: string | undefined;
    try {
      const names = readdirSync(dirname(file)).filter(
        (f) => f.endsWith(extension) && f !== basename(file),
      );
      near = closestMatch(basename(file), names);
    } catch {
      near = undefined;
    }
    return {
      message: 'no such file',
      suggestion: near ? `did you mean ${join(dirname(file), near)}?` : 'check the path',
    };
  }
  if (code === 'EISDIR')
    return { message: 'is a folder, not a file', suggestion: `name the ${extension} file in it` };
  if (code === 'EACCES' || code === 'EPERM')
    return { message: 'cannot be read: permission denied' };
  if (code === 'ENOTDIR') return { message: 'no such file: a part of the path is not a folder' };
  if (code === 'ELOOP') return { message: 'is a link that leads back to itself' };
  return { message: `cannot be read (${code ?? (error as Error)?.message ?? String(error)})` };
}

/** Where a symbolic link points, when `file` is one. */
function linkTarget(file: string): string | undefined {
  try {
    return lstatSync(file).isSymbolicLink() ? readlinkSync(file) : undefined;
  } catch {
    return undefined;
  }
}
