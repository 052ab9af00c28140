#pragma once
// SampleScene: a deterministic generator of synthetic CCTV footage, so the
// app, the README's first command and the tests have footage without any
// download. A fixed oblique camera looks at a paved walkway crossing a lawn
// (hedge, lamp post, bench), with per-pixel sensor noise and slow lighting
// drift.
//
// Normal activity (training and test clips): 1-4 pedestrians at a time walk
// along the path in both directions at walking speed. Abnormal events (test
// clips only, one or two per clip): a cyclist or a runner (3-4x walking
// speed), a cart (a large box), a person crossing the lawn off the path.
// Ground truth is frame-level: a frame is anomalous iff an anomalous object's
// pixels (its bounding box, shadow included) overlap the frame.
//
// Invariants: everything is a pure function of (options, split, clip, frame):
// render() has no hidden state, is const and thread-safe, and the same options
// give byte-identical pixels on the same build whatever the thread timing.
// Random numbers come from a hand-written generator, not <random>'s
// distributions, whose results differ between standard libraries.
#include "media/frame.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace anomalens::sample {

struct SampleOptions {
    uint64_t seed = 1;
    int width = 320;              // even (H.264 4:2:0); ped2 is 360x240
    int height = 240;
    double fps = 10.0;            // speeds are defined per second, so fps keeps motion real
    int trainingClips = 8;
    int testingClips = 4;
    int framesPerClip = 120;
    double noiseSigma = 2.0;      // sensor noise, grey levels (per pixel, per frame)
    double lightingDrift = 0.03;  // amplitude of the global brightness drift (0.03 = +-3 %)
};

enum class Split { Training, Testing };

enum class ObjectKind { Pedestrian, Cyclist, Runner, Cart, LawnCrosser };

bool isAnomalous(ObjectKind kind);
const char* toString(ObjectKind kind);   // "pedestrian", "cyclist", ...
const char* toString(Split split);       // "training", "testing"

// Pixel bounds of everything an object draws in one frame (shadow included),
// in image coordinates; x1/y1 exclusive.
struct Box {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
    double area() const { return width() * height(); }
};

// One object's state in one frame.
struct SceneObject {
    int id = 0;                   // unique within the clip
    ObjectKind kind = ObjectKind::Pedestrian;
    double x = 0, y = 0;          // ground contact point (feet / wheels), pixels
    double vx = 0, vy = 0;        // velocity, pixels per frame
    double heightPx = 0;          // height of a standing person at this depth
    Box box;                      // bounds of the drawn pixels
    bool visible = false;         // box overlaps the image
};

// One anomalous object of a test clip and the frames it is visible in.
struct AnomalyEvent {
    int objectId = 0;
    ObjectKind kind = ObjectKind::Cyclist;
    int firstFrame = 0;           // 0-based, inclusive
    int lastFrame = 0;
    std::string description;      // e.g. "cyclist riding left to right along the path"
};

struct ClipInfo {
    Split split = Split::Training;
    int index = 0;                // 0-based; the folder name is index + 1 ("01")
    int frameCount = 0;
    std::vector<AnomalyEvent> events;
    std::vector<uint8_t> frameLabels;  // 1 = an anomalous object is visible
};

struct RenderOptions {
    bool drawAnomalies = true;    // false: the same frame without its anomalous objects
    bool sensorNoise = true;
};

class SampleScene {
public:
    // Plans every clip (cheap). Throws std::invalid_argument on bad options.
    explicit SampleScene(const SampleOptions& options = {});
    ~SampleScene();
    SampleScene(SampleScene&&) noexcept;
    SampleScene& operator=(SampleScene&&) noexcept;
    SampleScene(const SampleScene&) = delete;
    SampleScene& operator=(const SampleScene&) = delete;

    const SampleOptions& options() const;
    int clipCount(Split split) const;
    const ClipInfo& clip(Split split, int clipIndex) const;

    // Objects whose box overlaps the image in that frame, back to front.
    std::vector<SceneObject> objects(Split split, int clipIndex, int frameIndex) const;
    // Renders RGB24 into `out` (its buffer is reused). Thread-safe.
    void render(Split split, int clipIndex, int frameIndex, media::Frame& out,
                const RenderOptions& renderOptions = {}) const;
    media::Frame render(Split split, int clipIndex, int frameIndex) const;

    // The empty scene without noise or lighting drift.
    media::Frame background() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// "01", "02", ...: clip folder and file names, as in Ped2.
std::string clipName(int clipIndex);

} // namespace anomalens::sample
