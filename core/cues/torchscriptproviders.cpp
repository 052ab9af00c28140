// "torchscript:PATH" motion and label providers: user-supplied TorchScript
// models, run on the CPU in inference mode. The only file of core/cues that
// includes torch.
//
// Label model: input [1, 3, S, S] float RGB in [0, 1]; output [1, L, h, w]
// raw scores (any h, w), resized bilinearly to S x S; L = the output's
// channels. Motion model: input [1, 6, S, S] (previous frame then current
// frame, RGB in [0, 1]); output [1, 2, h, w] flow in pixels at h x w, resized
// bilinearly to S x S, dx scaled by S/w and dy by S/h (pixels at the model
// size), then converted to motion units (cues.h).
#include "cues/providers.h"
#include "cues/scaling.h"

#include <torch/script.h>

#include <filesystem>
#include <stdexcept>
#include <vector>

namespace anomalens::cues::detail {

namespace {

std::string firstLine(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

torch::jit::Module loadModel(const std::string& path, const std::string& what) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        throw std::invalid_argument(what + " model '" + path + "': no such file");
    }
    try {
        torch::jit::Module module = torch::jit::load(path, torch::kCPU);
        module.eval();
        return module;
    } catch (const c10::Error& e) {
        throw std::invalid_argument(what + " model '" + path +
                                    "' is not a loadable TorchScript file: " + firstLine(e.what_without_backtrace()));
    }
}

// [1, 3, S, S] float in [0, 1] from an RGB24 frame.
at::Tensor frameTensor(const std::uint8_t* rgb, std::int64_t size) {
    const at::Tensor bytes = torch::from_blob(const_cast<std::uint8_t*>(rgb), {size, size, 3}, torch::kUInt8);
    return bytes.permute({2, 0, 1}).to(torch::kFloat).div_(255.0).unsqueeze(0).contiguous();
}

// Runs the model and checks its output is [1, channels, h, w] (any channels
// when `channels` is 0); returns it as float.
at::Tensor runModel(torch::jit::Module& module, const at::Tensor& input, std::int64_t channels, const std::string& what,
                    const std::string& path) {
    const std::string name = what + " model '" + path + "'";
    c10::IValue output;
    try {
        output = module.forward({input});
    } catch (const c10::Error& e) {
        throw std::runtime_error(name + " failed: " + firstLine(e.what_without_backtrace()));
    }
    if (!output.isTensor()) {
        throw std::invalid_argument(name + " must return a tensor");
    }
    at::Tensor result = output.toTensor();
    if (result.dim() != 4 || result.size(0) != 1 || result.size(1) < 1 || result.size(2) < 1 || result.size(3) < 1 ||
        (channels > 0 && result.size(1) != channels) || !result.is_floating_point()) {
        throw std::invalid_argument(name + " must return a float tensor [1, " +
                                    (channels > 0 ? std::to_string(channels) : std::string("L")) +
                                    ", h, w]; it returned " + c10::str(result.sizes()) + " of " +
                                    std::string(c10::toString(result.scalar_type())));
    }
    return result.to(torch::kFloat);
}

at::Tensor resized(const at::Tensor& map, std::int64_t size) {
    if (map.size(2) == size && map.size(3) == size) {
        return map.contiguous();
    }
    return at::upsample_bilinear2d(map, {size, size}, /*align_corners=*/false).contiguous();
}

class TorchScriptLabel final : public LabelProvider {
public:
    TorchScriptLabel(const std::string& path, std::int64_t size)
        : m_path(path), m_size(size), m_module(loadModel(path, "label")) {
        const std::vector<std::uint8_t> blank(static_cast<std::size_t>(size * size * 3), 0);
        c10::InferenceMode guard;
        try {
            m_channels = runModel(m_module, frameTensor(blank.data(), size), 0, "label", m_path).size(1);
        } catch (const std::runtime_error& e) {
            throw std::invalid_argument(e.what()); // a model that cannot take a frame is a bad file
        }
    }

    std::int64_t channels() const override { return m_channels; }

    void label(const std::uint8_t* rgb, float* out) override {
        c10::InferenceMode guard;
        const at::Tensor scores =
            resized(runModel(m_module, frameTensor(rgb, m_size), m_channels, "label", m_path), m_size);
        const float* data = scores.data_ptr<float>();
        std::copy(data, data + m_channels * m_size * m_size, out);
    }

    void reset() override {}

private:
    std::string m_path;
    std::int64_t m_size;
    torch::jit::Module m_module;
    std::int64_t m_channels = 0;
};

class TorchScriptMotion final : public MotionProvider {
public:
    TorchScriptMotion(const std::string& path, std::int64_t size)
        : m_path(path), m_size(size), m_module(loadModel(path, "motion")) {
        const std::vector<std::uint8_t> blank(static_cast<std::size_t>(size * size * 3), 0);
        std::vector<float> probe(static_cast<std::size_t>(2 * size * size));
        try {
            flow(blank.data(), blank.data(), probe.data());
        } catch (const std::runtime_error& e) {
            throw std::invalid_argument(e.what()); // a model that cannot take a frame pair is a bad file
        }
    }

    void flow(const std::uint8_t* previous, const std::uint8_t* current, float* out) override {
        c10::InferenceMode guard;
        const at::Tensor input = torch::cat({frameTensor(previous, m_size), frameTensor(current, m_size)}, 1);
        const at::Tensor raw = runModel(m_module, input, 2, "motion", m_path);
        const double scaleX = static_cast<double>(m_size) / static_cast<double>(raw.size(3));
        const double scaleY = static_cast<double>(m_size) / static_cast<double>(raw.size(2));
        const at::Tensor pixels = resized(raw, m_size);
        const float* data = pixels.data_ptr<float>();
        const std::int64_t plane = m_size * m_size;
        for (std::int64_t i = 0; i < plane; ++i) {
            out[i] = toMotionUnits(static_cast<float>(data[i] * scaleX), m_size);
            out[plane + i] = toMotionUnits(static_cast<float>(data[plane + i] * scaleY), m_size);
        }
    }

private:
    std::string m_path;
    std::int64_t m_size;
    torch::jit::Module m_module;
};

} // namespace

std::unique_ptr<MotionProvider> makeTorchScriptMotion(const std::string& path, std::int64_t size) {
    return std::make_unique<TorchScriptMotion>(path, size);
}

std::unique_ptr<LabelProvider> makeTorchScriptLabel(const std::string& path, std::int64_t size) {
    return std::make_unique<TorchScriptLabel>(path, size);
}

} // namespace anomalens::cues::detail
