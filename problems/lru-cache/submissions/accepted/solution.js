// Intended solution: hash map + doubly linked recency list, O(1) per operation.
'use strict';

// (A Map alone, evicting map.keys().next(), is slow here: V8 keeps deleted entries at the
// front of the table until it rehashes, so the next() scans them over and over.)
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.nodes = new Map(); // key -> node
    this.head = { prev: null, next: null }; // sentinel before the most recently used
    this.tail = { prev: this.head, next: null }; // sentinel after the least recently used
    this.head.next = this.tail;
  }

  unlink(node) {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  pushFront(node) {
    node.prev = this.head;
    node.next = this.head.next;
    this.head.next.prev = node;
    this.head.next = node;
  }

  get(key) {
    const node = this.nodes.get(key);
    if (node === undefined) return -1;
    this.unlink(node);
    this.pushFront(node);
    return node.value;
  }

  put(key, value) {
    let node = this.nodes.get(key);
    if (node !== undefined) {
      node.value = value;
      this.unlink(node);
      this.pushFront(node);
      return;
    }
    if (this.nodes.size === this.capacity) {
      const lru = this.tail.prev;
      this.unlink(lru);
      this.nodes.delete(lru.key);
    }
    node = { key, value, prev: null, next: null };
    this.nodes.set(key, node);
    this.pushFront(node);
  }
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const capacity = Number(data[0]);
  const q = Number(data[1]);
  const cache = new LRUCache(capacity);
  const out = [];
  let i = 2;
  for (let k = 0; k < q; k++) {
    if (data[i] === 'get') {
      out.push(cache.get(Number(data[i + 1])));
      i += 2;
    } else { // 'put'
      cache.put(Number(data[i + 1]), Number(data[i + 2]));
      i += 3;
    }
  }
  process.stdout.write(out.length > 0 ? out.join('\n') + '\n' : '');
}

main();
