// Timing helper shared by the benchmarks (files starting with _ are not benchmarks themselves).

/** Best of `rounds` timings, in milliseconds: the run least disturbed by the rest of the machine. */
export function best(rounds: number, f: () => void): number {
  let min = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}
