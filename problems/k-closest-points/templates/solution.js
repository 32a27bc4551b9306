'use strict';

/**
 * Return the k points of `points` (an array of [x, y] pairs) closest to the origin (0, 0),
 * in any order. If several points tie at the boundary distance, any of them may be chosen.
 * (x * x + y * y stays below 2^53 here, so plain numbers are exact.)
 * @param {number[][]} points
 * @param {number} k
 * @return {number[][]}
 */
function kClosest(points, k) {
  // TODO: your code here
  return [];
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const n = Number(data[0]);
  const k = Number(data[1]);
  const points = new Array(n);
  for (let i = 0; i < n; i++) points[i] = [Number(data[2 + 2 * i]), Number(data[3 + 2 * i])];
  const result = kClosest(points, k);
  const out = result.map(([x, y]) => x + ' ' + y);
  process.stdout.write(out.length > 0 ? out.join('\n') + '\n' : '');
}

main();
