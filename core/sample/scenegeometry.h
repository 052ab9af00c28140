#pragma once
// Where things are in the sample scene, as fractions of the image so any
// resolution gives the same layout. The camera looks obliquely down: the
// bottom of the image is near (people look big), the top far.
//
//   y 0 .. 0.13H        hedge along the far edge (right part), lawn elsewhere
//   upper lawn          lamp post and bench behind the path
//   path                a paved walkway rising gently from left to right
//   lower lawn          down to the bottom edge
#include <cmath>

namespace anomalens::sample::detail {

struct SceneGeometry {
    int width = 320;
    int height = 240;
    double fps = 10.0;

    double sizeFactor() const { return height / 240.0; }   // sizes/speeds are tuned at 240 lines

    // Path: centre line y = c(x); a band of +- pathHalfWidth() pixels around it.
    double pathCenterY(double x) const { return height * (0.57 - 0.15 * x / width); }
    double pathHalfWidth() const { return 0.105 * height; }
    double pathSlope() const { return -0.15 * height / width; }     // dy/dx of the centre line
    // Unit vector along the path, pointing right.
    double pathDirX() const { return 1.0 / std::hypot(1.0, pathSlope()); }
    double pathDirY() const { return pathSlope() / std::hypot(1.0, pathSlope()); }
    bool onPath(double x, double y) const
    {
        return std::fabs(y - pathCenterY(x)) <= pathHalfWidth();
    }

    // Perspective: how big things are at image row y (1 at the bottom edge).
    double depthScale(double y) const { return 0.45 + 0.55 * y / height; }
    // Height in pixels of an adult standing with their feet at row y.
    double personHeight(double y) const { return 40.0 * sizeFactor() * depthScale(y); }

    // Converts a speed in pixels per second (at 240 lines) to pixels per frame.
    double perFrame(double pixelsPerSecond) const { return pixelsPerSecond * sizeFactor() / fps; }

    // Fixed scenery.
    double hedgeLeft() const { return 0.42 * width; }
    double hedgeBottom() const { return 0.13 * height; }
    double lampX() const { return 0.80 * width; }
    double lampBaseY() const { return 0.31 * height; }
    double lampTopY() const { return 0.06 * height; }
    double benchX() const { return 0.58 * width; }
    double benchBaseY() const { return 0.33 * height; }
};

} // namespace anomalens::sample::detail
