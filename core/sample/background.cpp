#include "sample/background.h"

#include "sample/random.h"

#include <algorithm>
#include <cmath>

namespace anomalens::sample::detail {

namespace {

// Independent texture streams derived from the scene seed.
enum TextureStream : uint64_t { kLawnLow = 1, kLawnMid, kGrass, kSlabTone, kSpeckle, kStain, kHedge, kHedgeEdge };

double smooth(double t)
{
    return t * t * (3.0 - 2.0 * t);
}

// Smooth value noise in [0, 1): bilinear blend of random lattice values.
double valueNoise(uint64_t seed, double x, double y)
{
    const double fx = std::floor(x), fy = std::floor(y);
    const auto ix = static_cast<int64_t>(fx), iy = static_cast<int64_t>(fy);
    const double tx = smooth(x - fx), ty = smooth(y - fy);
    const double a = latticeValue(seed, ix, iy), b = latticeValue(seed, ix + 1, iy);
    const double c = latticeValue(seed, ix, iy + 1), d = latticeValue(seed, ix + 1, iy + 1);
    return (a + (b - a) * tx) * (1 - ty) + (c + (d - c) * tx) * ty;
}

// Centred noise in [-1, 1).
double signedNoise(uint64_t seed, double x, double y)
{
    return 2.0 * valueNoise(seed, x, y) - 1.0;
}

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}

Color mix(Color a, Color b, double t)
{
    const auto f = static_cast<float>(t);
    return Color{a.r + (b.r - a.r) * f, a.g + (b.g - a.g) * f, a.b + (b.b - a.b) * f};
}

class Painter {
public:
    Painter(const SceneGeometry& geometry, uint64_t seed) : g(geometry), m_seed(seed) {}

    Color lawn(double x, double y) const
    {
        const double k = g.sizeFactor();
        double tone = 1.0 + 0.10 * signedNoise(stream(kLawnLow), x / (26 * k), y / (20 * k)) +
                      0.05 * signedNoise(stream(kLawnMid), x / (6 * k), y / (5 * k));
        // Mowing stripes run along the path, as groundskeepers mow.
        const double across = y - g.pathSlope() * x;
        tone *= (static_cast<int64_t>(std::floor(across / (15 * k))) % 2 == 0) ? 1.035 : 0.965;
        // Grass blades: per-pixel noise, stronger in green.
        const double blade = toUnit(hashKey({stream(kGrass), static_cast<uint64_t>(x), static_cast<uint64_t>(y)})) - 0.5;
        Color c{static_cast<float>(80 * tone + 8 * blade), static_cast<float>(116 * tone + 20 * blade),
                static_cast<float>(60 * tone + 6 * blade)};
        // Distant grass looks paler (haze) at the top of the picture.
        c = mix(c, Color{128, 146, 120}, 0.18 * (1.0 - y / g.height));
        // The hedge shades the lawn just below it.
        const double belowHedge = y - hedgeEdge(x);
        if (x > g.hedgeLeft() && belowHedge > 0)
            c = scaled(c, static_cast<float>(0.78 + 0.22 * clamp01(belowHedge / (6 * k))));
        return c;
    }

    Color paving(double x, double y) const
    {
        const double k = g.sizeFactor();
        const double across = y - g.pathCenterY(x) + g.pathHalfWidth();  // 0 at the far edge
        const double along = x * g.pathDirX() + y * g.pathDirY();
        const double rowHeight = g.pathHalfWidth() / 2.0;             // four rows of slabs
        const double slabLength = 1.6 * rowHeight;
        const auto row = static_cast<int64_t>(std::floor(across / rowHeight));
        const double shifted = along + (row % 2 ? slabLength / 2 : 0.0);  // staggered joints
        const auto column = static_cast<int64_t>(std::floor(shifted / slabLength));
        const double inRow = across - row * rowHeight, inColumn = shifted - column * slabLength;
        const double jointDistance = std::min({inRow, rowHeight - inRow, inColumn, slabLength - inColumn});
        const double joint = clamp01(1.0 - jointDistance / (0.8 * k));

        double tone = 0.93 + 0.10 * latticeValue(stream(kSlabTone), row, column);
        tone *= 1.0 + 0.04 * signedNoise(stream(kStain), x / (30 * k), y / (18 * k));
        tone *= 1.0 - 0.25 * joint;
        const double speckle =
            10.0 * (toUnit(hashKey({stream(kSpeckle), static_cast<uint64_t>(x), static_cast<uint64_t>(y)})) - 0.5);
        Color c{static_cast<float>(176 * tone + speckle), static_cast<float>(170 * tone + speckle),
                static_cast<float>(158 * tone + speckle)};
        // Kerb stones: a lighter line along both edges.
        const double fromEdge = g.pathHalfWidth() - std::fabs(y - g.pathCenterY(x));
        if (fromEdge < 1.8 * k)
            c = mix(c, Color{200, 198, 190}, 0.8);
        return c;
    }

    // Bottom edge of the hedge: bushy, not a ruler line.
    double hedgeEdge(double x) const
    {
        const double k = g.sizeFactor();
        return g.hedgeBottom() + 3.5 * k * signedNoise(stream(kHedgeEdge), x / (9 * k), 0.5);
    }

    // Coverage of the hedge at a pixel (soft edges) and its colour.
    double hedgeCover(double x, double y) const
    {
        const double k = g.sizeFactor();
        // The left end is a rounded bush rather than a cut edge.
        const double radius = 0.6 * g.hedgeBottom();
        const double belowCentre = std::max(0.0, y - (g.hedgeBottom() - radius));
        const double rounding = radius - std::sqrt(std::max(0.0, radius * radius - belowCentre * belowCentre));
        const double leftEdge = g.hedgeLeft() + rounding +
                                2 * k * signedNoise(stream(kHedgeEdge), 0.5, y / (5 * k));
        return clamp01(hedgeEdge(x) - y + 0.5) * clamp01(x - leftEdge + 0.5);
    }

    Color hedge(double x, double y) const
    {
        const double k = g.sizeFactor();
        const double leaves = valueNoise(stream(kHedge), x / (4 * k), y / (4 * k));
        const double clumps = valueNoise(stream(kHedge) + 1, x / (12 * k), y / (9 * k));
        const double tone = 0.55 + 0.5 * leaves + 0.35 * clumps;
        // Darker at the bottom, where the bushes shade themselves.
        const double depth = 1.0 - 0.35 * clamp01((y - hedgeEdge(x) + 6 * k) / (6 * k));
        return scaled(Color{40, 80, 36}, static_cast<float>(tone * depth));
    }

    uint64_t stream(uint64_t which) const { return hashKey({m_seed, 0xBAC6, which}); }

private:
    const SceneGeometry& g;
    uint64_t m_seed;
};

void drawLampPost(Canvas& canvas, const SceneGeometry& g)
{
    const double k = g.sizeFactor();
    const double x = g.lampX(), base = g.lampBaseY(), top = g.lampTopY();
    // The pole's shadow falls to the lower right, like the people's shadows.
    const int steps = 14;
    for (int i = 0; i <= steps; ++i) {
        const double t = static_cast<double>(i) / steps;
        draw(canvas, shadow(x + 2 * k + t * 34 * k, base + 1 * k + t * 5 * k, 2.2 * k, 1.4 * k, 0.22f));
    }
    draw(canvas, capsule(x, base, x, top, 1.3 * k, Color{66, 68, 74}));
    draw(canvas, capsule(x - 2.2 * k, base - 0.4 * k, x + 2.2 * k, base - 0.4 * k, 1.0 * k, Color{56, 58, 62}));
    draw(canvas, capsule(x, top, x + 5 * k, top - 1 * k, 0.9 * k, Color{66, 68, 74}));
    draw(canvas, box(x + 6.5 * k, top, 3.6 * k, 1.6 * k, 0.0, 0.8 * k, Color{84, 86, 92}));
    draw(canvas, box(x + 6.5 * k, top + 1.5 * k, 2.6 * k, 0.7 * k, 0.0, 0.3 * k, Color{226, 224, 196}));
}

void drawBench(Canvas& canvas, const SceneGeometry& g)
{
    const double k = g.sizeFactor();
    const double x = g.benchX(), base = g.benchBaseY();
    const double halfLength = 13 * k;
    const Color wood{124, 86, 54}, iron{48, 48, 52};
    draw(canvas, shadow(x + 5 * k, base + 1 * k, halfLength + 4 * k, 2.6 * k, 0.35f));
    for (const double end : {-1.0, 1.0}) {
        const double legX = x + end * (halfLength - 2 * k);
        draw(canvas, capsule(legX, base, legX, base - 11 * k, 0.8 * k, iron));
    }
    draw(canvas, box(x, base - 10.5 * k, halfLength, 1.2 * k, 0.0, 0.4 * k, scaled(wood, 0.9f)));
    draw(canvas, box(x, base - 8.0 * k, halfLength, 1.0 * k, 0.0, 0.4 * k, scaled(wood, 0.8f)));
    draw(canvas, box(x, base - 5.5 * k, halfLength + 0.5 * k, 1.3 * k, 0.0, 0.4 * k, wood));
}

} // namespace

Canvas paintBackground(const SceneGeometry& g, uint64_t seed)
{
    Canvas canvas(g.width, g.height);
    const Painter painter(g, seed);
    for (int y = 0; y < g.height; ++y) {
        for (int x = 0; x < g.width; ++x) {
            const double px = x + 0.5, py = y + 0.5;
            // Soft, anti-aliased edges between lawn, path and hedge.
            const double pathCover =
                clamp01(g.pathHalfWidth() - std::fabs(py - g.pathCenterY(px)) + 0.5);
            Color c = painter.lawn(px, py);
            if (pathCover > 0)
                c = mix(c, painter.paving(px, py), pathCover);
            const double hedgeCover = painter.hedgeCover(px, py);
            if (hedgeCover > 0)
                c = mix(c, painter.hedge(px, py), hedgeCover);
            float* pixel = canvas.at(x, y);
            pixel[0] = c.r, pixel[1] = c.g, pixel[2] = c.b;
        }
    }
    drawBench(canvas, g);
    drawLampPost(canvas, g);
    return canvas;
}

} // namespace anomalens::sample::detail
