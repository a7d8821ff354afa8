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

/**
 * Compressed adjacency and mutable flow state for one run of the transport solver. Arcs are renumbered
 * in row order, cheapest first within a row, so a search scans memory sequentially; `arcEdge` maps an
 * arc back to the caller's edge.
 */
export interface TransportNetwork {
  rowCount: number;
  /** Units a row can place at all: its supply, capped by its number of arcs (the rest are unplaced). */
  rowUnits: Int32Array;
  /** Arcs of row r are rowStart[r] .. rowStart[r + 1] - 1. */
  rowStart: Int32Array;
  arcRow: Int32Array;
  arcColumn: Int32Array;
  arcCost: Float64Array;
  arcEdge: Int32Array;
  arcUsed: Uint8Array;
  unplacedCost: number;
  /** Capacity capped by the column's number of arcs, so a column's slot list never overflows. */
  columnCapacity: Int32Array;
  columnUsed: Int32Array;
  columnSlotStart: Int32Array;
  /** For each column, the arcs that carry a unit (first columnUsed[c] entries of its slot range). */
  columnSlots: Int32Array;
  /** Rows first, then columns; the sink's potential stays 0. */
  potential: Float64Array;
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
  const arcEdge = new Int32Array(edgeCount);
  for (let edge = 0; edge < edgeCount; edge++) arcEdge[fill[edgeRow[edge]]++] = edge;
  for (let row = 0; row < rowCount; row++) {
    arcEdge.subarray(rowStart[row], rowStart[row + 1]).sort((a, b) => edgeCost[a] - edgeCost[b] || a - b);
  }
  const arcRow = new Int32Array(edgeCount);
  const arcColumn = new Int32Array(edgeCount);
  const arcCost = new Float64Array(edgeCount);
  for (let arc = 0; arc < edgeCount; arc++) {
    const edge = arcEdge[arc];
    arcRow[arc] = edgeRow[edge];
    arcColumn[arc] = edgeColumn[edge];
    arcCost[arc] = edgeCost[edge];
  }

  const rowUnits = new Int32Array(rowCount);
  for (let row = 0; row < rowCount; row++) {
    rowUnits[row] = Math.min(input.rowSupply[row], rowStart[row + 1] - rowStart[row]);
  }
  const columnCapacity = new Int32Array(columnCount);
  const columnSlotStart = new Int32Array(columnCount + 1);
  for (let column = 0; column < columnCount; column++) {
    columnCapacity[column] = Math.max(0, Math.min(input.columnCapacity[column], columnDegree[column]));
    columnSlotStart[column + 1] = columnSlotStart[column] + columnCapacity[column];
  }

  return {
    rowCount,
    rowUnits,
    rowStart,
    arcRow,
    arcColumn,
    arcCost,
    arcEdge,
    arcUsed: new Uint8Array(edgeCount),
    unplacedCost,
    columnCapacity,
    columnUsed: new Int32Array(columnCount),
    columnSlotStart,
    columnSlots: new Int32Array(columnSlotStart[columnCount]),
    potential: new Float64Array(rowCount + columnCount),
  };
}
