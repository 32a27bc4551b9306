'use strict';

/**
 * grid[r][c] is '0' (empty), '1' (fresh orange) or '2' (rotten orange). Each minute, every
 * rotten orange rots the fresh oranges directly above, below, left and right of it. Return
 * the number of minutes until no fresh orange is left, or -1 if that never happens (0 if
 * there is no fresh orange to begin with).
 * @param {string[]} grid
 * @return {number}
 */
function orangesRotting(grid) {
  // TODO: your code here
  return 0;
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const rows = Number(data[0]);
  const grid = data.slice(2, 2 + rows);
  process.stdout.write(orangesRotting(grid) + '\n');
}

main();
