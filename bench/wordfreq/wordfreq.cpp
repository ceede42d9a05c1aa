// Word frequency, hand-written C++ baseline for wordfreq.mojo: std::string keys in a
// std::unordered_map<std::string, int64_t>.
//
//     g++ -std=c++20 -O2 -march=native bench/wordfreq/wordfreq.cpp -o wordfreq_cpp
//     ./wordfreq_cpp /tmp/mojoc-wordfreq.txt
//
// Prints the number of distinct words, the number of words, the 10 most frequent words (ties:
// word ascending) as `word count` lines, then `time_ms: T` for the kernel (read + split + count +
// top 10).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

static bool is_space(char c) {
  // The ASCII whitespace that Python's and Mojo's split() break on.
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

int main(int argc, char** argv) {
  const char* path = argc > 1 ? argv[1] : "/tmp/mojoc-wordfreq.txt";

  auto start = std::chrono::steady_clock::now();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "wordfreq: cannot open %s\n", path);
    return 1;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

  std::unordered_map<std::string, int64_t> counts;
  counts.reserve(1 << 16);
  int64_t total = 0;
  std::string word;
  const size_t n = text.size();
  size_t i = 0;
  while (true) {
    while (i < n && is_space(text[i])) ++i;
    if (i == n) break;
    size_t j = i;
    while (j < n && !is_space(text[j])) ++j;
    word.assign(text, i, j - i);
    auto it = counts.find(word);
    if (it != counts.end())
      ++it->second;
    else
      counts.emplace(word, 1);
    ++total;
    i = j;
  }

  std::vector<std::pair<std::string, int64_t>> entries(counts.begin(), counts.end());
  const size_t k = std::min<size_t>(10, entries.size());
  std::partial_sort(entries.begin(), entries.begin() + k, entries.end(),
                    [](const auto& a, const auto& b) {
                      if (a.second != b.second) return a.second > b.second;
                      return a.first < b.first;
                    });
  auto elapsed = std::chrono::steady_clock::now() - start;

  std::printf("distinct: %zu\n", counts.size());
  std::printf("total: %lld\n", static_cast<long long>(total));
  for (size_t r = 0; r < k; ++r)
    std::printf("%s %lld\n", entries[r].first.c_str(), static_cast<long long>(entries[r].second));
  std::printf("time_ms: %.3f\n", std::chrono::duration<double, std::milli>(elapsed).count());
  return 0;
}
