'use strict';

/** A rate limiter for log messages. Messages arrive in non-decreasing order of timestamp. */
class Logger {
  constructor() {
    // TODO: set up your fields
  }

  /**
   * Return true if the message is printed: its text was never printed, or was last printed
   * at t0 with t0 + 10 <= timestamp. A message that is not printed (false) does not count
   * as printed.
   * @param {number} timestamp
   * @param {string} message
   * @return {boolean}
   */
  shouldPrintMessage(timestamp, message) {
    // TODO
    return false;
  }
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const q = Number(data[0]);
  const logger = new Logger();
  const out = [];
  for (let k = 0, i = 1; k < q; k++, i += 2) {
    out.push(logger.shouldPrintMessage(Number(data[i]), data[i + 1]) ? 'true' : 'false');
  }
  process.stdout.write(out.join('\n') + '\n');
}

main();
