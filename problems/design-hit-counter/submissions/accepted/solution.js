// Intended solution: a queue of (second, hits in that second); count drops expired seconds.
'use strict';

/** Counts the hits received in the last 300 seconds. Timestamps (in seconds) never decrease
 *  from one call to the next, and several hits can arrive in the same second. */
class HitCounter {
  constructor() {
    this.second = []; // seconds, oldest first, from index head on
    this.hits = []; // hits in each of those seconds
    this.head = 0;
    this.total = 0;
  }

  /** Record one hit at the given timestamp. @param {number} timestamp */
  hit(timestamp) {
    const last = this.second.length - 1;
    if (last >= this.head && this.second[last] === timestamp) {
      this.hits[last] += 1;
    } else {
      this.second.push(timestamp);
      this.hits.push(1);
    }
    this.total += 1;
  }

  /** Return the number of hits with a timestamp in [timestamp - 299, timestamp].
   *  @param {number} timestamp @return {number} */
  count(timestamp) {
    while (this.head < this.second.length && this.second[this.head] <= timestamp - 300) {
      this.total -= this.hits[this.head];
      this.head += 1;
    }
    if (this.head > 1024 && this.head * 2 > this.second.length) {
      // drop the consumed prefix now and then, so that memory stays bounded
      this.second = this.second.slice(this.head);
      this.hits = this.hits.slice(this.head);
      this.head = 0;
    }
    return this.total;
  }
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const q = Number(data[0]);
  const counter = new HitCounter();
  const out = [];
  for (let k = 0, i = 1; k < q; k++, i += 2) {
    if (data[i] === 'hit') {
      counter.hit(Number(data[i + 1]));
    } else { // 'count'
      out.push(counter.count(Number(data[i + 1])));
    }
  }
  process.stdout.write(out.length > 0 ? out.join('\n') + '\n' : '');
}

main();
