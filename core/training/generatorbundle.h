#pragma once
// The frozen generator bundle a Destroyer is trained on (F2LM phase 2),
// internal to core (torch): checked before any footage is read, so that a
// wrong --generator fails at once with a message that says what to pass.
#include "training/modelio.h"

#include <string>

namespace anomalens::training {

struct GeneratorSource {
    std::string path;
    std::string sha256;        // of the whole bundle file
    BundleMetadata metadata;
    Method method = Method::Ffp;
};

// Reads and verifies the bundle at `path`. Throws std::invalid_argument when
// no path is given, the file is missing, a checkpoint (training not
// finished), or of a method that cannot carry a Destroyer (canCarryDestroyer);
// BundleError for a damaged file.
GeneratorSource inspectGeneratorBundle(const std::string& path);

// Copies the generator's weights (strictly, "model." tensors) into
// model.generator, puts it in eval mode and freezes it (no gradient). The
// bundle's profile must be the model's (std::invalid_argument otherwise).
void loadFrozenGenerator(LoadedModel& model, const GeneratorSource& source);

} // namespace anomalens::training
