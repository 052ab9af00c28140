#pragma once
// Convolution blocks shared by the networks (MNAD, the FFP U-Net, F2LM, the
// Destroyer). All 3x3 convolutions use padding 1, so blocks keep the spatial
// size; only poolings and transposed convolutions change it.
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>

#include <cstdint>

namespace anomalens::models {

// Whether convolutions that feed a BatchNorm carry their own bias. The
// reference implementations of MNAD and FFP keep it (PyTorch's default);
// F2LM drops it (redundant before BatchNorm).
enum class ConvBias { With, Without };

// conv3x3 -> BatchNorm -> ReLU.
torch::nn::Sequential convBnRelu(std::int64_t inChannels, std::int64_t outChannels,
                                 ConvBias bias = ConvBias::With);

// [conv3x3 -> BatchNorm -> ReLU] x 2 (MNAD's "Basic", FFP's double_conv).
torch::nn::Sequential doubleConv(std::int64_t inChannels, std::int64_t outChannels,
                                 ConvBias bias = ConvBias::With);

// A plain conv3x3 (padding 1) with bias, as the last layer of a block.
torch::nn::Conv2d conv3x3(std::int64_t inChannels, std::int64_t outChannels);

// A transposed convolution with stride 2 that exactly doubles height and
// width: kernel 2 (FFP's U-Net, F2LM) or kernel 3 with padding 1 and output
// padding 1 (MNAD). Its parameters are those of torch::nn::ConvTranspose2d
// (names, shapes, initialisation, random draws), so bundles and seeded runs
// are unchanged; it is computed differently: each of the 4 output phases
// (even/odd row, even/odd column) is an ordinary convolution of the input
// with a 1x1 (kernel 2) or 2x2 (kernel 3) slice of the kernel, run as one
// convolution with 4x the output channels and interleaved by
// pixel_shuffle(2). On CPU, LibTorch 1.13 has no oneDNN path for transposed
// convolutions (slow_conv_transpose2d: im2col, GEMM, col2im); ordinary ones
// go through oneDNN. Measured, channels-last fp32 on 2 cores: 128 -> 64
// channels at 128x128, kernel 3: 208 ms -> 58 ms; kernel 2: 119 ms -> 19 ms.
class UpConv2xImpl : public torch::nn::Module {
public:
    UpConv2xImpl(std::int64_t inChannels, std::int64_t outChannels, std::int64_t kernelSize);
    at::Tensor forward(const at::Tensor& input);

    at::Tensor weight; // [in, out, k, k], as ConvTranspose2d's
    at::Tensor bias;   // [out]

private:
    // The 4 phases' kernels as one convolution weight [4 out, in, k', k'] and
    // its bias [4 out], in `format`. Without gradients (analysis) they are
    // kept and rebuilt only when the weight changes (its version counter:
    // an optimizer step or loading a bundle bumps it); rebuilding on every
    // call cost the lite MNAD, whose decoder runs one frame at a time, about
    // a fifth of its time.
    std::pair<at::Tensor, at::Tensor> phaseParameters(at::MemoryFormat format);

    std::int64_t m_kernelSize;
    struct Cached {
        at::Tensor weight, bias;
        const void* source = nullptr;
        std::int64_t version = -1;
        at::MemoryFormat format = at::MemoryFormat::Contiguous;
    } m_cached;
};
TORCH_MODULE(UpConv2x);

// MNAD's upsampling: ConvTranspose(k3, s2, p1, output_padding 1) -> BN ->
// ReLU; exactly doubles height and width.
torch::nn::Sequential upsampleBnRelu(std::int64_t inChannels, std::int64_t outChannels);

// Number of trainable parameters (elements), for reports and tests.
std::int64_t countParameters(const torch::nn::Module& module);

} // namespace anomalens::models
