// Tests of core/cues: optical flow on a translated texture (DIS, Farneback;
// skipped where the build has no OpenCV), the background-subtraction label
// map, and the TorchScript providers with tiny modules written here.
#include "cues/cues.h"
#include "evidence/sha256.h"
#include "testsupport.h"

#include <gtest/gtest.h>
#include <torch/script.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace anomalens::cues {
namespace {

using Frame = std::vector<std::uint8_t>;

// ---- scenes -------------------------------------------------------------

// A smooth random texture: values on a grid every `spacing` units, bilinearly
// interpolated. Coordinates are in units of 1/64 of the frame, so the same
// picture renders at any size.
class Texture {
public:
    Texture(unsigned seed, double spacing) : m_spacing(spacing) {
        std::mt19937 rng(seed);
        std::uniform_real_distribution<double> value(30.0, 225.0);
        for (double& v : m_grid) {
            v = value(rng);
        }
    }
    double at(double u, double v) const {
        const double gu = u / m_spacing + kOffset, gv = v / m_spacing + kOffset;
        const int iu = static_cast<int>(std::floor(gu)), iv = static_cast<int>(std::floor(gv));
        const double fu = gu - iu, fv = gv - iv;
        return (1 - fv) * ((1 - fu) * cell(iu, iv) + fu * cell(iu + 1, iv)) +
               fv * ((1 - fu) * cell(iu, iv + 1) + fu * cell(iu + 1, iv + 1));
    }

private:
    static constexpr int kN = 64;
    static constexpr double kOffset = 8.0;
    double cell(int x, int y) const {
        return m_grid[static_cast<std::size_t>(std::clamp(y, 0, kN - 1) * kN + std::clamp(x, 0, kN - 1))];
    }
    double m_spacing;
    std::vector<double> m_grid = std::vector<double>(kN * kN);
};

constexpr double kSquareLo = 20.0, kSquareHi = 44.0; // units of 1/64 frame

// A textured square over a textured static background, the square shifted by
// (su, sv) units.
Frame squareScene(std::int64_t size, double su, double sv) {
    static const Texture square(1, 3.0), background(2, 5.0);
    Frame frame(static_cast<std::size_t>(size * size * 3));
    const double unit = 64.0 / static_cast<double>(size);
    for (std::int64_t y = 0; y < size; ++y) {
        for (std::int64_t x = 0; x < size; ++x) {
            const double u = (static_cast<double>(x) + 0.5) * unit, v = (static_cast<double>(y) + 0.5) * unit;
            const double qu = u - su, qv = v - sv;
            const bool inside = qu >= kSquareLo && qu < kSquareHi && qv >= kSquareLo && qv < kSquareHi;
            const double value = inside ? square.at(qu, qv) : background.at(u, v);
            const auto byte = static_cast<std::uint8_t>(std::lround(std::clamp(value, 0.0, 255.0)));
            for (int c = 0; c < 3; ++c) {
                frame[static_cast<std::size_t>((y * size + x) * 3 + c)] = byte;
            }
        }
    }
    return frame;
}

double median(std::vector<float> values) {
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
    return values[values.size() / 2];
}

struct Flow {
    double dx = 0, dy = 0; // motion units
};

// Median flow (motion units) over the square's interior (4 units in from its
// edges) in the frame shifted by (su, sv).
Flow interiorMedian(const FrameCues& cues, std::int64_t size, double su, double sv) {
    std::vector<float> dx, dy;
    const double unit = 64.0 / static_cast<double>(size);
    for (std::int64_t y = 0; y < size; ++y) {
        for (std::int64_t x = 0; x < size; ++x) {
            const double qu = (static_cast<double>(x) + 0.5) * unit - su;
            const double qv = (static_cast<double>(y) + 0.5) * unit - sv;
            if (qu >= kSquareLo + 4 && qu < kSquareHi - 4 && qv >= kSquareLo + 4 && qv < kSquareHi - 4) {
                dx.push_back(cues.motion[static_cast<std::size_t>(y * size + x)]);
                dy.push_back(cues.motion[static_cast<std::size_t>(size * size + y * size + x)]);
            }
        }
    }
    return {median(dx), median(dy)};
}

// True when the build has OpenCV (the "dis"/"farneback" providers).
bool haveOpenCv() {
    try {
        CueStream stream(CueConfig{"farneback", "bgsub"}, 16);
        return true;
    } catch (const std::invalid_argument& e) {
        if (std::string(e.what()).find("no OpenCV") != std::string::npos) {
            return false;
        }
        throw;
    }
}

#define SKIP_WITHOUT_OPENCV()                                                                                          \
    if (!haveOpenCv())                                                                                                 \
    GTEST_SKIP() << "this build has no OpenCV: the dis and farneback motion providers are disabled"

bool allZero(const std::vector<float>& values) {
    return std::all_of(values.begin(), values.end(), [](float v) { return v == 0.0F; });
}

// ---- TorchScript modules written by the tests ----------------------------

std::string saveModule(const std::string& name, const std::string& source) {
    static const test::TempDir dir;
    const std::string path = (dir / (name + ".pt")).string();
    torch::jit::Module module("m");
    module.define(source);
    module.save(path);
    return path;
}

// A "flow" that is the current frame minus the previous one (R, G): non-zero
// whenever frames differ, so tests see which frame a stream thinks came before.
const std::string& differenceMotionModel() {
    static const std::string path = saveModule("difference", R"(
def forward(self, x):
    return x[:, 3:5] - x[:, 0:2]
)");
    return path;
}

// ---- validate -----------------------------------------------------------

TEST(CueConfigTest, ValidateAcceptsTheKnownProviders) {
    EXPECT_NO_THROW(validate(CueConfig{}));
    EXPECT_NO_THROW(validate(CueConfig{"farneback", "bgsub"}));
    EXPECT_NO_THROW(validate(CueConfig{"torchscript:/x/flow.pt", "torchscript:/x/seg.pt"}));
}

TEST(CueConfigTest, ValidateRejectsUnknownNamesAndNamesTheValidOnes) {
    try {
        validate(CueConfig{"flownet", "bgsub"});
        FAIL() << "flownet accepted";
    } catch (const std::invalid_argument& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("flownet"), std::string::npos) << message;
        EXPECT_NE(message.find("dis"), std::string::npos) << message;
        EXPECT_NE(message.find("farneback"), std::string::npos) << message;
        EXPECT_NE(message.find("torchscript:PATH"), std::string::npos) << message;
    }
    EXPECT_THROW(validate(CueConfig{"dis", "deeplab"}), std::invalid_argument);
    EXPECT_THROW(validate(CueConfig{"torchscript:", "bgsub"}), std::invalid_argument);
    EXPECT_THROW(validate(CueConfig{"DIS", "bgsub"}), std::invalid_argument);
    EXPECT_THROW(CueStream(CueConfig{"flownet", "bgsub"}, 64), std::invalid_argument);
}

// ---- optical flow ---------------------------------------------------------

class OpenCvFlowTest : public ::testing::TestWithParam<std::string> {};

TEST_P(OpenCvFlowTest, TranslatedTextureGivesItsShiftInPixels) {
    SKIP_WITHOUT_OPENCV();
    for (const std::int64_t size : {64, 128}) {
        SCOPED_TRACE("size " + std::to_string(size));
        const double unit = 64.0 / static_cast<double>(size);
        const double su = 3.0 * unit, sv = -2.0 * unit; // +3 px, -2 px at this size
        CueStream stream(CueConfig{GetParam(), "bgsub"}, size);
        const FrameCues first = stream.push(squareScene(size, 0, 0).data());
        ASSERT_EQ(first.motion.size(), static_cast<std::size_t>(2 * size * size));
        EXPECT_TRUE(allZero(first.motion));
        const FrameCues second = stream.push(squareScene(size, su, sv).data());
        const Flow flow = interiorMedian(second, size, su, sv);
        EXPECT_NEAR(flow.dx / unit, 3.0, 0.5); // back to pixels
        EXPECT_NEAR(flow.dy / unit, -2.0, 0.5);
    }
}

TEST_P(OpenCvFlowTest, SameMotionGivesSameNumbersAtBothSizes) {
    SKIP_WITHOUT_OPENCV();
    std::vector<Flow> flows;
    for (const std::int64_t size : {64, 128}) {
        CueStream stream(CueConfig{GetParam(), "bgsub"}, size);
        stream.push(squareScene(size, 0, 0).data());
        flows.push_back(interiorMedian(stream.push(squareScene(size, 3.0, -2.0).data()), size, 3.0, -2.0));
    }
    // 3 px at 64 and 6 px at 128: the same motion, the same numbers (1/64 frame).
    EXPECT_NEAR(flows[0].dx, 3.0, 0.5);
    EXPECT_NEAR(flows[0].dy, -2.0, 0.5);
    EXPECT_NEAR(flows[1].dx, flows[0].dx, 0.25);
    EXPECT_NEAR(flows[1].dy, flows[0].dy, 0.25);
}

TEST_P(OpenCvFlowTest, IsDeterministicAndStartsOverOnReset) {
    SKIP_WITHOUT_OPENCV();
    const std::int64_t size = 64;
    const Frame a = squareScene(size, 0, 0), b = squareScene(size, 2, 1), c = squareScene(size, 4, 2);
    CueStream one(CueConfig{GetParam(), "bgsub"}, size), two(CueConfig{GetParam(), "bgsub"}, size);
    one.push(a.data());
    two.push(a.data());
    EXPECT_EQ(one.push(b.data()).motion, two.push(b.data()).motion);
    one.reset();
    EXPECT_TRUE(allZero(one.push(c.data()).motion)); // first frame of a new stream
}

INSTANTIATE_TEST_SUITE_P(Providers, OpenCvFlowTest, ::testing::Values("dis", "farneback"));

// ---- bgsub ------------------------------------------------------------

constexpr std::int64_t kBgSize = 64;

// A static textured background with a little per-frame noise (seeded by the
// frame index).
Frame backgroundFrame(int index, unsigned seed = 2) {
    const Texture texture(seed, 5.0);
    std::mt19937 rng(static_cast<unsigned>(1000 + index) * 7919U + seed);
    std::uniform_int_distribution<int> noise(-2, 2);
    Frame frame(static_cast<std::size_t>(kBgSize * kBgSize * 3));
    for (std::int64_t y = 0; y < kBgSize; ++y) {
        for (std::int64_t x = 0; x < kBgSize; ++x) {
            const double value = texture.at(static_cast<double>(x) + 0.5, static_cast<double>(y) + 0.5);
            for (int c = 0; c < 3; ++c) {
                frame[static_cast<std::size_t>((y * kBgSize + x) * 3 + c)] =
                    static_cast<std::uint8_t>(std::clamp<long>(std::lround(value) + noise(rng), 0, 255));
            }
        }
    }
    return frame;
}

struct Block {
    std::int64_t x, y, w, h;
    bool contains(std::int64_t px, std::int64_t py, std::int64_t margin = 0) const {
        return px >= x - margin && px < x + w + margin && py >= y - margin && py < y + h + margin;
    }
};

Frame withBlock(Frame frame, const Block& block) {
    for (std::int64_t y = block.y; y < block.y + block.h; ++y) {
        for (std::int64_t x = block.x; x < block.x + block.w; ++x) {
            const auto i = static_cast<std::size_t>((y * kBgSize + x) * 3);
            frame[i] = 240;
            frame[i + 1] = 30;
            frame[i + 2] = 60;
        }
    }
    return frame;
}

CueConfig bgsubConfig() {
    return CueConfig{"torchscript:" + differenceMotionModel(), "bgsub"};
}

// Ten background frames, then the block appears; the cues of that frame.
FrameCues blockAppears(const Block& block) {
    CueStream stream(bgsubConfig(), kBgSize);
    EXPECT_EQ(stream.labelChannels(), 4);
    for (int i = 0; i < 10; ++i) {
        const FrameCues cues = stream.push(backgroundFrame(i).data());
        if (i == 0) {
            // The first frame initialises the model: all background.
            EXPECT_TRUE(std::all_of(cues.label.begin(), cues.label.begin() + kBgSize * kBgSize,
                                    [](float v) { return v == 1.0F; }));
        }
    }
    return stream.push(withBlock(backgroundFrame(10), block).data());
}

float channelAt(const FrameCues& cues, std::int64_t channel, std::int64_t x, std::int64_t y) {
    return cues.label[static_cast<std::size_t>(channel * kBgSize * kBgSize + y * kBgSize + x)];
}

// Checks: `channel` > 0.9 on the block; background > 0.9 (0.98 on average)
// away from it; the channels sum to 1 everywhere; the two other object
// channels are 0 everywhere.
void expectBlockIn(const FrameCues& cues, const Block& block, std::int64_t channel) {
    ASSERT_EQ(cues.label.size(), static_cast<std::size_t>(4 * kBgSize * kBgSize));
    double backgroundSum = 0;
    int backgroundCount = 0;
    for (std::int64_t y = 0; y < kBgSize; ++y) {
        for (std::int64_t x = 0; x < kBgSize; ++x) {
            float sum = 0;
            for (std::int64_t c = 0; c < 4; ++c) {
                const float v = channelAt(cues, c, x, y);
                ASSERT_GE(v, 0.0F);
                ASSERT_LE(v, 1.0F);
                sum += v;
                if (c != 0 && c != channel && c != 3) {
                    ASSERT_EQ(v, 0.0F) << "channel " << c << " at " << x << "," << y;
                }
            }
            ASSERT_NEAR(sum, 1.0F, 1e-5F) << x << "," << y;
            if (block.contains(x, y)) {
                EXPECT_GT(channelAt(cues, channel, x, y), 0.9F) << x << "," << y;
            } else if (!block.contains(x, y, 2)) {
                EXPECT_GT(channelAt(cues, 0, x, y), 0.9F) << x << "," << y;
                backgroundSum += channelAt(cues, 0, x, y);
                ++backgroundCount;
            }
        }
    }
    EXPECT_GT(backgroundSum / backgroundCount, 0.98);
}

TEST(BgsubTest, TallBlockIsUpright) {
    const Block block{20, 30, 6, 16};
    expectBlockIn(blockAppears(block), block, 1);
}

TEST(BgsubTest, WideBlockIsWide) {
    const Block block{30, 10, 16, 6};
    expectBlockIn(blockAppears(block), block, 2);
}

TEST(BgsubTest, SpeckIsASmallFragment) {
    const Block block{40, 40, 2, 2};
    expectBlockIn(blockAppears(block), block, 3);
}

TEST(BgsubTest, ForegroundIsNotAbsorbedAtOnce) {
    const Block block{20, 30, 6, 16};
    CueStream stream(bgsubConfig(), kBgSize);
    for (int i = 0; i < 10; ++i) {
        stream.push(backgroundFrame(i).data());
    }
    FrameCues cues;
    for (int i = 10; i < 20; ++i) { // a pedestrian standing still for 10 frames
        cues = stream.push(withBlock(backgroundFrame(i), block).data());
    }
    EXPECT_GT(channelAt(cues, 1, 22, 38), 0.9F);
}

std::vector<Frame> clip(unsigned seed) {
    std::vector<Frame> frames;
    for (int i = 0; i < 12; ++i) {
        Frame frame = backgroundFrame(i, seed);
        if (i >= 6) {
            frame = withBlock(frame, Block{10 + 2 * i, 20, 6, 16}); // walking right
        }
        frames.push_back(std::move(frame));
    }
    return frames;
}

TEST(BgsubTest, IsDeterministic) {
    CueStream one(bgsubConfig(), kBgSize), two(bgsubConfig(), kBgSize);
    for (const Frame& frame : clip(2)) {
        const FrameCues a = one.push(frame.data()), b = two.push(frame.data());
        ASSERT_EQ(a.label, b.label);
        ASSERT_EQ(a.motion, b.motion);
    }
}

TEST(BgsubTest, ResetStartsANewStream) {
    CueStream used(bgsubConfig(), kBgSize);
    for (const Frame& frame : clip(2)) {
        used.push(frame.data());
    }
    used.reset();
    CueStream fresh(bgsubConfig(), kBgSize);
    bool sawForeground = false;
    for (const Frame& frame : clip(3)) {
        const FrameCues a = used.push(frame.data()), b = fresh.push(frame.data());
        ASSERT_EQ(a.label, b.label);
        ASSERT_EQ(a.motion, b.motion);
        sawForeground = sawForeground || std::any_of(a.label.begin() + kBgSize * kBgSize, a.label.end(),
                                                     [](float v) { return v > 0.9F; });
    }
    EXPECT_TRUE(sawForeground);
}

TEST(BgsubTest, StreamsMove) {
    CueStream a(bgsubConfig(), kBgSize);
    CueStream b = std::move(a);
    EXPECT_EQ(b.size(), kBgSize);
    EXPECT_EQ(b.push(backgroundFrame(0).data()).label.size(), static_cast<std::size_t>(4 * kBgSize * kBgSize));
}

// ---- TorchScript ----------------------------------------------------------

TEST(TorchScriptCuesTest, LabelModelAtHalfResolutionIsResized) {
    const std::string path = saveModule("halflabel", R"(
def forward(self, x):
    return torch.max_pool2d(x, [2, 2])
)");
    const std::int64_t size = 64;
    CueStream stream(CueConfig{"torchscript:" + differenceMotionModel(), "torchscript:" + path}, size);
    EXPECT_EQ(stream.labelChannels(), 3);
    // Left half (255, 0, 128), right half (0, 255, 128).
    Frame frame(static_cast<std::size_t>(size * size * 3));
    for (std::int64_t y = 0; y < size; ++y) {
        for (std::int64_t x = 0; x < size; ++x) {
            const auto i = static_cast<std::size_t>((y * size + x) * 3);
            frame[i] = x < size / 2 ? 255 : 0;
            frame[i + 1] = x < size / 2 ? 0 : 255;
            frame[i + 2] = 128;
        }
    }
    const FrameCues cues = stream.push(frame.data());
    ASSERT_EQ(cues.label.size(), static_cast<std::size_t>(3 * size * size));
    const auto at = [&](std::int64_t c, std::int64_t x, std::int64_t y) {
        return cues.label[static_cast<std::size_t>(c * size * size + y * size + x)];
    };
    for (const std::int64_t y : {0, 17, 63}) {
        EXPECT_NEAR(at(0, 0, y), 1.0F, 1e-6F);
        EXPECT_NEAR(at(0, 29, y), 1.0F, 1e-6F);
        EXPECT_NEAR(at(0, 31, y), 0.75F, 1e-6F); // bilinear, half-pixel centres
        EXPECT_NEAR(at(0, 32, y), 0.25F, 1e-6F);
        EXPECT_NEAR(at(0, 34, y), 0.0F, 1e-6F);
        EXPECT_NEAR(at(1, 31, y), 0.25F, 1e-6F);
        EXPECT_NEAR(at(2, 5, y), 128.0F / 255.0F, 1e-6F);
        EXPECT_NEAR(at(2, 50, y), 128.0F / 255.0F, 1e-6F);
    }
}

TEST(TorchScriptCuesTest, MotionModelFlowIsScaledToModelPixelsThenUnits) {
    const std::string path = saveModule("constflow", R"(
def forward(self, x):
    flow = torch.zeros([1, 2, x.size(2) // 2, x.size(3) // 2])
    flow[:, 0] = 1.0
    flow[:, 1] = -0.5
    return flow
)");
    for (const std::int64_t size : {64, 128}) {
        SCOPED_TRACE("size " + std::to_string(size));
        CueStream stream(CueConfig{"torchscript:" + path, "bgsub"}, size);
        const Frame frame(static_cast<std::size_t>(size * size * 3), 90);
        EXPECT_TRUE(allZero(stream.push(frame.data()).motion)); // no previous frame
        const FrameCues cues = stream.push(frame.data());
        // 1 px at half resolution = 2 px at the model size = 2 * 64 / size units.
        const float dx = 2.0F * 64.0F / static_cast<float>(size), dy = -1.0F * 64.0F / static_cast<float>(size);
        for (std::int64_t i = 0; i < size * size; ++i) {
            ASSERT_NEAR(cues.motion[static_cast<std::size_t>(i)], dx, 1e-5F);
            ASSERT_NEAR(cues.motion[static_cast<std::size_t>(size * size + i)], dy, 1e-5F);
        }
    }
}

TEST(TorchScriptCuesTest, MotionIsClamped) {
    const std::string path = saveModule("fastflow", R"(
def forward(self, x):
    flow = torch.zeros([1, 2, x.size(2), x.size(3)])
    flow[:, 0] = 100.0
    flow[:, 1] = -100.0
    return flow
)");
    CueStream stream(CueConfig{"torchscript:" + path, "bgsub"}, 32);
    const Frame frame(32 * 32 * 3, 10);
    stream.push(frame.data());
    const FrameCues cues = stream.push(frame.data());
    EXPECT_EQ(cues.motion.front(), 16.0F);
    EXPECT_EQ(cues.motion.back(), -16.0F);
}

TEST(TorchScriptCuesTest, BadModelsAreRejectedAtConstruction) {
    const test::TempDir dir;
    const std::string missing = (dir / "missing.pt").string();
    try {
        CueStream stream(CueConfig{"torchscript:" + missing, "bgsub"}, 64);
        FAIL() << "missing model accepted";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find(missing), std::string::npos) << e.what();
    }
    EXPECT_THROW(CueStream(CueConfig{"torchscript:" + differenceMotionModel(), "torchscript:" + missing}, 64),
                 std::invalid_argument);
    const std::string garbage = (dir / "garbage.pt").string();
    std::ofstream(garbage) << "not a model";
    EXPECT_THROW(CueStream(CueConfig{"torchscript:" + garbage, "bgsub"}, 64), std::invalid_argument);
    const std::string threeChannels = saveModule("threechannelflow", R"(
def forward(self, x):
    return x[:, 0:3]
)");
    EXPECT_THROW(CueStream(CueConfig{"torchscript:" + threeChannels, "bgsub"}, 64), std::invalid_argument);
    const std::string notFourD = saveModule("flat", R"(
def forward(self, x):
    return x.flatten()
)");
    EXPECT_THROW(CueStream(CueConfig{"torchscript:" + differenceMotionModel(), "torchscript:" + notFourD}, 64),
                 std::invalid_argument);
}

TEST(TorchScriptCuesTest, HashesNameEachModelFile) {
    EXPECT_TRUE(torchScriptHashes(CueConfig{}).empty());
    const std::string motion = differenceMotionModel();
    const auto hashes = torchScriptHashes(CueConfig{"torchscript:" + motion, "bgsub"});
    ASSERT_EQ(hashes.size(), 1U);
    EXPECT_EQ(hashes.at("motion"), evidence::sha256File(motion));
    EXPECT_EQ(hashes.at("motion").size(), 64U);
    const auto both = torchScriptHashes(CueConfig{"torchscript:" + motion, "torchscript:" + motion});
    EXPECT_EQ(both.size(), 2U);
    EXPECT_EQ(both.at("label"), both.at("motion"));
}

} // namespace
} // namespace anomalens::cues
