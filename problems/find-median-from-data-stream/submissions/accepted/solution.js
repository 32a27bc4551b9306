// Intended solution: two heaps, O(log n) per add, O(1) per median.
'use strict';

/** Keeps a growing collection of integers and reports its median.
 *  addNum should take O(log n) time, findMedian O(1). */
class Heap {
  /** sign = 1: min-heap; sign = -1: max-heap. */
  constructor(sign) {
    this.a = [];
    this.sign = sign;
  }

  get size() {
    return this.a.length;
  }

  top() {
    return this.a[0];
  }

  push(x) {
    const a = this.a;
    const s = this.sign;
    let i = a.length;
    a.push(x);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (s * a[p] <= s * x) break;
      a[i] = a[p];
      i = p;
    }
    a[i] = x;
  }

  pop() {
    const a = this.a;
    const s = this.sign;
    const res = a[0];
    const x = a.pop();
    const n = a.length;
    if (n === 0) return res;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && s * a[c + 1] < s * a[c]) c++;
      if (s * a[c] >= s * x) break;
      a[i] = a[c];
      i = c;
    }
    a[i] = x;
    return res;
  }
}

class MedianFinder {
  constructor() {
    this.lower = new Heap(-1); // max-heap of the smaller half (one more when the count is odd)
    this.upper = new Heap(1); // min-heap of the larger half
  }

  /** Add x to the collection. @param {number} x */
  addNum(x) {
    const { lower, upper } = this;
    if (lower.size === 0 || x <= lower.top()) lower.push(x);
    else upper.push(x);
    if (lower.size > upper.size + 1) upper.push(lower.pop());
    else if (upper.size > lower.size) lower.push(upper.pop());
  }

  /** Return the median of the values added so far (never called on an empty collection).
   *  With an even count it is the mean of the two middle values, which may end in .5.
   *  @return {number} */
  findMedian() {
    const { lower, upper } = this;
    if (lower.size > upper.size) return lower.top();
    return (lower.top() + upper.top()) / 2; // doubles: exact for sums below 2^53
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
