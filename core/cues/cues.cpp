#include "cues/cues.h"

#include "cues/bgsub.h"
#include "cues/providers.h"
#include "evidence/sha256.h"

#include <algorithm>
#include <cstddef>
#include <stdexcept>

namespace anomalens::cues {

namespace {

constexpr const char* kTorchScriptPrefix = "torchscript:";
constexpr const char* kValidMotion = "dis, farneback, torchscript:PATH";
constexpr const char* kValidLabel = "bgsub, torchscript:PATH";
constexpr std::int64_t kMinSize = 8;

// The model path of a "torchscript:PATH" name, or "" for any other name.
std::string torchScriptPath(const std::string& name) {
    const std::string prefix = kTorchScriptPrefix;
    return name.rfind(prefix, 0) == 0 ? name.substr(prefix.size()) : std::string();
}

bool isTorchScript(const std::string& name) {
    return name.rfind(kTorchScriptPrefix, 0) == 0;
}

void validateName(const std::string& what, const std::string& name, bool builtIn, const char* valid) {
    if (builtIn) {
        return;
    }
    if (isTorchScript(name)) {
        if (torchScriptPath(name).empty()) {
            throw std::invalid_argument(what +
                                        " provider 'torchscript:' names no model file; expected torchscript:PATH");
        }
        return;
    }
    throw std::invalid_argument("unknown " + what + " provider '" + name + "'; valid: " + valid);
}

} // namespace

void validate(const CueConfig& config) {
    validateName("motion", config.motion, config.motion == "dis" || config.motion == "farneback", kValidMotion);
    validateName("label", config.label, config.label == "bgsub", kValidLabel);
}

struct CueStream::Impl {
    std::int64_t size = 0;
    std::unique_ptr<detail::MotionProvider> motion;
    std::unique_ptr<detail::LabelProvider> label;
    std::vector<std::uint8_t> previous; // empty at the start of a stream
};

CueStream::CueStream(const CueConfig& config, std::int64_t size) : m_impl(std::make_unique<Impl>()) {
    validate(config);
    if (size < kMinSize) {
        throw std::invalid_argument("cue frame size " + std::to_string(size) + " is too small (at least " +
                                    std::to_string(kMinSize) + ")");
    }
    m_impl->size = size;
    m_impl->motion = isTorchScript(config.motion) ? detail::makeTorchScriptMotion(torchScriptPath(config.motion), size)
                                                  : detail::makeOpenCvFlow(config.motion, size);
    if (isTorchScript(config.label)) {
        m_impl->label = detail::makeTorchScriptLabel(torchScriptPath(config.label), size);
    } else {
        m_impl->label = std::make_unique<detail::BackgroundSubtraction>(size);
    }
}

CueStream::~CueStream() = default;
CueStream::CueStream(CueStream&&) noexcept = default;
CueStream& CueStream::operator=(CueStream&&) noexcept = default;

std::int64_t CueStream::size() const {
    return m_impl->size;
}

std::int64_t CueStream::labelChannels() const {
    return m_impl->label->channels();
}

FrameCues CueStream::push(const std::uint8_t* rgb) {
    Impl& d = *m_impl;
    const std::int64_t plane = d.size * d.size;
    const auto frameBytes = static_cast<std::size_t>(plane * 3);
    FrameCues cues;
    cues.motion.assign(static_cast<std::size_t>(kMotionChannels * plane), 0.0F);
    cues.label.assign(static_cast<std::size_t>(d.label->channels() * plane), 0.0F);
    if (!d.previous.empty()) {
        d.motion->flow(d.previous.data(), rgb, cues.motion.data());
    }
    d.label->label(rgb, cues.label.data());
    d.previous.assign(rgb, rgb + frameBytes);
    return cues;
}

void CueStream::reset() {
    m_impl->previous.clear();
    m_impl->label->reset();
}

std::map<std::string, std::string> torchScriptHashes(const CueConfig& config) {
    validate(config);
    std::map<std::string, std::string> hashes;
    if (isTorchScript(config.motion)) {
        hashes["motion"] = evidence::sha256File(torchScriptPath(config.motion));
    }
    if (isTorchScript(config.label)) {
        hashes["label"] = evidence::sha256File(torchScriptPath(config.label));
    }
    return hashes;
}

} // namespace anomalens::cues
