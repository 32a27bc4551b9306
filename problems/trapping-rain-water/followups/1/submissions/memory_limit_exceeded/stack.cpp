// MLE in this follow-up: the first stage's accepted monotonic-stack solution, unchanged. Its
// stack holds every bar of a non-increasing run: on the falling test (n = 3e6) that is 3e6
// indices on top of 8-byte heights, over 32 MiB.
// Trapping Rain Water with a monotonic stack: fill the water layer by layer, horizontally.
// The stack holds indices of bars with non-increasing heights. O(n) time, O(n) space.
#include <bits/stdc++.h>
using namespace std;

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n;
  if (!(cin >> n))
    return 0;
  vector<long long> h(n);
  for (auto& x : h) cin >> x;
  vector<int> st;
  long long water = 0;
  for (int i = 0; i < n; ++i) {
    while (!st.empty() && h[st.back()] < h[i]) {
      int bottom = st.back();
      st.pop_back();
      if (st.empty())
        break;  // no wall on the left: the water runs off
      int left = st.back();
      long long level = min(h[left], h[i]) - h[bottom];
      water += level * (i - left - 1);
    }
    st.push_back(i);
  }
  cout << water << '\n';
}
