import { MinHeap } from "./min-heap";
import { buildTransportNetwork, type TransportNetwork } from "./transport-network";

/**
 * Rows place `rowSupply` units each, one per edge at most, on columns that take at most `columnCapacity`
 * units. A unit that no column takes goes to its row's "unplaced" arc at cost `unplacedCost`. All costs are
 * non-negative integers (exact in float64 below 2^53), so ties and comparisons are exact.
 */
export interface TransportInput {
  rowCount: number;
  columnCount: number;
  rowSupply: Int32Array;
  columnCapacity: Int32Array;
  edgeRow: Int32Array;
  edgeColumn: Int32Array;
  edgeCost: Float64Array;
  unplacedCost: number;
}

export interface TransportResult {
  /** 1 where the edge carries a unit in the optimum. */
  edgeUsed: Uint8Array;
  /** Units that needed a shortest-path search (the rest were placed on a tight edge directly). */
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
export function solveMinCostTransport(input: TransportInput): TransportResult {
  const network = buildTransportNetwork(input);
  const { rowCount, rowStart, rowEdges, edgeColumn, edgeRow, edgeCost, unplacedCost } = network;
  const { columnCapacity, columnUsed, columnSlotStart, columnSlots, edgeUsed, potential } = network;
  const nodeCount = rowCount + input.columnCount;
  const distance = new Float64Array(nodeCount);
  const reachedEpoch = new Int32Array(nodeCount);
  const settledEpoch = new Int32Array(nodeCount);
  const predecessorEdge = new Int32Array(nodeCount);
  const settledList = new Int32Array(nodeCount);
  const heap = new MinHeap();
  let epoch = 0;
  let searches = 0;
  let settledNodes = 0;

  const addToColumn = (edge: number): void => {
    const column = edgeColumn[edge];
    columnSlots[columnSlotStart[column] + columnUsed[column]++] = edge;
    edgeUsed[edge] = 1;
  };
  const removeFromColumn = (edge: number): void => {
    const column = edgeColumn[edge];
    const first = columnSlotStart[column];
    const last = first + --columnUsed[column];
    let slot = first;
    while (columnSlots[slot] !== edge) slot++;
    columnSlots[slot] = columnSlots[last];
    edgeUsed[edge] = 0;
  };

  const placeOnTightEdge = (row: number): boolean => {
    const rowPotential = potential[row];
    for (let k = rowStart[row]; k < rowStart[row + 1]; k++) {
      const edge = rowEdges[k];
      const column = edgeColumn[edge];
      if (edgeUsed[edge] || columnUsed[column] >= columnCapacity[column]) continue;
      if (edgeCost[edge] + rowPotential - potential[rowCount + column] === 0) {
        addToColumn(edge);
        return true;
      }
    }
    return false;
  };

  const placeByShortestPath = (root: number): void => {
    epoch++;
    searches++;
    heap.clear();
    distance[root] = 0;
    reachedEpoch[root] = epoch;
    heap.push(0, root);
    let sinkDistance = Infinity;
    let lastNode = -1;
    let settledCount = 0;
    const relax = (node: number, candidate: number, edge: number): void => {
      if (settledEpoch[node] === epoch) return;
      if (reachedEpoch[node] !== epoch || candidate < distance[node]) {
        reachedEpoch[node] = epoch;
        distance[node] = candidate;
        predecessorEdge[node] = edge;
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
        for (let k = rowStart[node]; k < rowStart[node + 1]; k++) {
          const edge = rowEdges[k];
          if (edgeUsed[edge]) continue;
          const target = rowCount + edgeColumn[edge];
          relax(target, key + edgeCost[edge] + nodePotential - potential[target], edge);
        }
      } else {
        const column = node - rowCount;
        if (columnUsed[column] < columnCapacity[column] && key + nodePotential < sinkDistance) {
          sinkDistance = key + nodePotential;
          lastNode = node;
        }
        const first = columnSlotStart[column];
        for (let slot = first; slot < first + columnUsed[column]; slot++) {
          const edge = columnSlots[slot];
          const target = edgeRow[edge];
          relax(target, key - edgeCost[edge] + nodePotential - potential[target], edge);
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
      const edge = predecessorEdge[node];
      if (node < rowCount) {
        removeFromColumn(edge);
        node = rowCount + edgeColumn[edge];
      } else {
        addToColumn(edge);
        node = edgeRow[edge];
      }
    }
  };

  for (let row = 0; row < rowCount; row++) {
    const units = network.rowUnits[row];
    if (units === 0) continue;
    potential[row] = -network.cheapestReducedCost(row);
    for (let unit = 0; unit < units; unit++) {
      if (!placeOnTightEdge(row)) placeByShortestPath(row);
    }
  }
  assertExactArithmetic(potential);
  return { edgeUsed, searches, settledNodes };
}

function assertExactArithmetic(potential: Float64Array): void {
  for (let node = 0; node < potential.length; node++) {
    if (!Number.isSafeInteger(potential[node])) {
      throw new Error("min-cost transport: potentials left the exact integer range of float64");
    }
  }
}

export type { TransportNetwork };
