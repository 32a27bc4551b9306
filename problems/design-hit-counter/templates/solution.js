'use strict';

/** Counts the hits received in the last 300 seconds. Timestamps (in seconds) never decrease
 *  from one call to the next, and several hits can arrive in the same second. */
class HitCounter {
  constructor() {
    // TODO: set up your fields
  }

  /** Record one hit at the given timestamp. @param {number} timestamp */
  hit(timestamp) {
    // TODO
  }

  /** Return the number of hits with a timestamp in [timestamp - 299, timestamp].
   *  @param {number} timestamp @return {number} */
  count(timestamp) {
    // TODO
    return -1;
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
