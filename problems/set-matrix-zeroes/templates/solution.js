'use strict';

/**
 * For every cell that holds 0 in the original matrix (an array of rows), set its whole row
 * and its whole column to 0. Modify the arrays in place: the caller prints `matrix`
 * afterwards and ignores the return value. Zeros that you write do not count as original
 * zeros.
 * @param {number[][]} matrix
 */
function setZeroes(matrix) {
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
  const rows = nextInt();
  const cols = nextInt();
  const matrix = [];
  for (let r = 0; r < rows; r++) {
    const row = new Array(cols);
    for (let c = 0; c < cols; c++) row[c] = nextInt();
    matrix.push(row);
  }

  setZeroes(matrix);

  process.stdout.write(matrix.map((row) => row.join(' ')).join('\n') + '\n');
}

main();
