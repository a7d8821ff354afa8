/**
 * The optimiser works on integers so that sums, ties and comparisons are exact. Scores are rounded to
 * millionths, unless the largest score is so big that the costs would leave float64's exact integer
 * range; then the grid is coarser (still the finest that stays exact).
 */
const PREFERRED_SCALE = 1e6;
const EXACT_LIMIT = 2 ** 50;

export interface ScaledCosts {
  /** Non-negative integer cost per edge: the best edge costs 0, lower scores cost more. */
  edgeCost: Float64Array;
  /**
   * Cost of a unit that stays unplaced. It exceeds the largest possible difference in total edge cost,
   * so any placement with more matched units is cheaper: cardinality first, score second.
   */
  unplacedCost: number;
}

export function scaleScoresToCosts(scores: ArrayLike<number>, totalUnits: number): ScaledCosts {
  let maxScore = 0;
  for (let edge = 0; edge < scores.length; edge++) maxScore = Math.max(maxScore, scores[edge]);
  const unitsBound = totalUnits + 2;
  const scale = maxScore === 0 ? PREFERRED_SCALE : Math.min(PREFERRED_SCALE, EXACT_LIMIT / (maxScore * unitsBound));
  const scaled = new Float64Array(scores.length);
  let maxScaled = 0;
  for (let edge = 0; edge < scores.length; edge++) {
    scaled[edge] = Math.round(scores[edge] * scale);
    if (scaled[edge] > maxScaled) maxScaled = scaled[edge];
  }
  for (let edge = 0; edge < scores.length; edge++) scaled[edge] = maxScaled - scaled[edge];
  return { edgeCost: scaled, unplacedCost: unitsBound * maxScaled + 1 };
}
