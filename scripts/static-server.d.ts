import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Page {
  body: string | Uint8Array;
  /** Content type; HTML by default. */
  type?: string;
  headers?: Record<string, string>;
}

export interface ServeOptions {
  /** Folder to serve; `dist` by default. */
  root?: string;
  /** Extra pages by path, tried before anything else. */
  pages?: Record<string, string | Page> | Map<string, string | Page>;
  /** Extra routes, tried after the pages: return true when the request was answered. */
  route?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Other folders, by URL prefix (`'/vendor/'`). */
  mounts?: Record<string, string>;
  /** Headers added to every response (a Content-Security-Policy, say). */
  headers?: Record<string, string>;
  /** Compress what the client accepts compressed, each file and page once. */
  gzip?: boolean;
  /** HTTPS with HTTP/2 (a self-signed certificate made for the run). */
  http2?: boolean;
}

export interface StaticServer {
  /** The origin, `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  /** The files sent so far (absolute paths). */
  sent: Set<string>;
  close(): Promise<void>;
}

export function contentType(file: string): string;
export function serve(options?: ServeOptions): Promise<StaticServer>;
export function chromiumOptions(extraArgs?: string[]): { executablePath: string; args: string[] };
