'use strict';

/**
 * A key-value cache of fixed capacity that evicts the least recently used key.
 * get and put should take O(1) time on average.
 */
class LRUCache {
  /** @param {number} capacity */
  constructor(capacity) {
    this.capacity = capacity;
    // TODO: set up your fields
  }

  /**
   * Return the value stored for key, or -1 if key is not cached.
   * A successful get makes key the most recently used.
   * @param {number} key
   * @return {number}
   */
  get(key) {
    // TODO
    return -1;
  }

  /**
   * Store value for key (replacing any old value) and make key the most recently used.
   * If this adds a key to a full cache, first evict the least recently used key.
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
