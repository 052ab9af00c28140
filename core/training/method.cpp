#include "training/method.h"

#include <stdexcept>

namespace anomalens::training {

std::vector<Method> allMethods()
{
    return {Method::MnadPrediction, Method::MnadReconstruction, Method::Ffp};
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
    }
    throw std::invalid_argument("Unknown training method");
}

Method methodFromName(const std::string& name)
{
    std::string valid;
    for (const Method method : allMethods()) {
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

bool isMnad(Method method)
{
    return method == Method::MnadPrediction || method == Method::MnadReconstruction;
}

} // namespace anomalens::training
