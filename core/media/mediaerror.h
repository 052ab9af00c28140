#pragma once
// Errors raised by core/media. The message is meant for the user: it names the
// file and says what is wrong with it in words an investigator can act on.
#include <stdexcept>
#include <string>

namespace anomalens::media {

class MediaError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace anomalens::media
