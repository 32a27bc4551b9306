// Intended solution: monotonic stack of days still waiting for a warmer one, O(n).
'use strict';

/**
 * For every day i, return the number of days until a strictly warmer day
 * (0 if there is none), as an array with one entry per day.
 * @param {number[]} temps
 * @return {number[]}
 */
function dailyTemperatures(temps) {
  const n = temps.length;
  const answer = new Array(n).fill(0);
  const waiting = []; // days without a warmer day yet
  for (let i = 0; i < n; i++) {
    while (waiting.length > 0 && temps[waiting[waiting.length - 1]] < temps[i]) {
      const j = waiting.pop();
      answer[j] = i - j;
    }
    waiting.push(i);
  }
  return answer;
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const n = Number(data[0]);
  const temps = data.slice(1, 1 + n).map(Number);

  const answer = dailyTemperatures(temps);

  process.stdout.write(answer.join(' ') + '\n');
}

main();
