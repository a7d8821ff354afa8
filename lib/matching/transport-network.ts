import type { TransportInput } from "./min-cost-transport";

/** Compressed adjacency and mutable flow state for one run of the transport solver. */
export interface TransportNetwork {
  rowCount: number;
  /** Units a row can place at all: its supply, capped by its number of edges (the rest are unplaced). */
  rowUnits: Int32Array;
  rowStart: Int32Array;
  rowEdges: Int32Array;
  edgeRow: Int32Array;
  edgeColumn: Int32Array;
  edgeCost: Float64Array;
  unplacedCost: number;
  /** Capacity capped by the column's number of edges, so a column's slot list never overflows. */
  columnCapacity: Int32Array;
  columnUsed: Int32Array;
  columnSlotStart: Int32Array;
  /** For each column, the edges that carry a unit (first columnUsed[c] entries of its slot range). */
  columnSlots: Int32Array;
  edgeUsed: Uint8Array;
  /** Rows first, then columns; the sink's potential stays 0. */
  potential: Float64Array;
  /** Smallest reduced cost of a row's outgoing arcs (edges and its unplaced arc) under current potentials. */
  cheapestReducedCost(row: number): number;
}

export function buildTransportNetwork(input: TransportInput): TransportNetwork {
  const { rowCount, columnCount, edgeRow, edgeColumn, edgeCost, unplacedCost } = input;
  const edgeCount = edgeRow.length;
  const rowStart = new Int32Array(rowCount + 1);
  const columnDegree = new Int32Array(columnCount);
  for (let edge = 0; edge < edgeCount; edge++) {
    rowStart[edgeRow[edge] + 1]++;
    columnDegree[edgeColumn[edge]]++;
  }
  for (let row = 0; row < rowCount; row++) rowStart[row + 1] += rowStart[row];
  const fill = rowStart.slice(0, rowCount);
  const rowEdges = new Int32Array(edgeCount);
  for (let edge = 0; edge < edgeCount; edge++) rowEdges[fill[edgeRow[edge]]++] = edge;

  const rowUnits = new Int32Array(rowCount);
  for (let row = 0; row < rowCount; row++) {
    rowUnits[row] = Math.min(input.rowSupply[row], rowStart[row + 1] - rowStart[row]);
  }
  const columnCapacity = new Int32Array(columnCount);
  const columnSlotStart = new Int32Array(columnCount + 1);
  for (let column = 0; column < columnCount; column++) {
    columnCapacity[column] = Math.min(input.columnCapacity[column], columnDegree[column]);
    columnSlotStart[column + 1] = columnSlotStart[column] + columnCapacity[column];
  }
  const potential = new Float64Array(rowCount + columnCount);

  const cheapestReducedCost = (row: number): number => {
    let cheapest = unplacedCost;
    for (let k = rowStart[row]; k < rowStart[row + 1]; k++) {
      const edge = rowEdges[k];
      const reduced = edgeCost[edge] - potential[rowCount + edgeColumn[edge]];
      if (reduced < cheapest) cheapest = reduced;
    }
    return cheapest;
  };

  return {
    rowCount,
    rowUnits,
    rowStart,
    rowEdges,
    edgeRow,
    edgeColumn,
    edgeCost,
    unplacedCost,
    columnCapacity,
    columnUsed: new Int32Array(columnCount),
    columnSlotStart,
    columnSlots: new Int32Array(columnSlotStart[columnCount]),
    edgeUsed: new Uint8Array(edgeCount),
    potential,
    cheapestReducedCost,
  };
}
