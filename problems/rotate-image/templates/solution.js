'use strict';

/**
 * Rotate the n x n matrix (an array of rows) by 90 degrees clockwise, in place: modify the
 * arrays themselves, the caller prints `matrix` afterwards and ignores the return value.
 * Try not to build a second n x n matrix.
 * @param {number[][]} matrix
 */
function rotate(matrix) {
  // TODO: your code here
}

function main() {
  const buf = require('fs').readFileSync(0);
  let pos = 0;
  const nextInt = () => {
    while (buf[pos] !== 45 && (buf[pos] < 48 || buf[pos] > 57)) pos++;
    let neg = false;
    if (buf[pos] === 45) {
      neg = true;
      pos++;
    }
    let x = 0;
    while (buf[pos] >= 48 && buf[pos] <= 57) x = x * 10 + (buf[pos++] - 48);
    return neg ? -x : x;
  };
  const n = nextInt();
  const matrix = [];
  for (let r = 0; r < n; r++) {
    const row = new Array(n);
    for (let c = 0; c < n; c++) row[c] = nextInt();
    matrix.push(row);
  }

  rotate(matrix);

  process.stdout.write(matrix.map((row) => row.join(' ')).join('\n') + '\n');
}

main();
