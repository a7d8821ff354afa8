/**
 * Binary min-heap of (key, node) pairs in typed arrays, with lazy deletion: a node may be pushed again
 * with a smaller key and the caller skips stale entries when it pops. That is cheaper than decrease-key
 * for Dijkstra on sparse graphs, and typed arrays keep it free of per-entry allocations.
 */
export class MinHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  private count = 0;

  constructor(initialCapacity = 1024) {
    this.keys = new Float64Array(initialCapacity);
    this.nodes = new Int32Array(initialCapacity);
  }

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
  }

  /** Key of the smallest entry; only valid when size > 0. */
  peekKey(): number {
    return this.keys[0];
  }

  push(key: number, node: number): void {
    if (this.count === this.keys.length) this.grow();
    let index = this.count++;
    const keys = this.keys;
    const nodes = this.nodes;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (keys[parent] <= key) break;
      keys[index] = keys[parent];
      nodes[index] = nodes[parent];
      index = parent;
    }
    keys[index] = key;
    nodes[index] = node;
  }

  /** Removes the smallest entry and returns its node; read its key with peekKey() first if needed. */
  pop(): number {
    const keys = this.keys;
    const nodes = this.nodes;
    const top = nodes[0];
    const last = --this.count;
    const key = keys[last];
    const node = nodes[last];
    let index = 0;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= last) break;
      if (child + 1 < last && keys[child + 1] < keys[child]) child++;
      if (keys[child] >= key) break;
      keys[index] = keys[child];
      nodes[index] = nodes[child];
      index = child;
    }
    keys[index] = key;
    nodes[index] = node;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const nodes = new Int32Array(this.nodes.length * 2);
    keys.set(this.keys);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
}
