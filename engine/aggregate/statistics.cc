// The statistics of a set of scores (aggregate.h): mean, population σ, quantiles by linear
// interpolation at (n − 1)·p, percentile rank and deviation score. Nothing is rounded here.
#include <algorithm>
#include <cmath>

#include "tenken/aggregate.h"

namespace tenken {

double quantile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  double h = static_cast<double>(sorted.size() - 1) * p;
  size_t lo = static_cast<size_t>(std::floor(h));
  if (lo + 1 >= sorted.size()) return sorted.back();
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

Statistics describe(std::vector<double> values) {
  Statistics s;
  if (values.empty()) return s;
  std::sort(values.begin(), values.end());
  double n = static_cast<double>(values.size());
  double sum = 0;
  for (double x : values) sum += x;
  s.count = static_cast<int>(values.size());
  s.mean = sum / n;
  double squares = 0;
  for (double x : values) squares += (x - s.mean) * (x - s.mean);
  s.stddev = std::sqrt(squares / n);
  s.median = quantile(values, 0.5);
  s.q1 = quantile(values, 0.25);
  s.q3 = quantile(values, 0.75);
  s.min = values.front();
  s.max = values.back();
  return s;
}

double percentile_rank(const std::vector<double>& sorted, double x) {
  if (sorted.empty()) return 0;
  auto [first, last] = std::equal_range(sorted.begin(), sorted.end(), x);
  double below = static_cast<double>(first - sorted.begin());
  double equal = static_cast<double>(last - first);
  return 100 * (below + equal / 2) / static_cast<double>(sorted.size());
}

double deviation_score(double x, const Statistics& s) {
  return s.stddev == 0 ? 50 : 50 + 10 * (x - s.mean) / s.stddev;
}

}  // namespace tenken
