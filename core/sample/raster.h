#pragma once
// A tiny anti-aliased rasteriser for the sample scene. Shapes are drawn from
// signed distance functions with one pixel of soft edge, at sub-pixel
// positions, so an object moving 0.3 px per frame changes the image smoothly
// (a prediction model can learn it) instead of jumping between pixels.
#include "sample/samplescene.h"

#include <vector>

namespace anomalens::sample::detail {

struct Color {
    float r = 0, g = 0, b = 0;
};

inline Color scaled(Color c, float factor)
{
    return Color{c.r * factor, c.g * factor, c.b * factor};
}

// A float RGB image (0..255 scale); floats so blending and lighting do not band.
struct Canvas {
    int width = 0;
    int height = 0;
    std::vector<float> rgb;  // width * height * 3

    Canvas() = default;
    Canvas(int w, int h) : width(w), height(h), rgb(static_cast<size_t>(w) * h * 3, 0.0f) {}
    float* at(int x, int y) { return rgb.data() + (static_cast<size_t>(y) * width + x) * 3; }
    const float* at(int x, int y) const
    {
        return rgb.data() + (static_cast<size_t>(y) * width + x) * 3;
    }
};

enum class Shape {
    Circle,     // centre (x0, y0), radius r
    Capsule,    // segment (x0, y0)-(x1, y1) thickened by radius r (limbs, poles)
    Ring,       // circle outline of radius r and half thickness r2 (wheels)
    Box,        // rectangle centred at (x0, y0), half sizes (x1, y1), rotated by angle, corner radius r
    Shadow,     // soft ellipse centre (x0, y0), radii (x1, y1): darkens by `strength`
};

struct Primitive {
    Shape shape = Shape::Circle;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double r = 0, r2 = 0;
    double angle = 0;          // radians, Box only
    Color color;
    float strength = 0.4f;     // Shadow only: fraction of light removed at the centre
};

Primitive circle(double x, double y, double radius, Color color);
Primitive capsule(double x0, double y0, double x1, double y1, double radius, Color color);
Primitive ring(double x, double y, double radius, double halfThickness, Color color);
Primitive box(double cx, double cy, double halfW, double halfH, double angle, double cornerRadius,
              Color color);
Primitive shadow(double cx, double cy, double rx, double ry, float strength);

// Bounds of the pixels a primitive may touch (soft edge included).
Box bounds(const Primitive& primitive);
Box unite(const Box& a, const Box& b);
bool overlapsImage(const Box& box, int width, int height);

void draw(Canvas& canvas, const Primitive& primitive);

} // namespace anomalens::sample::detail
