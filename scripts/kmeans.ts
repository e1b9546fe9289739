/** Spherical k-means, for the tagger's word clusters (scripts/write-word-clusters.ts). */

/** Dot product of row a of `x` with row b of `y`. */
function dot(x: Float32Array, a: number, y: Float32Array, b: number, dim: number): number {
  let s = 0;
  const oa = a * dim, ob = b * dim;
  for (let d = 0; d < dim; d++) s += x[oa + d]! * y[ob + d]!;
  return s;
}

/**
 * Spherical k-means (cosine similarity) of the unit rows of `x` (`dim`
 * columns; row weights `w`, whose length is the row count) into `k`
 * clusters: k-means++ starts on a sample of at most 20,000 rows, then up to
 * `iters` rounds of assign / re-centre, stopping early once no row moves.
 * An empty cluster keeps its centroid. Deterministic for a given `random`.
 * Returns the assignment and the unit centroids (`k` × `dim`).
 */
export function sphericalKmeans(
  x: Float32Array, dim: number, w: Float64Array, k: number, iters: number, random: () => number,
  onRound: (round: number, moved: number) => void = () => {},
): { assign: Int32Array; cent: Float32Array } {
  const n = w.length;
  if (x.length !== n * dim) throw new Error(`k-means: ${x.length} values are not ${n} rows of ${dim}`);
  if (k < 1 || k > n) throw new Error(`k-means: cannot make ${k} clusters of ${n} rows`);
  const cent = new Float32Array(k * dim);
  // k-means++ on a sample of at most 20,000 rows.
  const sample: number[] = [];
  const step = Math.max(1, Math.floor(n / 20_000));
  for (let i = 0; i < n; i += step) sample.push(i);
  const dist = new Float64Array(sample.length).fill(Infinity);
  let pick = sample[Math.floor(random() * sample.length)]!;
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < dim; d++) cent[c * dim + d] = x[pick * dim + d]!;
    let total = 0;
    for (let j = 0; j < sample.length; j++) {
      const dd = Math.max(0, 1 - dot(x, sample[j]!, cent, c, dim));
      if (dd < dist[j]!) dist[j] = dd;
      total += dist[j]! * w[sample[j]!]!;
    }
    let r = random() * total;
    pick = sample[sample.length - 1]!;
    for (let j = 0; j < sample.length; j++) {
      r -= dist[j]! * w[sample[j]!]!;
      if (r <= 0) { pick = sample[j]!; break; }
    }
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iters; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0, bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const sim = dot(x, i, cent, c, dim);
        if (sim > bestSim) { bestSim = sim; best = c; }
      }
      if (assign[i] !== best || it === 0) moved++;
      assign[i] = best;
    }
    const sum = new Float64Array(k * dim);
    for (let i = 0; i < n; i++) {
      const c = assign[i]!;
      for (let d = 0; d < dim; d++) sum[c * dim + d] += x[i * dim + d]! * w[i]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += sum[c * dim + d]! ** 2;
      if (norm === 0) continue; // an empty cluster keeps its old centroid
      norm = Math.sqrt(norm);
      for (let d = 0; d < dim; d++) cent[c * dim + d] = sum[c * dim + d]! / norm;
    }
    onRound(it + 1, moved);
    if (moved === 0) break;
  }
  return { assign, cent };
}

