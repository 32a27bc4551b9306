// Intended solution: per key, sorted timestamps and values; get is a binary search.
'use strict';

/** A key-value store that keeps every version of every key.
 *  For each key, set is called with strictly increasing timestamps. */
class TimeMap {
  constructor() {
    this.versions = new Map(); // key -> { times: number[], values: string[] }
  }

  /** Store value for key at the given timestamp.
   *  @param {string} key @param {string} value @param {number} timestamp */
  set(key, value, timestamp) {
    let v = this.versions.get(key);
    if (v === undefined) {
      v = { times: [], values: [] };
      this.versions.set(key, v);
    }
    v.times.push(timestamp); // stays sorted: timestamps increase for each key
    v.values.push(value);
  }

  /** Return the value stored for key with the largest timestamp <= timestamp,
   *  or "-" if there is none (key never set, or set only later).
   *  @param {string} key @param {number} timestamp @return {string} */
  get(key, timestamp) {
    const v = this.versions.get(key);
    if (v === undefined) return '-';
    let lo = 0;
    let hi = v.times.length; // find the first index with times[i] > timestamp
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v.times[mid] <= timestamp) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? '-' : v.values[lo - 1];
  }
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const q = Number(data[0]);
  const store = new TimeMap();
  const out = [];
  let i = 1;
  for (let k = 0; k < q; k++) {
    if (data[i] === 'set') {
      store.set(data[i + 1], data[i + 2], Number(data[i + 3]));
      i += 4;
    } else { // 'get'
      out.push(store.get(data[i + 1], Number(data[i + 2])));
      i += 3;
    }
  }
  process.stdout.write(out.length > 0 ? out.join('\n') + '\n' : '');
}

main();
