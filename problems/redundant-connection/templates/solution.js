'use strict';

/**
 * The n edges [u, v] form a tree on the nodes 1..n plus one extra edge. Return the edge,
 * exactly as it appears in edges, whose removal leaves a tree; if several edges qualify,
 * the one that appears last in edges.
 * @param {number} n
 * @param {number[][]} edges
 * @return {number[]}
 */
function findRedundantConnection(n, edges) {
  // TODO: your code here
  return [0, 0];
}

function main() {
  const buf = require('fs').readFileSync(0);
  let pos = 0;
  const nextInt = () => {
    while (buf[pos] < 48 || buf[pos] > 57) pos++;
    let x = 0;
    while (buf[pos] >= 48 && buf[pos] <= 57) x = x * 10 + (buf[pos++] - 48);
    return x;
  };
  const n = nextInt();
  const edges = new Array(n);
  for (let i = 0; i < n; i++) {
    const u = nextInt();
    edges[i] = [u, nextInt()];
  }
  const [u, v] = findRedundantConnection(n, edges);
  process.stdout.write(u + ' ' + v + '\n');
}

main();
