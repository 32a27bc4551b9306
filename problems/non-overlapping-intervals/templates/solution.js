'use strict';

/**
 * intervals[i] = [s, e] is the half-open interval [s, e). Return the minimum number of
 * intervals to remove so that no two of the remaining ones overlap (touching is fine).
 * @param {number[][]} intervals
 * @return {number}
 */
function eraseOverlapIntervals(intervals) {
  // TODO: your code here
  return -1;
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const n = Number(data[0]);
  const intervals = new Array(n);
  for (let i = 0; i < n; i++) intervals[i] = [Number(data[1 + 2 * i]), Number(data[2 + 2 * i])];
  process.stdout.write(eraseOverlapIntervals(intervals) + '\n');
}

main();
