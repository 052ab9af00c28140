#pragma once
// Who is where when: the plan of one clip (pedestrian arrivals and, in test
// clips, the anomalous events), drawn from the seed alone so that any frame
// can be rendered on its own, in any order, on any thread.
#include "sample/actors.h"

#include <vector>

namespace anomalens::sample::detail {

struct ClipPlan {
    ClipInfo info;
    std::vector<Actor> actors;  // normal and anomalous, each with its visible frames
};

ClipPlan planClip(const SceneGeometry& geometry, const SampleOptions& options, Split split,
                  int clipIndex);

} // namespace anomalens::sample::detail
