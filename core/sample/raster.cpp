#include "sample/raster.h"

#include <algorithm>
#include <cmath>

namespace anomalens::sample::detail {

namespace {

// Half a pixel of soft edge on each side of the outline.
constexpr double kEdge = 1.0;

double clamp01(double v)
{
    return v < 0.0 ? 0.0 : (v > 1.0 ? 1.0 : v);
}

// std::hypot guards against overflow we cannot have here, at several times the cost.
double length(double x, double y)
{
    return std::sqrt(x * x + y * y);
}

double segmentDistance(double px, double py, double ax, double ay, double bx, double by)
{
    const double dx = bx - ax, dy = by - ay;
    const double lengthSq = dx * dx + dy * dy;
    const double t = lengthSq > 0.0 ? clamp01(((px - ax) * dx + (py - ay) * dy) / lengthSq) : 0.0;
    return length(px - (ax + t * dx), py - (ay + t * dy));
}

// Signed distance from a pixel centre to the outline (negative inside);
// `cosA`/`sinA` are the box rotation, computed once per primitive.
double signedDistance(const Primitive& p, double px, double py, double cosA, double sinA)
{
    switch (p.shape) {
    case Shape::Circle:
        return length(px - p.x0, py - p.y0) - p.r;
    case Shape::Capsule:
        return segmentDistance(px, py, p.x0, p.y0, p.x1, p.y1) - p.r;
    case Shape::Ring:
        return std::fabs(length(px - p.x0, py - p.y0) - p.r) - p.r2;
    case Shape::Box: {
        const double lx = (px - p.x0) * cosA + (py - p.y0) * sinA;
        const double ly = -(px - p.x0) * sinA + (py - p.y0) * cosA;
        const double qx = std::fabs(lx) - (p.x1 - p.r);
        const double qy = std::fabs(ly) - (p.y1 - p.r);
        const double outside = length(std::max(qx, 0.0), std::max(qy, 0.0));
        return outside + std::min(std::max(qx, qy), 0.0) - p.r;
    }
    case Shape::Shadow:
        break;
    }
    return 1e9;
}

void blend(float* pixel, const Color& color, float alpha)
{
    pixel[0] += (color.r - pixel[0]) * alpha;
    pixel[1] += (color.g - pixel[1]) * alpha;
    pixel[2] += (color.b - pixel[2]) * alpha;
}

} // namespace

Primitive circle(double x, double y, double radius, Color color)
{
    Primitive p;
    p.shape = Shape::Circle;
    p.x0 = x, p.y0 = y, p.r = radius, p.color = color;
    return p;
}

Primitive capsule(double x0, double y0, double x1, double y1, double radius, Color color)
{
    Primitive p;
    p.shape = Shape::Capsule;
    p.x0 = x0, p.y0 = y0, p.x1 = x1, p.y1 = y1, p.r = radius, p.color = color;
    return p;
}

Primitive ring(double x, double y, double radius, double halfThickness, Color color)
{
    Primitive p;
    p.shape = Shape::Ring;
    p.x0 = x, p.y0 = y, p.r = radius, p.r2 = halfThickness, p.color = color;
    return p;
}

Primitive box(double cx, double cy, double halfW, double halfH, double angle, double cornerRadius,
              Color color)
{
    Primitive p;
    p.shape = Shape::Box;
    p.x0 = cx, p.y0 = cy, p.x1 = halfW, p.y1 = halfH, p.angle = angle;
    p.r = std::min({cornerRadius, halfW, halfH});
    p.color = color;
    return p;
}

Primitive shadow(double cx, double cy, double rx, double ry, float strength)
{
    Primitive p;
    p.shape = Shape::Shadow;
    p.x0 = cx, p.y0 = cy, p.x1 = rx, p.y1 = ry, p.strength = strength;
    return p;
}

Box bounds(const Primitive& p)
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    switch (p.shape) {
    case Shape::Circle:
        x0 = p.x0 - p.r, x1 = p.x0 + p.r, y0 = p.y0 - p.r, y1 = p.y0 + p.r;
        break;
    case Shape::Capsule:
        x0 = std::min(p.x0, p.x1) - p.r, x1 = std::max(p.x0, p.x1) + p.r;
        y0 = std::min(p.y0, p.y1) - p.r, y1 = std::max(p.y0, p.y1) + p.r;
        break;
    case Shape::Ring:
        x0 = p.x0 - p.r - p.r2, x1 = p.x0 + p.r + p.r2;
        y0 = p.y0 - p.r - p.r2, y1 = p.y0 + p.r + p.r2;
        break;
    case Shape::Box: {
        const double c = std::fabs(std::cos(p.angle)), s = std::fabs(std::sin(p.angle));
        const double hx = p.x1 * c + p.y1 * s, hy = p.x1 * s + p.y1 * c;
        x0 = p.x0 - hx, x1 = p.x0 + hx, y0 = p.y0 - hy, y1 = p.y0 + hy;
        break;
    }
    case Shape::Shadow:
        x0 = p.x0 - p.x1, x1 = p.x0 + p.x1, y0 = p.y0 - p.y1, y1 = p.y0 + p.y1;
        break;
    }
    // Pixels whose centre is within the soft edge: widen by the edge, then snap
    // outward to whole pixels.
    return Box{std::floor(x0 - kEdge), std::floor(y0 - kEdge), std::ceil(x1 + kEdge),
               std::ceil(y1 + kEdge)};
}

Box unite(const Box& a, const Box& b)
{
    return Box{std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1),
               std::max(a.y1, b.y1)};
}

bool overlapsImage(const Box& box, int width, int height)
{
    return box.x1 > 0.0 && box.y1 > 0.0 && box.x0 < width && box.y0 < height;
}

void draw(Canvas& canvas, const Primitive& p)
{
    const Box b = bounds(p);
    const int xBegin = std::max(0, static_cast<int>(b.x0));
    const int yBegin = std::max(0, static_cast<int>(b.y0));
    const int xEnd = std::min(canvas.width, static_cast<int>(b.x1));
    const int yEnd = std::min(canvas.height, static_cast<int>(b.y1));
    const double cosA = std::cos(p.angle), sinA = std::sin(p.angle);
    for (int y = yBegin; y < yEnd; ++y) {
        const double py = y + 0.5;
        for (int x = xBegin; x < xEnd; ++x) {
            const double px = x + 0.5;
            float* pixel = canvas.at(x, y);
            if (p.shape == Shape::Shadow) {
                // Soft falloff over the outer 40 % of the ellipse: a penumbra.
                const double nx = (px - p.x0) / p.x1, ny = (py - p.y0) / p.y1;
                const double d = std::sqrt(nx * nx + ny * ny);
                const double cover = clamp01((1.0 - d) / 0.4);
                const float keep = 1.0f - p.strength * static_cast<float>(cover);
                pixel[0] *= keep, pixel[1] *= keep, pixel[2] *= keep;
                continue;
            }
            const double alpha = clamp01(0.5 - signedDistance(p, px, py, cosA, sinA));
            if (alpha > 0.0)
                blend(pixel, p.color, static_cast<float>(alpha));
        }
    }
}

} // namespace anomalens::sample::detail
