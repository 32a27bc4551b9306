'use strict';

/** Keeps a growing collection of integers and reports its median.
 *  addNum should take O(log n) time, findMedian O(1). */
class MedianFinder {
  constructor() {
    // TODO: set up your fields
  }

  /** Add x to the collection. @param {number} x */
  addNum(x) {
    // TODO
  }

  /** Return the median of the values added so far (never called on an empty collection).
   *  With an even count it is the mean of the two middle values, which may end in .5.
   *  @return {number} */
  findMedian() {
    // TODO
    return 0;
  }
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const q = Number(data[0]);
  const finder = new MedianFinder();
  const out = [];
  let i = 1;
  for (let k = 0; k < q; k++) {
    if (data[i] === 'add') {
      finder.addNum(Number(data[i + 1]));
      i += 2;
    } else { // 'median'
      // One digit after the decimal point; adding 0 turns -0 into 0.
      out.push((finder.findMedian() + 0).toFixed(1));
      i += 1;
    }
  }
  process.stdout.write(out.length > 0 ? out.join('\n') + '\n' : '');
}

main();
