#include "sample/samplescene.h"

#include "sample/background.h"
#include "sample/random.h"
#include "sample/schedule.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace anomalens::sample {

using namespace detail;

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kLightingPeriodS = 47.0;  // longer than a clip: a drift, not a flicker
constexpr float kSaturation = 0.8f;

enum Stream : uint64_t { kNoise = 0x0153, kLighting = 0x11 };

uint64_t splitKey(Split split)
{
    return split == Split::Training ? 1 : 2;
}

void validate(const SampleOptions& o)
{
    auto require = [](bool ok, const char* what) {
        if (!ok)
            throw std::invalid_argument(std::string("Sample scene: ") + what);
    };
    require(o.width >= 32 && o.width <= 4096 && o.height >= 32 && o.height <= 4096,
            "the frame size must be between 32x32 and 4096x4096");
    require(o.fps > 0.0 && o.fps <= 240.0, "the frame rate must be in (0, 240]");
    require(o.trainingClips >= 0 && o.testingClips >= 0 && o.trainingClips + o.testingClips > 0,
            "there must be at least one clip");
    require(o.trainingClips <= 999 && o.testingClips <= 999, "at most 999 clips per split");
    require(o.framesPerClip >= 1 && o.framesPerClip <= 100000, "clips need 1..100000 frames");
    require(o.noiseSigma >= 0.0 && o.noiseSigma <= 50.0, "the noise level must be in [0, 50]");
    require(o.lightingDrift >= 0.0 && o.lightingDrift <= 0.5, "the lighting drift must be in [0, 0.5]");
}

// Back-to-front drawing order: farther (smaller y) first; id breaks ties so
// the order never depends on anything but the plan.
bool drawnBefore(const SceneObject& a, const SceneObject& b)
{
    return a.y != b.y ? a.y < b.y : a.id < b.id;
}

} // namespace

bool isAnomalous(ObjectKind kind)
{
    return kind != ObjectKind::Pedestrian;
}

const char* toString(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Pedestrian: return "pedestrian";
    case ObjectKind::Cyclist: return "cyclist";
    case ObjectKind::Runner: return "runner";
    case ObjectKind::Cart: return "cart";
    case ObjectKind::LawnCrosser: return "lawn crosser";
    }
    return "unknown";
}

const char* toString(Split split)
{
    return split == Split::Training ? "training" : "testing";
}

std::string clipName(int clipIndex)
{
    char name[16];
    std::snprintf(name, sizeof(name), "%02d", clipIndex + 1);
    return name;
}

struct SampleScene::Impl {
    SampleOptions options;
    SceneGeometry geometry;
    Canvas background;
    std::vector<float> vignette;  // lens fall-off towards the corners, per pixel
    std::vector<ClipPlan> training, testing;

    const ClipPlan& plan(Split split, int clip) const
    {
        const std::vector<ClipPlan>& plans = split == Split::Training ? training : testing;
        if (clip < 0 || clip >= static_cast<int>(plans.size()))
            throw std::out_of_range(std::string("Sample scene: no ") + toString(split) + " clip " +
                                    std::to_string(clip));
        return plans[static_cast<size_t>(clip)];
    }

    void checkFrame(const ClipPlan& plan, int frame) const
    {
        if (frame < 0 || frame >= plan.info.frameCount)
            throw std::out_of_range("Sample scene: frame " + std::to_string(frame) +
                                    " is outside the clip (0.." +
                                    std::to_string(plan.info.frameCount - 1) + ")");
    }

    double lightingGain(Split split, int clip, int frame) const
    {
        const double phase = 2 * kPi * toUnit(hashKey({options.seed, kLighting, splitKey(split),
                                                      static_cast<uint64_t>(clip)}));
        const double seconds = frame / options.fps;
        return 1.0 + options.lightingDrift * std::sin(2 * kPi * seconds / kLightingPeriodS + phase);
    }
};

SampleScene::SampleScene(const SampleOptions& options) : m_impl(std::make_unique<Impl>())
{
    validate(options);
    Impl& d = *m_impl;
    d.options = options;
    d.geometry.width = options.width;
    d.geometry.height = options.height;
    d.geometry.fps = options.fps;
    d.background = paintBackground(d.geometry, options.seed);

    d.vignette.resize(static_cast<size_t>(options.width) * options.height);
    const double cx = options.width / 2.0, cy = options.height / 2.0;
    for (int y = 0; y < options.height; ++y)
        for (int x = 0; x < options.width; ++x) {
            const double nx = (x + 0.5 - cx) / cx, ny = (y + 0.5 - cy) / cy;
            d.vignette[static_cast<size_t>(y) * options.width + x] =
                static_cast<float>(1.0 - 0.10 * (nx * nx + ny * ny) / 2.0);
        }

    for (int clip = 0; clip < options.trainingClips; ++clip)
        d.training.push_back(planClip(d.geometry, options, Split::Training, clip));
    for (int clip = 0; clip < options.testingClips; ++clip)
        d.testing.push_back(planClip(d.geometry, options, Split::Testing, clip));
}

SampleScene::~SampleScene() = default;
SampleScene::SampleScene(SampleScene&&) noexcept = default;
SampleScene& SampleScene::operator=(SampleScene&&) noexcept = default;

const SampleOptions& SampleScene::options() const
{
    return m_impl->options;
}

int SampleScene::clipCount(Split split) const
{
    return static_cast<int>(split == Split::Training ? m_impl->training.size()
                                                     : m_impl->testing.size());
}

const ClipInfo& SampleScene::clip(Split split, int clipIndex) const
{
    return m_impl->plan(split, clipIndex).info;
}

std::vector<SceneObject> SampleScene::objects(Split split, int clipIndex, int frameIndex) const
{
    const ClipPlan& plan = m_impl->plan(split, clipIndex);
    m_impl->checkFrame(plan, frameIndex);
    std::vector<SceneObject> result;
    for (const Actor& actor : plan.actors) {
        if (frameIndex < actor.firstVisible || frameIndex > actor.lastVisible)
            continue;
        SceneObject object = actorState(actor, m_impl->geometry, frameIndex);
        if (object.visible)
            result.push_back(object);
    }
    std::sort(result.begin(), result.end(), drawnBefore);
    return result;
}

void SampleScene::render(Split split, int clipIndex, int frameIndex, media::Frame& out,
                         const RenderOptions& renderOptions) const
{
    const Impl& d = *m_impl;
    const ClipPlan& plan = d.plan(split, clipIndex);
    d.checkFrame(plan, frameIndex);

    // Per-thread scratch space: rendering allocates nothing after the first frame.
    thread_local Canvas canvas;
    thread_local std::vector<Primitive> shadows, body, actorBody;
    thread_local std::vector<std::pair<SceneObject, size_t>> order;
    canvas = d.background;
    shadows.clear();
    body.clear();
    order.clear();
    for (size_t i = 0; i < plan.actors.size(); ++i) {
        const Actor& actor = plan.actors[i];
        if (frameIndex < actor.firstVisible || frameIndex > actor.lastVisible)
            continue;
        if (!renderOptions.drawAnomalies && isAnomalous(actor.kind))
            continue;
        SceneObject key;
        key.id = actor.id;
        key.y = actor.yAt(frameIndex);
        order.emplace_back(key, i);
    }
    std::sort(order.begin(), order.end(),
              [](const auto& a, const auto& b) { return drawnBefore(a.first, b.first); });
    for (const auto& entry : order) {
        actorBody.clear();
        actorPrimitives(plan.actors[entry.second], d.geometry, frameIndex, shadows, actorBody);
        body.insert(body.end(), actorBody.begin(), actorBody.end());
    }
    for (const Primitive& p : shadows)  // shadows lie on the ground, under every figure
        draw(canvas, p);
    for (const Primitive& p : body)
        draw(canvas, p);

    out.width = d.options.width;
    out.height = d.options.height;
    out.format = media::PixelFormat::Rgb24;
    out.frameIndex = frameIndex;
    out.ptsUs = static_cast<int64_t>(std::llround(frameIndex * 1e6 / d.options.fps));
    out.data.resize(static_cast<size_t>(out.width) * out.height * 3);

    const float gain = static_cast<float>(d.lightingGain(split, clipIndex, frameIndex));
    // Sensor noise: one Irwin-Hall(4) sample per pixel (close to Gaussian),
    // from a stream keyed by the frame so frames can be rendered in any order.
    Rng noise(hashKey({d.options.seed, kNoise, splitKey(split), static_cast<uint64_t>(clipIndex),
                       static_cast<uint64_t>(frameIndex)}));
    const float sigma = renderOptions.sensorNoise ? static_cast<float>(d.options.noiseSigma) : 0.0f;
    const float noiseScale = sigma * 1.7320508f / 65536.0f;
    const size_t pixels = static_cast<size_t>(out.width) * out.height;
    for (size_t i = 0; i < pixels; ++i) {
        float n = 0.0f;
        if (sigma > 0.0f) {
            const uint64_t bits = noise.next();
            const auto sum = static_cast<float>((bits & 0xFFFF) + ((bits >> 16) & 0xFFFF) +
                                                ((bits >> 32) & 0xFFFF) + (bits >> 48));
            n = (sum - 2.0f * 65536.0f) * noiseScale;
        }
        const float light = gain * d.vignette[i];
        const float* rgb = &canvas.rgb[i * 3];
        // Surveillance cameras render colours muted: pull them towards grey.
        const float luma = 0.299f * rgb[0] + 0.587f * rgb[1] + 0.114f * rgb[2];
        for (int c = 0; c < 3; ++c) {
            const float v = (luma + kSaturation * (rgb[c] - luma)) * light + n;
            out.data[i * 3 + c] = static_cast<uint8_t>(std::clamp(v, 0.0f, 255.0f) + 0.5f);
        }
    }
}

media::Frame SampleScene::render(Split split, int clipIndex, int frameIndex) const
{
    media::Frame frame;
    render(split, clipIndex, frameIndex, frame);
    return frame;
}

media::Frame SampleScene::background() const
{
    const Impl& d = *m_impl;
    media::Frame frame;
    frame.width = d.options.width;
    frame.height = d.options.height;
    frame.format = media::PixelFormat::Rgb24;
    frame.frameIndex = 0;
    frame.data.resize(d.background.rgb.size());
    for (size_t i = 0; i < frame.data.size(); ++i)
        frame.data[i] = static_cast<uint8_t>(std::clamp(d.background.rgb[i], 0.0f, 255.0f) + 0.5f);
    return frame;
}

} // namespace anomalens::sample
