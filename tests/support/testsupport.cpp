#include "testsupport.h"

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

namespace anomalens::test {

TempDir::TempDir()
{
    std::random_device rd;
    std::mt19937_64 rng(rd());
    for (;;) {
        std::ostringstream name;
        name << "anomalens-test-" << std::hex << rng();
        m_path = std::filesystem::temp_directory_path() / name.str();
        if (std::filesystem::create_directory(m_path))
            break;
    }
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::string readFileText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

int runCommand(const std::string& command)
{
    const int status = std::system(command.c_str());
    return status == -1 ? -1 : WEXITSTATUS(status);
}

bool haveFfmpegCli()
{
    static const bool found = runCommand("ffmpeg -hide_banner -version >/dev/null 2>&1") == 0;
    return found;
}

bool makeClip(const std::filesystem::path& out, int frames, int width, int height, int fps,
              const std::string& encoderArgs)
{
    if (!haveFfmpegCli())
        return false;
    std::ostringstream cmd;
    cmd << "ffmpeg -hide_banner -loglevel error -y -f lavfi -i testsrc2=size=" << width << "x"
        << height << ":rate=" << fps << " -frames:v " << frames << " -pix_fmt yuv420p "
        << encoderArgs << " '" << out.string() << "'";
    return runCommand(cmd.str()) == 0;
}

std::filesystem::path ped2Dir()
{
    const std::filesystem::path dir = ANOMALENS_PED2_DIR;
    std::error_code ec;
    if (std::filesystem::is_directory(dir / "testing" / "frames", ec))
        return std::filesystem::weakly_canonical(dir, ec);
    return {};
}

} // namespace anomalens::test
