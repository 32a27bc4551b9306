'use strict';

/**
 * For every day i, return the number of days until a strictly warmer day
 * (0 if there is none), as an array with one entry per day.
 * @param {number[]} temps
 * @return {number[]}
 */
function dailyTemperatures(temps) {
  // TODO: your code here
  return [];
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const n = Number(data[0]);
  const temps = data.slice(1, 1 + n).map(Number);

  const answer = dailyTemperatures(temps);

  process.stdout.write(answer.join(' ') + '\n');
}

main();
