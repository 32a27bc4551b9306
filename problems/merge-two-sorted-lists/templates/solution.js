'use strict';

class ListNode {
  constructor(val, next = null) {
    this.val = val;
    this.next = next;
  }
}

/**
 * Merge the two sorted lists by relinking their nodes and return the head of
 * the merged sorted list (null if both are empty).
 * @param {ListNode|null} list1
 * @param {ListNode|null} list2
 * @return {ListNode|null}
 */
function mergeTwoLists(list1, list2) {
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
  const n = Number(data[0]);
  const list1 = build(data.slice(1, 1 + n).map(Number));
  const m = Number(data[1 + n]);
  const list2 = build(data.slice(2 + n, 2 + n + m).map(Number));

  const result = mergeTwoLists(list1, list2);

  // Print at most n + m + 1 nodes, so that a cycle gives a wrong answer, not endless output.
  const out = [];
  for (let p = result; p !== null && out.length <= n + m; p = p.next) out.push(p.val);
  process.stdout.write(out.join(' ') + '\n');
}

main();
