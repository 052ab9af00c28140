#include "sample/actors.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace anomalens::sample::detail {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr float kFarSide = 0.78f;  // limbs on the far side are in shade

struct Point {
    double x = 0, y = 0;
};

// How a person moves their limbs, in units of their height.
struct Gait {
    double stride;     // foot swing amplitude
    double armSwing;   // hand swing amplitude
    double lean;       // forward lean of the shoulders
    double lift;       // how high the swinging foot rises
    double knee;       // forward bend of the knee
    double cycle;      // distance travelled per full gait cycle
};

constexpr Gait kWalk{0.17, 0.13, 0.02, 0.03, 0.03, 0.80};
constexpr Gait kRun{0.30, 0.22, 0.10, 0.12, 0.10, 1.50};

Point kneeBetween(Point hip, Point foot, double segment, int facing)
{
    const double dx = foot.x - hip.x, dy = foot.y - hip.y;
    const double d = std::max(std::hypot(dx, dy), 1e-6);
    const double reach = std::sqrt(std::max(0.0, segment * segment - d * d / 4.0));
    // The two perpendiculars; the knee points the way the person faces.
    double nx = -dy / d, ny = dx / d;
    if (nx * facing < 0)
        nx = -nx, ny = -ny;
    return Point{(hip.x + foot.x) / 2 + nx * reach, (hip.y + foot.y) / 2 + ny * reach};
}

void addLimb(std::vector<Primitive>& out, Point a, Point b, Point c, double radius, Color color)
{
    out.push_back(capsule(a.x, a.y, b.x, b.y, radius, color));
    out.push_back(capsule(b.x, b.y, c.x, c.y, radius, color));
}

void addHead(std::vector<Primitive>& out, Point centre, double h, int facing, const Appearance& look)
{
    out.push_back(circle(centre.x - facing * 0.012 * h, centre.y - 0.012 * h, 0.072 * h, look.hair));
    out.push_back(circle(centre.x + facing * 0.012 * h, centre.y + 0.010 * h, 0.060 * h, look.skin));
}

// A person seen from the side, feet at (x, y), `h` pixels tall.
void person(std::vector<Primitive>& out, double x, double y, double h, int facing, double phase,
            const Gait& gait, const Appearance& look)
{
    const double s = std::sin(phase), c = std::cos(phase);
    const double legR = 0.048 * h, armR = 0.036 * h;
    const Point hip{x + facing * gait.lean * 0.3 * h, y - 0.50 * h};
    const Point shoulder{x + facing * gait.lean * h, y - 0.77 * h};

    auto leg = [&](int side) {  // side +1 near, -1 far; legs swing in opposition
        const double lifted = std::max(0.0, side * c);
        const Point foot{x + side * gait.stride * h * s, y - legR - gait.lift * h * lifted};
        Point knee = kneeBetween(hip, foot, 0.24 * h, facing);
        knee.x += facing * gait.knee * h * lifted;
        addLimb(out, hip, knee, foot, legR, side > 0 ? look.bottom : scaled(look.bottom, kFarSide));
    };
    auto arm = [&](int side) {  // the arm swings against the leg on its side
        const double swing = -side * gait.armSwing * h * s;
        const Color sleeve = side > 0 ? scaled(look.top, 0.92f) : scaled(look.top, kFarSide);
        if (gait.lean > 0.05) {  // runners bend the elbows
            const Point elbow{shoulder.x + swing * 0.8, y - 0.62 * h};
            const Point hand{elbow.x + facing * 0.10 * h, elbow.y - 0.06 * h};
            addLimb(out, shoulder, elbow, hand, armR, sleeve);
        } else {
            const Point hand{shoulder.x + swing, y - 0.47 * h};
            const Point elbow{(shoulder.x + hand.x) / 2, (shoulder.y + hand.y) / 2};
            addLimb(out, shoulder, elbow, hand, armR, sleeve);
            out.push_back(circle(hand.x, hand.y + armR * 0.5, armR * 1.05, look.skin));
        }
    };

    arm(-1);
    leg(-1);
    leg(+1);
    out.push_back(capsule(hip.x, y - 0.55 * h, shoulder.x, y - 0.745 * h, 0.10 * h, look.top));
    arm(+1);
    addHead(out, Point{shoulder.x + facing * 0.02 * h, y - 0.905 * h}, h, facing, look);
}

void cyclist(std::vector<Primitive>& out, double x, double y, double h, int facing, double phase,
             const Appearance& look)
{
    const Color tyre{28, 28, 30};
    const double wheelR = 0.21 * h;
    const Point rear{x - facing * 0.37 * h, y - wheelR}, front{x + facing * 0.37 * h, y - wheelR};
    const Point crank{x - facing * 0.02 * h, y - wheelR};
    const Point seat{x - facing * 0.14 * h, y - 0.58 * h}, head{x + facing * 0.27 * h, y - 0.58 * h};
    const Point bar{x + facing * 0.25 * h, y - 0.68 * h};
    const Point hip{seat.x, seat.y - 0.03 * h}, shoulder{x + facing * 0.10 * h, y - 0.86 * h};
    const double legR = 0.045 * h, frameR = 0.022 * h;

    auto leg = [&](int side) {
        const double angle = phase + (side > 0 ? 0.0 : kPi);
        const Point pedal{crank.x + 0.10 * h * std::cos(angle), crank.y + 0.10 * h * std::sin(angle)};
        const Point knee = kneeBetween(hip, pedal, 0.30 * h, facing);
        addLimb(out, hip, knee, pedal, legR, side > 0 ? look.bottom : scaled(look.bottom, kFarSide));
    };

    leg(-1);
    out.push_back(ring(rear.x, rear.y, wheelR - 0.03 * h, 0.03 * h, tyre));
    out.push_back(ring(front.x, front.y, wheelR - 0.03 * h, 0.03 * h, tyre));
    const Point tubes[][2] = {{rear, crank}, {rear, seat}, {seat, crank},
                              {seat, head},  {crank, head}, {head, front}};
    for (const auto& tube : tubes)
        out.push_back(capsule(tube[0].x, tube[0].y, tube[1].x, tube[1].y, frameR, look.accent));
    out.push_back(capsule(head.x, head.y, bar.x, bar.y, frameR, tyre));
    out.push_back(capsule(hip.x, hip.y, shoulder.x, shoulder.y, 0.095 * h, look.top));
    leg(+1);
    addLimb(out, shoulder, Point{(shoulder.x + bar.x) / 2, (shoulder.y + bar.y) / 2 + 0.03 * h}, bar,
            0.035 * h, scaled(look.top, 0.92f));
    addHead(out, Point{shoulder.x + facing * 0.07 * h, shoulder.y - 0.10 * h}, h, facing, look);
}

// A small utility cart (golf-cart like), about twice a person's length.
void cart(std::vector<Primitive>& out, double x, double y, double h, int facing, double tilt,
          const Appearance& look)
{
    const double ca = std::cos(tilt), sa = std::sin(tilt);
    auto along = [&](double forward, double up) {  // point on the tilted body
        return Point{x + forward * ca, y + forward * sa - up};
    };
    const Color tyre{30, 30, 32}, hub{150, 150, 150}, post{70, 70, 75};
    for (const double wheel : {-0.68, 0.68}) {
        const Point p = along(wheel * h, 0.13 * h);
        out.push_back(circle(p.x, p.y, 0.13 * h, tyre));
        out.push_back(circle(p.x, p.y, 0.05 * h, hub));
    }
    const Point cargo = along(-facing * 0.55 * h, 0.62 * h);
    out.push_back(box(cargo.x, cargo.y, 0.36 * h, 0.14 * h, tilt, 0.02 * h, Color{150, 110, 70}));
    const Point seat = along(facing * 0.02 * h, 0.55 * h);
    out.push_back(capsule(seat.x, seat.y, seat.x + facing * 0.02 * h, seat.y - 0.18 * h, 0.09 * h,
                          look.hair));  // the driver, a dark silhouette
    out.push_back(circle(seat.x + facing * 0.03 * h, seat.y - 0.29 * h, 0.07 * h, look.skin));
    for (const double side : {-0.55, 0.55}) {
        const Point foot = along(side * h, 0.45 * h), top = along(side * h, 1.0 * h);
        out.push_back(capsule(foot.x, foot.y, top.x, top.y, 0.025 * h, post));
    }
    const Point roof = along(0.0, 1.02 * h);
    out.push_back(box(roof.x, roof.y, 0.74 * h, 0.05 * h, tilt, 0.02 * h, scaled(look.top, 0.9f)));
    const Point body = along(0.0, 0.33 * h);
    out.push_back(box(body.x, body.y, 1.0 * h, 0.20 * h, tilt, 0.05 * h, look.top));
    const Point trim = along(0.0, 0.22 * h);
    out.push_back(box(trim.x, trim.y, 1.0 * h, 0.035 * h, tilt, 0.0, look.accent));
}

Color pick(Rng& rng, std::initializer_list<Color> palette)
{
    const int index = rng.uniformInt(0, static_cast<int>(palette.size()) - 1);
    return *std::next(palette.begin(), index);
}

} // namespace

void actorPrimitives(const Actor& actor, const SceneGeometry& geometry, int frame,
                     std::vector<Primitive>& shadows, std::vector<Primitive>& body)
{
    const double x = actor.xAt(frame), y = actor.yAt(frame);
    const double h = geometry.personHeight(y);
    const double travelled = std::hypot(actor.vx, actor.vy) * (frame - actor.startFrame);
    const int facing = actor.vx >= 0 ? 1 : -1;
    switch (actor.kind) {
    case ObjectKind::Pedestrian:
    case ObjectKind::LawnCrosser:
    case ObjectKind::Runner: {
        const Gait& gait = actor.kind == ObjectKind::Runner ? kRun : kWalk;
        const double phase = actor.gaitPhase + 2 * kPi * travelled / (gait.cycle * h);
        shadows.push_back(shadow(x + 0.22 * h, y + 0.01 * h, 0.34 * h, 0.075 * h, 0.38f));
        person(body, x, y, h, facing, phase, gait, actor.look);
        break;
    }
    case ObjectKind::Cyclist: {
        const double phase = actor.gaitPhase + 2 * kPi * travelled / (1.8 * h);
        shadows.push_back(shadow(x + 0.25 * h, y + 0.01 * h, 0.75 * h, 0.08 * h, 0.38f));
        cyclist(body, x, y, h, facing, phase, actor.look);
        break;
    }
    case ObjectKind::Cart: {
        const double tilt = std::atan2(facing * actor.vy, facing * actor.vx);
        shadows.push_back(shadow(x + 0.30 * h, y + 0.02 * h, 1.15 * h, 0.16 * h, 0.45f));
        cart(body, x, y, h, facing, tilt, actor.look);
        break;
    }
    }
}

SceneObject actorState(const Actor& actor, const SceneGeometry& geometry, int frame)
{
    std::vector<Primitive> shadows, body;
    actorPrimitives(actor, geometry, frame, shadows, body);
    SceneObject object;
    object.id = actor.id;
    object.kind = actor.kind;
    object.x = actor.xAt(frame);
    object.y = actor.yAt(frame);
    object.vx = actor.vx;
    object.vy = actor.vy;
    object.heightPx = geometry.personHeight(object.y);
    bool first = true;
    for (const auto* list : {&shadows, &body}) {
        for (const Primitive& p : *list) {
            object.box = first ? bounds(p) : unite(object.box, bounds(p));
            first = false;
        }
    }
    object.visible = overlapsImage(object.box, geometry.width, geometry.height);
    return object;
}

Appearance randomPersonLook(Rng& rng)
{
    Appearance look;
    look.top = pick(rng, {{200, 45, 45}, {45, 75, 165}, {228, 228, 222}, {38, 38, 42}, {222, 192, 64},
                          {62, 122, 72}, {132, 132, 138}, {32, 42, 84}, {122, 42, 52}, {212, 122, 52},
                          {152, 112, 172}, {182, 162, 132}});
    look.bottom = pick(rng, {{42, 48, 74}, {32, 32, 34}, {172, 152, 112}, {92, 92, 98}, {62, 52, 46}});
    look.skin = pick(rng, {{236, 202, 172}, {212, 168, 128}, {162, 112, 78}, {102, 72, 52}});
    look.hair = pick(rng, {{26, 21, 19}, {92, 62, 36}, {202, 172, 102}, {152, 152, 152}});
    look.accent = pick(rng, {{210, 30, 30}, {30, 90, 200}, {240, 240, 240}, {20, 160, 90}});
    return look;
}

Appearance randomVehicleLook(Rng& rng)
{
    Appearance look = randomPersonLook(rng);  // the driver
    look.top = pick(rng, {{230, 230, 222}, {226, 186, 42}, {222, 112, 32}, {72, 142, 82}});
    look.accent = Color{60, 60, 64};
    return look;
}

} // namespace anomalens::sample::detail
