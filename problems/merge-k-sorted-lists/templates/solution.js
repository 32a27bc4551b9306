'use strict';

class ListNode {
  constructor(val, next = null) {
    this.val = val;
    this.next = next;
  }
}

/**
 * Merge the k sorted lists (an empty list is null) by relinking their nodes, and return the
 * head of the merged sorted list (null if every list is empty or k = 0).
 * @param {Array<ListNode|null>} lists
 * @return {ListNode|null}
 */
function mergeKLists(lists) {
  // TODO: your code here
  return null;
}

function build(values) {
  let head = null;
  for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head);
  return head;
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const k = data.length > 0 ? Number(data[0]) : 0;
  const lists = [];
  let total = 0;
  let pos = 1;
  for (let i = 0; i < k; i++) {
    const n = Number(data[pos]);
    lists.push(build(data.slice(pos + 1, pos + 1 + n).map(Number)));
    total += n;
    pos += 1 + n;
  }

  const result = mergeKLists(lists);

  // Print at most total + 1 nodes, so that a cycle gives a wrong answer, not endless output.
  const out = [];
  for (let p = result; p !== null && out.length <= total; p = p.next) out.push(p.val);
  process.stdout.write(out.join(' ') + '\n');
}

main();
