/**
 * The encoding of an HTML file, as a browser finds it: a byte-order mark, else what the command
 * line says (`--encoding`, as a server's charset would), else the page's own `<meta charset>` in
 * its first 1,024 bytes, else UTF-8. The file is read strictly: a byte the encoding cannot read
 * stops the command with its place, rather than turning into U+FFFD. Output is always UTF-8; when
 * the input was not, its `<meta charset>` says so (added when it had none).
 */

export interface Decoded {
  text: string;
  /** The encoding's name, as `TextDecoder` gives it (`utf-8`, `windows-1251`). */
  encoding: string;
  /** How it was found. */
  from: 'bom' | 'option' | 'meta' | 'default';
  /** The file began with a UTF-8 byte-order mark (kept in the output). */
  utf8Bom: boolean;
}

/** An encoding the command cannot read with, or a file that is not in its encoding. */
export class EncodingError extends Error {}

/** The encodings named in messages as examples. */
export const EXAMPLES = [
  'utf-8',
  'windows-1251',
  'koi8-r',
  'iso-8859-5',
  'utf-16le',
  'windows-1252',
];

/** The WHATWG name of an encoding label, or `undefined` when there is none by that label. */
export function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** Reads an HTML file's bytes as text; `option` is the `--encoding` given, if any. */
export function decodeHtml(bytes: Uint8Array, option?: string): Decoded {
  let encoding: string | undefined;
  let from: Decoded['from'];
  let skip = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    [encoding, from, skip] = ['utf-8', 'bom', 3];
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    [encoding, from, skip] = ['utf-16le', 'bom', 2];
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    [encoding, from, skip] = ['utf-16be', 'bom', 2];
  } else if (option !== undefined) {
    [encoding, from] = [encodingName(option), 'option'];
    if (!encoding)
      throw new EncodingError(
        `--encoding "${option}" is not an encoding this command can read; for example: ${EXAMPLES.join(', ')}`,
      );
  } else {
    const declared = declaredCharset(bytes);
    if (declared) {
      encoding = encodingName(declared);
      if (!encoding) {
        throw new EncodingError(
          `its <meta charset> names "${declared}", which is not an encoding this command can read; give the encoding with --encoding (for example --encoding windows-1251)`,
        );
      }
      // A page cannot declare UTF-16 in its own bytes: browsers read it as UTF-8 (HTML's rule).
      if (encoding.startsWith('utf-16')) encoding = 'utf-8';
      from = 'meta';
    } else [encoding, from] = ['utf-8', 'default'];
  }
  const body = bytes.subarray(skip);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const at = encoding === 'utf-8' ? firstBadUtf8(body) + skip : undefined;
    const place =
      at === undefined ? '' : ` (the first byte it cannot read is on line ${lineOf(bytes, at)})`;
    const how =
      from === 'default'
        ? 'it names no encoding, so it is read as UTF-8'
        : from === 'meta'
          ? `its <meta charset> says ${encoding}`
          : from === 'bom'
            ? `its byte-order mark says ${encoding}`
            : `--encoding says ${encoding}`;
    throw new EncodingError(
      `is not valid ${encoding}${place}: ${how}; if it is in another encoding, name it with --encoding (for example --encoding windows-1251)`,
    );
  }
  return { text, encoding, from, utf8Bom: skip === 3 };
}

/**
 * The file's text as it is written out in UTF-8: unchanged when it was UTF-8; otherwise with its
 * `<meta charset>` (or `http-equiv` declaration) saying `utf-8`, or one added after `<head>`.
 */
export function asUtf8(html: string, decoded: Decoded): string {
  if (decoded.encoding === 'utf-8') return html;
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?([^\s"'/>;]+)[^>]*>/i.exec(html.slice(0, 4096));
  if (meta) {
    const at = meta.index + meta[0].lastIndexOf(meta[1]!);
    return html.slice(0, at) + 'utf-8' + html.slice(at + meta[1]!.length);
  }
  const head = /<head(\s[^>]*)?>/i.exec(html);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = head ? head.index + head[0].length : doctype ? doctype[0].length : 0;
  return `${html.slice(0, at)}<meta charset="utf-8">${html.slice(at)}`;
}

/** The charset a page declares in its first 1,024 bytes (`<meta charset>` or `http-equiv`). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /\bcharset\s*=\s*["']?([^\s"'/>;]+)/i.exec(tag);
    if (!charset) continue;
    // `charset=` inside `content` counts only with http-equiv="content-type".
    const own = /(^|\s)charset\s*=/i.test(tag.replace(/content\s*=\s*("[^"]*"|'[^']*')/gi, ''));
    if (own || /http-equiv\s*=\s*["']?content-type/i.test(tag)) return charset[1];
  }
  return undefined;
}

/** The offset of the first byte that is not valid UTF-8. */
function firstBadUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
    const c1 = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 >= 0xa0) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 >= 0x90)
    )
      return i;
    i += need + 1;
  }
  return bytes.length;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
