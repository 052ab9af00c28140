#pragma once
// Portable deterministic randomness for the sample scene. <random>'s engines
// are portable but its distributions are not (libstdc++ and libc++ give
// different numbers), so distributions are written out here; same seed, same
// numbers on every platform.
#include <cstdint>
#include <initializer_list>

namespace anomalens::sample::detail {

// SplitMix64's finaliser: a strong 64-bit mixing function.
inline uint64_t mix64(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// Hash of a tuple of integers (seed, stream name, clip, ...): independent streams.
inline uint64_t hashKey(std::initializer_list<uint64_t> parts)
{
    uint64_t h = 0x6A09E667F3BCC909ULL;
    for (const uint64_t part : parts)
        h = mix64(h ^ mix64(part));
    return h;
}

// Uniform double in [0, 1) from the top 53 bits.
inline double toUnit(uint64_t bits)
{
    return static_cast<double>(bits >> 11) * (1.0 / 9007199254740992.0);
}

// Value in [0, 1) for an integer lattice point: static textures.
inline double latticeValue(uint64_t seed, int64_t x, int64_t y)
{
    return toUnit(hashKey({seed, static_cast<uint64_t>(x), static_cast<uint64_t>(y)}));
}

class Rng {
public:
    explicit Rng(uint64_t seed) : m_state(seed) {}

    uint64_t next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        uint64_t z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return toUnit(next()); }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Integer in [lo, hi], inclusive.
    int uniformInt(int lo, int hi)
    {
        return lo + static_cast<int>(uniform() * (hi - lo + 1));
    }
    bool chance(double probability) { return uniform() < probability; }

private:
    uint64_t m_state;
};

} // namespace anomalens::sample::detail
