import type { TransformResult } from 'esbuild';

export function compileTs(
  code: string,
  file: string,
  sourcemap?: boolean | 'inline',
): Promise<TransformResult>;
export function viteCompile(): {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): Promise<{ code: string; map: string } | null>;
};
export function testRunnerCompile(): object;
