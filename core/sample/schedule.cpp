#include "sample/schedule.h"

#include "sample/random.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace anomalens::sample::detail {

namespace {

// Speeds in pixels per second at 240 lines (converted per frame by the geometry).
// Walking is ~1.4 m/s for a person ~28 px tall; the fast anomalies are 3-4x that.
constexpr double kWalkMin = 17, kWalkMax = 24;
constexpr double kRunMin = 60, kRunMax = 70;
constexpr double kCycleMin = 72, kCycleMax = 82;
constexpr double kCartMin = 28, kCartMax = 34;
constexpr double kCrossMin = 18, kCrossMax = 22;
constexpr int kMaxPedestrians = 4;
constexpr double kArrivalGapMinS = 3.5, kArrivalGapMaxS = 8.0;
constexpr int kFirstEventId = 101;

enum Stream : uint64_t { kPedestrians = 0x9ED, kEvents = 0xE7E };

void findVisibleFrames(Actor& actor, const SceneGeometry& g, int frameCount)
{
    actor.firstVisible = actor.lastVisible = -1;
    for (int frame = 0; frame < frameCount; ++frame) {
        if (!actorState(actor, g, frame).visible)
            continue;
        if (actor.firstVisible < 0)
            actor.firstVisible = frame;
        actor.lastVisible = frame;
    }
}

// An actor moving along the path, entering the picture at about `enterFrame`
// from the left (facing > 0) or the right.
Actor pathActor(const SceneGeometry& g, ObjectKind kind, double pixelsPerSecond, int facing,
                double lateral, double enterFrame)
{
    Actor actor;
    actor.kind = kind;
    const double extent = kind == ObjectKind::Cart ? 1.6 : (kind == ObjectKind::Cyclist ? 1.2 : 0.9);
    const double margin = extent * g.personHeight(g.pathCenterY(facing > 0 ? 0 : g.width));
    actor.startX = facing > 0 ? -margin : g.width + margin;
    actor.startY = g.pathCenterY(actor.startX) + lateral * g.pathHalfWidth();
    const double speed = g.perFrame(pixelsPerSecond);
    actor.vx = facing * speed * g.pathDirX();
    actor.vy = facing * speed * g.pathDirY();
    actor.startFrame = enterFrame;
    return actor;
}

class ClipPlanner {
public:
    ClipPlanner(const SceneGeometry& geometry, const SampleOptions& options, Split split, int clip)
        : g(geometry), m_frames(options.framesPerClip),
          m_pedestriansPerFrame(static_cast<size_t>(options.framesPerClip), 0)
    {
        m_plan.info.split = split;
        m_plan.info.index = clip;
        m_plan.info.frameCount = m_frames;
        m_plan.info.frameLabels.assign(static_cast<size_t>(m_frames), 0);
    }

    void planPedestrians(uint64_t seed)
    {
        Rng rng(seed);
        const double fps = g.fps;
        // Start one slow crossing before frame 0 so the clip opens mid-stream.
        const double crossingFrames = (g.width + 2.0 * g.personHeight(g.height)) / g.perFrame(kWalkMin);
        double arrival = -crossingFrames + rng.uniform(0.0, kArrivalGapMaxS * fps);
        while (arrival < m_frames) {
            tryAddPedestrian(rng, arrival);
            arrival += rng.uniform(kArrivalGapMinS, kArrivalGapMaxS) * fps;
        }
        // Rejections can leave a gap; fill it so every frame has someone walking.
        for (int frame = 0; frame < m_frames; ++frame)
            if (m_pedestriansPerFrame[static_cast<size_t>(frame)] == 0)
                tryAddPedestrian(rng, frame);
    }

    void planEvents(uint64_t seed)
    {
        Rng rng(seed);
        using K = ObjectKind;
        // One or two events per test clip; the variants cycle so the default four
        // clips show every kind of anomaly.
        static const std::vector<std::vector<K>> variants = {
            {K::Cyclist}, {K::Cart}, {K::LawnCrosser}, {K::Runner, K::Cyclist}, {K::Runner},
            {K::LawnCrosser, K::Runner}};
        const std::vector<K>& kinds = variants[static_cast<size_t>(m_plan.info.index) % variants.size()];
        for (size_t i = 0; i < kinds.size(); ++i) {
            const double enterFraction = kinds.size() == 1 ? rng.uniform(0.15, 0.35)
                                         : i == 0          ? rng.uniform(0.05, 0.15)
                                                           : rng.uniform(0.55, 0.68);
            addEvent(rng, kinds[i], enterFraction * m_frames, kFirstEventId + static_cast<int>(i));
        }
    }

    ClipPlan take() { return std::move(m_plan); }

private:
    void tryAddPedestrian(Rng& rng, double arrival)
    {
        const int facing = rng.chance(0.5) ? 1 : -1;
        Actor actor = pathActor(g, ObjectKind::Pedestrian, rng.uniform(kWalkMin, kWalkMax), facing,
                                rng.uniform(-0.7, 0.7), arrival);
        actor.gaitPhase = rng.uniform(0.0, 6.283);
        actor.look = randomPersonLook(rng);
        actor.id = static_cast<int>(m_plan.actors.size()) + 1;
        // If the path is full, the newcomer waits (shifted later), up to 10 s.
        for (int attempt = 0; attempt < 20; ++attempt) {
            findVisibleFrames(actor, g, m_frames);
            if (actor.firstVisible < 0)
                return;  // passes entirely before or after the clip
            if (fits(actor)) {
                for (int f = actor.firstVisible; f <= actor.lastVisible; ++f)
                    ++m_pedestriansPerFrame[static_cast<size_t>(f)];
                m_plan.actors.push_back(actor);
                return;
            }
            actor.startFrame += 0.5 * g.fps;
        }
    }

    bool fits(const Actor& actor) const
    {
        for (int f = actor.firstVisible; f <= actor.lastVisible; ++f)
            if (m_pedestriansPerFrame[static_cast<size_t>(f)] >= kMaxPedestrians)
                return false;
        return true;
    }

    void addEvent(Rng& rng, ObjectKind kind, double enterFrame, int id)
    {
        const int facing = rng.chance(0.5) ? 1 : -1;
        const char* direction = facing > 0 ? "left to right" : "right to left";
        Actor actor;
        std::string description;
        switch (kind) {
        case ObjectKind::Cyclist:
            actor = pathActor(g, kind, rng.uniform(kCycleMin, kCycleMax), facing, rng.uniform(-0.4, 0.4), enterFrame);
            description = std::string("cyclist riding fast along the path, ") + direction;
            break;
        case ObjectKind::Runner:
            actor = pathActor(g, kind, rng.uniform(kRunMin, kRunMax), facing, rng.uniform(-0.5, 0.5), enterFrame);
            description = std::string("runner sprinting along the path, ") + direction;
            break;
        case ObjectKind::Cart:
            actor = pathActor(g, kind, rng.uniform(kCartMin, kCartMax), facing, rng.uniform(-0.3, 0.3), enterFrame);
            description = std::string("utility cart driving along the path, ") + direction;
            break;
        case ObjectKind::LawnCrosser:
        case ObjectKind::Pedestrian: {
            kind = ObjectKind::LawnCrosser;
            actor = lawnCrosser(rng, enterFrame, description);
            break;
        }
        }
        actor.kind = kind;
        actor.id = id;
        actor.gaitPhase = rng.uniform(0.0, 6.283);
        actor.look = kind == ObjectKind::Cart ? randomVehicleLook(rng) : randomPersonLook(rng);
        findVisibleFrames(actor, g, m_frames);
        if (actor.firstVisible < 0)
            return;  // a very short clip can end before the event starts
        for (int f = actor.firstVisible; f <= actor.lastVisible; ++f)
            m_plan.info.frameLabels[static_cast<size_t>(f)] = 1;
        m_plan.info.events.push_back(
            AnomalyEvent{id, kind, actor.firstVisible, actor.lastVisible, description});
        m_plan.actors.push_back(actor);
    }

    // Someone cutting across the lawn, roughly towards or away from the camera:
    // off the path and across the normal direction of travel.
    Actor lawnCrosser(Rng& rng, double enterFrame, std::string& description)
    {
        Actor actor;
        const double speed = g.perFrame(rng.uniform(kCrossMin, kCrossMax));
        const double norm = std::hypot(0.3, 0.95);
        const bool towardsCamera = rng.chance(0.5);
        if (towardsCamera) {  // from the far edge (left of the hedge) down to the bottom
            actor.startX = rng.uniform(0.06, 0.20) * g.width;
            actor.startY = -4.0 * g.sizeFactor();
            actor.vx = speed * 0.3 / norm;
            actor.vy = speed * 0.95 / norm;
            description = "person crossing the lawn and the path towards the camera";
        } else {  // from below the picture up to the far edge
            actor.startX = rng.uniform(0.32, 0.40) * g.width;
            actor.startY = g.height + 1.1 * g.personHeight(g.height) + 2.0;
            actor.vx = -speed * 0.3 / norm;
            actor.vy = -speed * 0.95 / norm;
            description = "person crossing the lawn and the path away from the camera";
        }
        actor.startFrame = enterFrame;
        return actor;
    }

    const SceneGeometry& g;
    int m_frames;
    std::vector<int> m_pedestriansPerFrame;
    ClipPlan m_plan;
};

} // namespace

ClipPlan planClip(const SceneGeometry& geometry, const SampleOptions& options, Split split,
                  int clipIndex)
{
    ClipPlanner planner(geometry, options, split, clipIndex);
    const uint64_t splitKey = split == Split::Training ? 1 : 2;
    const auto clipKey = static_cast<uint64_t>(clipIndex);
    planner.planPedestrians(hashKey({options.seed, kPedestrians, splitKey, clipKey}));
    if (split == Split::Testing)
        planner.planEvents(hashKey({options.seed, kEvents, splitKey, clipKey}));
    return planner.take();
}

} // namespace anomalens::sample::detail
