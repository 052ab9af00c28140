#include "models/profile.h"

#include <stdexcept>

namespace anomalens::models {

ModelProfile paperProfile()
{
    return ModelProfile{"paper", 256, {64, 128, 256, 512}};
}

ModelProfile liteProfile()
{
    return ModelProfile{"lite", 128, {32, 64, 128, 256}};
}

ModelProfile smallProfile()
{
    return ModelProfile{"small", 128, {16, 32, 64, 128}};
}

std::vector<ModelProfile> allProfiles()
{
    return {paperProfile(), liteProfile(), smallProfile()};
}

ModelProfile profileByName(const std::string& name)
{
    std::string valid;
    for (const ModelProfile& profile : allProfiles()) {
        if (profile.name == name)
            return profile;
        valid += (valid.empty() ? "" : ", ") + profile.name;
    }
    throw std::invalid_argument("Unknown model profile '" + name + "' (valid: " + valid + ")");
}

} // namespace anomalens::models
