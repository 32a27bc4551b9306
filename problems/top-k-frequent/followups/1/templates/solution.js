'use strict';

/**
 * Counts plays as they arrive and reports the k most played values at any moment.
 */
class TopKCounter {
  /** @param {number} k */
  constructor(k) {
    this.k = k;
    // TODO: set up your fields
  }

  /**
   * Record one play of value x.
   * @param {number} x
   */
  add(x) {
    // TODO
  }

  /**
   * Return min(k, d) distinct values played so far (d = how many distinct values were
   * played), each played at least as often as every value not returned; any order, ties
   * broken any way.
   * @return {number[]}
   */
  top() {
    // TODO
    return [];
  }
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const k = Number(data[0]);
  const q = Number(data[1]);
  const counter = new TopKCounter(k);
  const out = [];
  let i = 2;
  for (let j = 0; j < q; j++) {
    if (data[i] === 'add') {
      counter.add(Number(data[i + 1]));
      i += 2;
    } else { // 'top'
      out.push(counter.top().join(' '));
      i += 1;
    }
  }
  process.stdout.write(out.length > 0 ? out.join('\n') + '\n' : '');
}

main();
