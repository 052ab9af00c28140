#include "training/method.h"

#include <stdexcept>

namespace anomalens::training {

std::vector<Method> allMethods()
{
    return {Method::MnadPrediction, Method::MnadReconstruction, Method::Ffp, Method::F2lm};
}

std::vector<Method> secondPhaseMethods()
{
    return {Method::Destroyer};
}

std::string methodName(Method method)
{
    switch (method) {
    case Method::MnadPrediction:
        return "mnad-pred";
    case Method::MnadReconstruction:
        return "mnad-recon";
    case Method::Ffp:
        return "ffp";
    case Method::F2lm:
        return "f2lm";
    case Method::Destroyer:
        return "destroyer";
    }
    throw std::invalid_argument("Unknown training method");
}

Method methodFromName(const std::string& name)
{
    std::vector<Method> methods = allMethods();
    for (const Method method : secondPhaseMethods())
        methods.push_back(method);
    std::string valid;
    for (const Method method : methods) {
        if (methodName(method) == name)
            return method;
        valid += (valid.empty() ? "" : ", ") + methodName(method);
    }
    throw std::invalid_argument("Unknown method '" + name + "' (valid: " + valid + ")");
}

std::int64_t inputFrameCount(Method method)
{
    return method == Method::MnadReconstruction ? 1 : 4;
}

std::int64_t windowLength(Method method)
{
    return method == Method::MnadReconstruction ? 1 : inputFrameCount(method) + 1;
}

bool needsGenerator(Method method)
{
    return method == Method::Destroyer;
}

bool canCarryDestroyer(Method generatorMethod)
{
    return generatorMethod == Method::Ffp || generatorMethod == Method::F2lm;
}

bool usesCues(Method method)
{
    return method == Method::F2lm;
}

bool isMnad(Method method)
{
    return method == Method::MnadPrediction || method == Method::MnadReconstruction;
}

} // namespace anomalens::training
