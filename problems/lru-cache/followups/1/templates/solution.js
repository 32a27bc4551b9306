'use strict';

/**
 * A key-value cache of fixed capacity that evicts the least frequently used key
 * (among keys with the same use count, the least recently used one).
 * get and put should take O(1) time on average (O(log n) is fine too).
 */
class LFUCache {
  /** @param {number} capacity */
  constructor(capacity) {
    this.capacity = capacity;
    // TODO: set up your fields
  }

  /**
   * Return the value stored for key, or -1 if key is not cached.
   * A successful get is a use of key: its count goes up by 1.
   * @param {number} key
   * @return {number}
   */
  get(key) {
    // TODO
    return -1;
  }

  /**
   * Store value for key. Updating a cached key is a use (its count goes up by 1);
   * a new key starts at count 1. If this adds a key to a full cache, first evict the
   * key with the smallest count (the least recently used one among equal counts).
   * @param {number} key
   * @param {number} value
   */
  put(key, value) {
    // TODO
  }
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const capacity = Number(data[0]);
  const q = Number(data[1]);
  const cache = new LFUCache(capacity);
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
