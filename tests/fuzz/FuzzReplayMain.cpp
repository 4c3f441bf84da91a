// Runs a fuzz target without libFuzzer: every seed file in the given folders, then a fixed number
// of deterministic mutations (bit flips, truncations, insertions, splices) of the seeds. It keeps
// each harness exercised in ordinary builds; the real search runs under the `fuzz` preset.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv)
{
    std::vector<std::vector<uint8_t>> seeds;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path root(argv[i]);
        if (!std::filesystem::exists(root))
            continue;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
            if (!entry.is_regular_file())
                continue;
            std::ifstream in(entry.path(), std::ios::binary);
            seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
    }
    if (seeds.empty())
        seeds.emplace_back();
    for (const auto& s : seeds)
        LLVMFuzzerTestOneInput(s.data(), s.size());

    std::mt19937 rng(20261128);
    const int rounds = 20000;
    for (int r = 0; r < rounds; ++r) {
        std::vector<uint8_t> data = seeds[rng() % seeds.size()];
        const int edits = 1 + static_cast<int>(rng() % 8);
        for (int e = 0; e < edits; ++e) {
            switch (rng() % 5) {
            case 0:
                if (!data.empty())
                    data[rng() % data.size()] ^= static_cast<uint8_t>(1u << (rng() % 8));
                break;
            case 1:
                if (!data.empty())
                    data.resize(rng() % data.size());
                break;
            case 2:
                data.insert(data.begin() + static_cast<long>(data.empty() ? 0 : rng() % data.size()),
                            static_cast<uint8_t>(rng()));
                break;
            case 3:
                if (!data.empty())
                    data[rng() % data.size()] = static_cast<uint8_t>(rng());
                break;
            default: {
                const auto& other = seeds[rng() % seeds.size()];
                if (!other.empty()) {
                    const size_t from = rng() % other.size();
                    data.insert(data.end(), other.begin() + static_cast<long>(from), other.end());
                }
            }
            }
        }
        LLVMFuzzerTestOneInput(data.data(), data.size());
    }
    std::printf("replayed %zu seeds and %d mutations\n", seeds.size(), rounds);
    return 0;
}
