/** Edit distance between two short strings (case-insensitive). */
function distance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The choice closest to `value`, if any is reasonably close (or contains it). */
export function closestMatch(value: string, choices: readonly string[]): string | undefined {
  const wanted = value.trim().toLowerCase();
  if (!wanted) return undefined;
  const containing = choices.find((c) => c.toLowerCase().includes(wanted));
  if (containing) return containing;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const choice of choices) {
    const score = distance(wanted, choice);
    if (score < bestScore) [best, bestScore] = [choice, score];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(best.length / 3))
    ? best
    : undefined;
}
