#pragma once
// The training methods a model bundle can hold, by the names used in bundles,
// on the command line and in the GUI. Torch-free, so the UI can list them.
#include <cstdint>
#include <string>
#include <vector>

namespace anomalens::training {

enum class Method {
    MnadPrediction,     // "mnad-pred": MNAD, 4 frames in, the next one out
    MnadReconstruction, // "mnad-recon": MNAD, one frame in, the same frame out
    Ffp,                // "ffp": FFP U-Net generator with an LSGAN patch discriminator
    // "f2lm": F2LM's generator, predicting through motion and label cues
    // (core/cues), with FFP's patch discriminator.
    F2lm,
    // "destroyer": F2LM's Destroyer trained on a frozen generator bundle
    // (phase 2); the bundle holds both networks.
    Destroyer,
};

// The methods trained from footage alone (what a training dialog offers
// without more questions): mnad-pred, mnad-recon, ffp, f2lm.
std::vector<Method> allMethods();

// Methods trained on top of a finished generator bundle (needsGenerator).
std::vector<Method> secondPhaseMethods();

// "mnad-pred", "mnad-recon", "ffp", "f2lm", "destroyer".
std::string methodName(Method method);

// Inverse of methodName (every method, both lists); throws
// std::invalid_argument naming the valid choices.
Method methodFromName(const std::string& name);

// True for the Destroyer: training needs a frozen generator bundle.
bool needsGenerator(Method method);

// The generator methods a Destroyer can be trained on: "ffp" and "f2lm".
bool canCarryDestroyer(Method generatorMethod);

// True for F2LM: the model needs motion and label cues of the footage.
bool usesCues(Method method);

// Frames the model takes as input (4 for prediction, 1 for reconstruction).
std::int64_t inputFrameCount(Method method);

// Frames one training sample spans: the inputs plus the target (the target is
// one of the inputs for reconstruction).
std::int64_t windowLength(Method method);

bool isMnad(Method method);

} // namespace anomalens::training
