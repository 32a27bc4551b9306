'use strict';

/**
 * Nodes are numbered 1..n; each pair [u, v] in edges is an undirected edge (u === v and
 * repeated pairs are possible). Return the number of connected components.
 * @param {number} n
 * @param {number[][]} edges
 * @return {number}
 */
function countComponents(n, edges) {
  // TODO: your code here
  return 0;
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
  const m = nextInt();
  const edges = new Array(m);
  for (let i = 0; i < m; i++) {
    const u = nextInt();
    edges[i] = [u, nextInt()];
  }
  process.stdout.write(countComponents(n, edges) + '\n');
}

main();
