/** Ticks for an axis from min to max: whole numbers, at most about eight of them. */
export function axisTicks(min: number, max: number): number[] {
  const step = [1, 2, 4, 5, 10, 20, 25, 50, 100].find((s) => (max - min) / s <= 8) ?? Math.ceil((max - min) / 8);
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max; v += step) ticks.push(v);
  return ticks;
}
