'use strict';

/**
 * Cities are numbered 1..n. Each [u, v, p] in flights is a one-way flight from u to v that
 * costs p. Return the cheapest price of a route from src to dst with at most k stops (at
 * most k + 1 flights), 0 if src === dst, or -1 if there is no such route.
 * @param {number} n
 * @param {number[][]} flights
 * @param {number} src
 * @param {number} dst
 * @param {number} k
 * @return {number}
 */
function findCheapestPrice(n, flights, src, dst, k) {
  // TODO: your code here
  return 0;
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0).map(Number);
  const n = data[0];
  const m = data[1];
  const flights = [];
  for (let i = 0; i < m; i++) flights.push([data[2 + 3 * i], data[3 + 3 * i], data[4 + 3 * i]]);
  const [src, dst, k] = data.slice(2 + 3 * m, 5 + 3 * m);
  process.stdout.write(findCheapestPrice(n, flights, src, dst, k) + '\n');
}

main();
