#pragma once
// Parameter counts of the building blocks, computed from the layer shapes
// alone, so the tests check the networks against independent arithmetic.
#include <cstdint>

namespace anomalens::models::test {

// k x k convolution (or transposed convolution) from `in` to `out` channels.
constexpr std::int64_t convParams(std::int64_t k, std::int64_t in, std::int64_t out, bool bias = true)
{
    return k * k * in * out + (bias ? out : 0);
}

// BatchNorm: weight and bias (running statistics are buffers, not parameters).
constexpr std::int64_t batchNormParams(std::int64_t channels)
{
    return 2 * channels;
}

// [conv3x3 -> BN -> ReLU] x 2.
constexpr std::int64_t doubleConvParams(std::int64_t in, std::int64_t out)
{
    return convParams(3, in, out) + batchNormParams(out) + convParams(3, out, out) + batchNormParams(out);
}

} // namespace anomalens::models::test
