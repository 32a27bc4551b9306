'use strict';

/**
 * Nodes are numbered 1..n. Each [u, v, w] in edges is a one-way link from u to v with delay
 * w (1 <= w <= 10^9). A signal starts at node k at time 0. Return the time at which the last
 * node receives it, or -1 if some node never does. The answer is at most about 10^14: it
 * fits exactly in a JavaScript number.
 * @param {number} n
 * @param {number} k
 * @param {number[][]} edges
 * @return {number}
 */
function networkDelayTime(n, k, edges) {
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
  const k = nextInt();
  const edges = new Array(m);
  for (let i = 0; i < m; i++) {
    const u = nextInt();
    const v = nextInt();
    edges[i] = [u, v, nextInt()];
  }
  process.stdout.write(String(networkDelayTime(n, k, edges)) + '\n');
}

main();
