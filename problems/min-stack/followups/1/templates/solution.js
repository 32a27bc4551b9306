'use strict';

/**
 * A stack of integers that also reports its maximum and can remove it from anywhere.
 * Every operation should take O(log n) time.
 */
class MaxStack {
  constructor() {
    // TODO: set up your fields
  }

  /** Put x on top of the stack. @param {number} x */
  push(x) {
    // TODO
  }

  /** Remove the top element (the stack is never empty here). */
  pop() {
    // TODO
  }

  /** Return the top element (the stack is never empty here). @return {number} */
  top() {
    // TODO
    return 0;
  }

  /** Return the largest element in the stack (the stack is never empty here). @return {number} */
  getMax() {
    // TODO
    return 0;
  }

  /**
   * Remove the largest element and return it; if it occurs several times, remove the copy
   * nearest the top (the stack is never empty here). @return {number}
   */
  popMax() {
    // TODO
    return 0;
  }
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const q = Number(data[0]);
  const stack = new MaxStack();
  const out = [];
  let i = 1;
  for (let k = 0; k < q; k++) {
    const op = data[i++];
    if (op === 'push') {
      stack.push(Number(data[i++]));
    } else if (op === 'pop') {
      stack.pop();
    } else if (op === 'top') {
      out.push(stack.top());
    } else if (op === 'getMax') {
      out.push(stack.getMax());
    } else { // 'popMax'
      out.push(stack.popMax());
    }
  }
  process.stdout.write(out.length > 0 ? out.join('\n') + '\n' : '');
}

main();
