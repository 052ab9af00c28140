#pragma once
// The moving objects of the sample scene: pedestrians, runners, cyclists,
// carts and lawn crossers, each moving in a straight line at constant
// velocity (regular motion a predictor can learn), drawn as a few
// anti-aliased primitives. Gait and pedalling phases follow the distance
// travelled, so limbs move consistently with speed.
#include "sample/random.h"
#include "sample/raster.h"
#include "sample/scenegeometry.h"

#include <vector>

namespace anomalens::sample::detail {

struct Appearance {
    Color top;        // shirt / jacket; the cart's body
    Color bottom;     // trousers; the bicycle frame
    Color skin;
    Color hair;
    Color accent;     // bicycle frame, cart trim
};

struct Actor {
    int id = 0;
    ObjectKind kind = ObjectKind::Pedestrian;
    double startX = 0, startY = 0;   // ground point at frame startFrame
    double vx = 0, vy = 0;           // pixels per frame
    double startFrame = 0;
    double gaitPhase = 0;            // radians at startFrame
    Appearance look;
    int firstVisible = -1;           // frames of the clip the actor is visible in (-1: never)
    int lastVisible = -1;

    double xAt(double frame) const { return startX + vx * (frame - startFrame); }
    double yAt(double frame) const { return startY + vy * (frame - startFrame); }
};

// Primitives of one actor in one frame: `shadows` go on the ground under
// every figure, `body` is drawn in back-to-front order of the actors.
void actorPrimitives(const Actor& actor, const SceneGeometry& geometry, int frame,
                     std::vector<Primitive>& shadows, std::vector<Primitive>& body);

// The actor's public state in one frame (bounds from its primitives).
SceneObject actorState(const Actor& actor, const SceneGeometry& geometry, int frame);

// Random but plausible clothing/skin/hair for a person, or paint for a vehicle.
Appearance randomPersonLook(Rng& rng);
Appearance randomVehicleLook(Rng& rng);

} // namespace anomalens::sample::detail
