import { MinHeap } from "./min-heap";
import { buildTransportNetwork, type TransportInput } from "./transport-network";

export type { TransportInput };

export interface TransportResult {
  /** 1 where the edge carries a unit in the optimum. */
  edgeUsed: Uint8Array;
  /** Units that needed a shortest-path search (the rest went straight onto their cheapest arc). */
  searches: number;
  /** Nodes settled over all searches: the work the solver did. */
  settledNodes: number;
}

/**
 * Exact minimum-cost placement of every unit (successive shortest paths, row by row, Hungarian style).
 *
 * Why it is exact: we keep node potentials such that every residual arc has a non-negative reduced cost.
 * Each unit of a row is routed along a shortest path (Dijkstra on reduced costs) to the sink, reached
 * through a column with room or through a row's unplaced arc; updating the potentials with the distances
 * keeps them feasible. When every unit is placed and no residual arc has a negative reduced cost there is
 * no negative cycle, so the placement is a minimum-cost flow. Every unit must be placed, so the order in
 * which rows are processed does not matter (unlike augmenting from rows that may stay unmatched).
 */
const PLACED = -2;

export function solveMinCostTransport(input: TransportInput): TransportResult {
  const network = buildTransportNetwork(input);
  const { rowCount, rowStart, arcRow, arcColumn, arcCost, arcUsed, unplacedCost } = network;
  const { columnCapacity, columnUsed, columnSlotStart, columnSlots, potential } = network;
  const nodeCount = rowCount + input.columnCount;
  const distance = new Float64Array(nodeCount);
  const reachedEpoch = new Int32Array(nodeCount);
  const settledEpoch = new Int32Array(nodeCount);
  const predecessorArc = new Int32Array(nodeCount);
  const settledList = new Int32Array(nodeCount);
  const heap = new MinHeap();
  let epoch = 0;
  let searches = 0;
  let settledNodes = 0;

  const addToColumn = (arc: number): void => {
    const column = arcColumn[arc];
    columnSlots[columnSlotStart[column] + columnUsed[column]++] = arc;
    arcUsed[arc] = 1;
  };
  const removeFromColumn = (arc: number): void => {
    const column = arcColumn[arc];
    const first = columnSlotStart[column];
    const last = first + --columnUsed[column];
    let slot = first;
    while (columnSlots[slot] !== arc) slot++;
    columnSlots[slot] = columnSlots[last];
    arcUsed[arc] = 0;
  };

  /** Potential that makes the row's cheapest outgoing arc (edge or unplaced arc) exactly tight. */
  const cheapestReducedCost = (row: number): number => {
    let cheapest = unplacedCost;
    for (let arc = rowStart[row]; arc < rowStart[row + 1]; arc++) {
      cheapest = Math.min(cheapest, arcCost[arc] - potential[rowCount + arcColumn[arc]]);
    }
    return cheapest;
  };

  /**
   * The shortest path is the row's cheapest arc when that arc reaches a column with room: nothing can be
   * shorter, because every path leaves the row through one of its arcs and reduced costs are non-negative.
   * Then Dijkstra would settle only the row, so lowering its potential by that arc's reduced cost is the
   * whole update. Most units are placed this way without a search. Otherwise the cheapest arc to a column
   * with room is returned: an upper bound that lets the search stop scanning arcs early.
   */
  const placeOnCheapestArc = (row: number): number => {
    const rowPotential = potential[row];
    let cheapest = unplacedCost + rowPotential;
    let roomArc = -1;
    let roomReduced = Infinity;
    for (let arc = rowStart[row]; arc < rowStart[row + 1]; arc++) {
      if (arcUsed[arc]) continue;
      const column = arcColumn[arc];
      const reduced = arcCost[arc] + rowPotential - potential[rowCount + column];
      const hasRoom = columnUsed[column] < columnCapacity[column];
      if (hasRoom && reduced < roomReduced) {
        roomReduced = reduced;
        roomArc = arc;
      }
      if (reduced < cheapest) cheapest = reduced;
    }
    if (roomArc < 0 || roomReduced > cheapest) return roomArc;
    potential[row] -= roomReduced;
    addToColumn(roomArc);
    return PLACED;
  };

  const placeByShortestPath = (root: number, boundArc: number): void => {
    epoch++;
    searches++;
    heap.clear();
    distance[root] = 0;
    reachedEpoch[root] = epoch;
    heap.push(0, root);
    let sinkDistance = Infinity;
    let lastNode = -1;
    if (boundArc >= 0) {
      // A known path root -> column with room -> sink; the search only looks for shorter ones.
      lastNode = rowCount + arcColumn[boundArc];
      const reduced = arcCost[boundArc] + potential[root] - potential[lastNode];
      reachedEpoch[lastNode] = epoch;
      distance[lastNode] = reduced;
      predecessorArc[lastNode] = boundArc;
      sinkDistance = reduced + potential[lastNode];
    }
    let settledCount = 0;
    const relax = (node: number, candidate: number, arc: number): void => {
      if (candidate >= sinkDistance || settledEpoch[node] === epoch) return;
      if (reachedEpoch[node] !== epoch || candidate < distance[node]) {
        reachedEpoch[node] = epoch;
        distance[node] = candidate;
        predecessorArc[node] = arc;
        heap.push(candidate, node);
      }
    };
    while (heap.size > 0) {
      const key = heap.peekKey();
      if (key >= sinkDistance) break;
      const node = heap.pop();
      if (settledEpoch[node] === epoch || key > distance[node]) continue;
      settledEpoch[node] = epoch;
      settledList[settledCount++] = node;
      const nodePotential = potential[node];
      if (node < rowCount) {
        const viaUnplaced = key + unplacedCost + nodePotential;
        if (viaUnplaced < sinkDistance) {
          sinkDistance = viaUnplaced;
          lastNode = node;
        }
        // Edges are sorted by cost and column potentials are never positive, so once key + cost reaches
        // the best path to the sink found so far, no later edge of this row can lead to a shorter one.
        const base = key + nodePotential;
        for (let arc = rowStart[node]; arc < rowStart[node + 1]; arc++) {
          const cost = arcCost[arc];
          if (base + cost >= sinkDistance) break;
          if (arcUsed[arc]) continue;
          const target = rowCount + arcColumn[arc];
          relax(target, base + cost - potential[target], arc);
        }
      } else {
        const column = node - rowCount;
        if (columnUsed[column] < columnCapacity[column] && key + nodePotential < sinkDistance) {
          sinkDistance = key + nodePotential;
          lastNode = node;
        }
        const first = columnSlotStart[column];
        for (let slot = first; slot < first + columnUsed[column]; slot++) {
          const arc = columnSlots[slot];
          const target = arcRow[arc];
          relax(target, key - arcCost[arc] + nodePotential - potential[target], arc);
        }
      }
    }
    settledNodes += settledCount;
    for (let k = 0; k < settledCount; k++) {
      const node = settledList[k];
      potential[node] += distance[node] - sinkDistance;
    }
    // Walk the path back from its last node; a row reached through a column gives that edge up, a
    // column reached from a row takes the edge. Removing before adding keeps each column within its slots.
    let node = lastNode;
    while (node !== root) {
      const arc = predecessorArc[node];
      if (node < rowCount) {
        removeFromColumn(arc);
        node = rowCount + arcColumn[arc];
      } else {
        addToColumn(arc);
        node = arcRow[arc];
      }
    }
  };

  for (let row = 0; row < rowCount; row++) {
    const units = network.rowUnits[row];
    if (units === 0) continue;
    potential[row] = -cheapestReducedCost(row);
    for (let unit = 0; unit < units; unit++) {
      const boundArc = placeOnCheapestArc(row);
      if (boundArc !== PLACED) placeByShortestPath(row, boundArc);
    }
  }
  assertExactArithmetic(potential);
  const edgeUsed = new Uint8Array(arcUsed.length);
  for (let arc = 0; arc < arcUsed.length; arc++) edgeUsed[network.arcEdge[arc]] = arcUsed[arc];
  return { edgeUsed, searches, settledNodes };
}

function assertExactArithmetic(potential: Float64Array): void {
  for (let node = 0; node < potential.length; node++) {
    if (!Number.isSafeInteger(potential[node])) {
      throw new Error("min-cost transport: potentials left the exact integer range of float64");
    }
  }
}
